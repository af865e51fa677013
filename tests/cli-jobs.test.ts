/**
 * A folder built on several threads (`--jobs`) writes exactly what one
 * thread writes; `--shard I/N` builds one share of the articles, the shares
 * together being all of them. Runs the real binary: worker threads run the
 * compiled lib/ (sharing out and the refusals of bad values run in-process).
 */
import {cp, mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runBinary} from './support/binary.js'
import {runCli} from './support/cli-io.js'
import {snapshotFiles, tempProject, temporaryFolder} from './support/cli-project.js'

/** The names of the short articles of `shortArticles`. */
const shortNames = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3']

/** A project with the glossary and six one-line articles: sharing out is about names, not content. */
async function shortArticles(): Promise<string> {
  const cwd = await temporaryFolder('zhgloss-shard-')
  await cp('glossary', join(cwd, 'glossary'), {recursive: true})
  await mkdir(join(cwd, 'articles'))
  for (const name of shortNames) await writeFile(join(cwd, 'articles', `${name}.md`), `英伟达向台积电订购了H200芯片（${name}）。\n`)
  return cwd
}

/** A project with six articles (the three, cut after their first section, twice): the threads' work, not the articles', is tested. */
async function sixArticles(): Promise<string> {
  const cwd = await tempProject({short: true})
  for (const name of ['h200-exports', 'hopper-blackwell-explainer', 'taiwan-supply-chain']) {
    await cp(join(cwd, 'articles', `${name}.md`), join(cwd, 'articles', `${name}-2.md`))
    await cp(join(cwd, 'articles', `${name}.en.md`), join(cwd, 'articles', `${name}-2.en.md`))
  }
  return cwd
}

describe('zhgloss build --jobs and --shard', () => {
  it('should write the same files and print the same lines with two threads as with one', async () => {
    const cwd = await sixArticles()
    const one = await runBinary(['build', '--jobs', '1', '--out', 'one', '--format', 'reader,report.json,vocabulary.tsv'], cwd)
    const two = await runBinary(['build', '--jobs', '2', '--out', 'two', '--format', 'reader,report.json,vocabulary.tsv'], cwd)
    expect(two.code).toBe(0)
    expect(two.stderr).toBe(one.stderr)
    expect(two.stdout).toContain('Building 6 articles on 2 threads\n')
    expect(two.stdout.replace('Building 6 articles on 2 threads\n', '').replaceAll('two/', 'one/')).toBe(one.stdout)
    expect(await snapshotFiles(join(cwd, 'two'))).toEqual(await snapshotFiles(join(cwd, 'one')))
  })

  it('should report a bad article with two threads exactly as with one, and build the others', async () => {
    const cwd = await sixArticles()
    await writeFile(join(cwd, 'articles', 'h200-exports-3.md'), Buffer.from([0xff, 0xfe, 0x2d, 0x4e]))
    const one = await runBinary(['build', '--jobs', '1', '--out', 'one', '--format', 'report.json'], cwd)
    const two = await runBinary(['build', '--jobs', '2', '--out', 'two', '--format', 'report.json'], cwd)
    expect(one.code).toBe(1)
    expect(two.code).toBe(1)
    expect(one.stderr).toContain('articles/h200-exports-3.md: the article is UTF-16')
    expect(two.stderr).toBe(one.stderr)
    expect(two.stdout.replace('Building 7 articles on 2 threads\n', '').replaceAll('two/', 'one/')).toBe(one.stdout)
    expect(await snapshotFiles(join(cwd, 'two'))).toEqual(await snapshotFiles(join(cwd, 'one')))
  })

  it('should split the articles into shares that together are all of them', async () => {
    const cwd = await shortArticles()
    const first = await runCli(['build', '--shard', '1/2', '--out', 'a', '--format', 'report.json'], {cwd})
    const second = await runCli(['build', '--shard', '2/2', '--out', 'b', '--format', 'report.json'], {cwd})
    expect(first.stdout).toContain('Shard 1/2: 3 of 6 articles')
    const folders = async (out: string): Promise<string[]> =>
      (await readdir(join(cwd, out), {withFileTypes: true})).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    const a = await folders('a')
    const b = await folders('b')
    expect(a).toHaveLength(3)
    expect([...a, ...b].sort()).toEqual(shortNames)
    expect(second.code).toBe(0)
    expect(JSON.parse(await readFile(join(cwd, 'a', a[0] ?? '', 'report.json'), 'utf8'))).toHaveProperty('terms')
  })

  it('should refuse a --jobs or --shard that is not a count or a share', async () => {
    const cwd = await tempProject()
    expect((await runCli(['build', '--jobs', '0'], {cwd})).stderr).toContain('--jobs takes a whole number of threads, 1 or more, not "0"')
    expect((await runCli(['build', '--shard', '3/2'], {cwd})).code).toBe(2)
  })
})
