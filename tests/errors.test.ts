/**
 * Bad input gets a clear error and nothing is lost: the command line in a
 * folder of its own, one test per kind of bad input. Each error names the
 * place, says what is wrong and how to fix it, on standard error, with the
 * contract's exit code, no stack trace and no partial output. Most run the
 * command line in-process (`run`, what the binary calls); the tests marked
 * "the binary" run `node bin/zhgloss.js` (the compiled lib/, which the test
 * setup builds) to show the same from a real process: exit code and streams.
 */
import {existsSync} from 'node:fs'
import {cp, mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {runBinary, type BinaryOutcome} from './support/binary.js'
import {runCli} from './support/cli-io.js'
import {temporaryFolder} from './support/cli-project.js'
import {encodeLegacy} from './support/fuzz-legacy-encoding.js'

const repo = process.cwd()

/** A short article with terms in it. */
const article = '# 芯片出口\n\n英伟达的H200芯片由台积电生产。\n'

beforeAll(() => {
  if (!existsSync(join(repo, 'lib', 'cli', 'main.js'))) throw new Error('lib/ is missing: run `npm run build` first (npm test does)')
})

/**
 * A folder holding a copy of the project glossary and the given files.
 *
 * @param files paths and contents.
 * @returns the folder.
 */
async function workspace(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await temporaryFolder('zhgloss-errors-')
  await cp(join(repo, 'glossary'), join(dir, 'glossary'), {recursive: true})
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), {recursive: true})
    await writeFile(join(dir, path), content)
  }
  return dir
}

/** Run the command line in-process, in a folder. */
const zhgloss = (cwd: string, ...args: string[]): Promise<BinaryOutcome> => runCli(args, {cwd})

/** Run the binary, a process of its own, in a folder. */
const binary = (cwd: string, ...args: string[]): Promise<BinaryOutcome> => runBinary(args, cwd)

/** Every file under a folder, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return []
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

/** The error lines keep the contract's shape and carry no stack trace. */
function expectCleanErrors(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  expect(stderr).not.toMatch(/internal error/i)
  const errors = stderr.split('\n').filter((line) => line.length > 0 && !/warning/.test(line) && !/^\d+ articles? built/.test(line))
  for (const line of errors) expect(line).toMatch(/^[^\s:][^:]*(:\d+:\d+)?: \S/)
}

describe('clear errors from zhgloss build', () => {
  it('should name a missing article and exit 2 without writing anything (the binary)', async () => {
    const dir = await workspace()
    const outcome = await binary(dir, 'build', 'missing.md')
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toContain('missing.md: no such file; check the path')
    expectCleanErrors(outcome.stderr)
    expect(await filesUnder(join(dir, 'dist'))).toEqual([])
  })

  it('should name a missing glossary folder and say how to point at one', async () => {
    const dir = await workspace({'a.md': article})
    const outcome = await zhgloss(dir, 'build', 'a.md', '--glossary', 'nowhere')
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toContain('nowhere: no glossary folder here; pass --glossary DIR')
    expectCleanErrors(outcome.stderr)
    expect(await filesUnder(join(dir, 'dist'))).toEqual([])
  })

  it('should place a glossary file that is not JSON at its line and column', async () => {
    const dir = await workspace({'a.md': article})
    const zh = await readFile(join(dir, 'glossary', 'zh', 'terms.json'), 'utf8')
    await writeFile(join(dir, 'glossary', 'zh', 'terms.json'), zh.replace('"category": "company",', '"category": "company",,'))
    const line = zh.slice(0, zh.indexOf('"category": "company",')).split('\n').length
    const outcome = await zhgloss(dir, 'build', 'a.md')
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(new RegExp(`^glossary/zh/terms\\.json:${line}:\\d+: not valid JSON: .+; fix the file`, 'm'))
    expectCleanErrors(outcome.stderr)
    expect(await filesUnder(join(dir, 'dist'))).toEqual([])
  })

  it('should name the entry and the field of a schema error', async () => {
    const dir = await workspace({'a.md': article})
    const zh = JSON.parse(await readFile(join(dir, 'glossary', 'zh', 'terms.json'), 'utf8')) as Record<string, Record<string, unknown>>
    delete zh['tsmc']?.['category']
    zh['nvidia'] = {...zh['nvidia'], models: 'yes'}
    await writeFile(join(dir, 'glossary', 'zh', 'terms.json'), JSON.stringify(zh, null, 2))
    const outcome = await zhgloss(dir, 'build', 'a.md')
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/^glossary\/zh\/terms\.json:\d+:\d+: entry "tsmc": lacks the required field "category"; add it$/m)
    expect(outcome.stderr).toMatch(/^glossary\/zh\/terms\.json:\d+:\d+: entry "nvidia", field "models": must be a boolean$/m)
    expectCleanErrors(outcome.stderr)
    expect(await filesUnder(join(dir, 'dist'))).toEqual([])
  })

  for (const [encoding, name] of [
    ['gb18030', 'GB18030'],
    ['big5', 'Big5']
  ] as const) {
    it(`should recognize an article in ${name}, say so, and read it with --encoding ${encoding}`, async () => {
      const text =
        encoding === 'big5'
          ? '# 晶片出口\n\n輝達的H200晶片由台積電生產。這是中國的市場。\n'
          : `${article}这是中国的市场，他们来说的时候。\n`
      const dir = await workspace({'a.md': encodeLegacy(text, encoding)})
      const refused = await zhgloss(dir, 'build', 'a.md')
      expect(refused.code).toBe(2)
      expect(refused.stderr).toContain(`a.md: the article is not valid UTF-8; it looks like ${name}`)
      expect(refused.stderr).toContain(`pass --encoding ${encoding}`)
      expectCleanErrors(refused.stderr)
      expect(await filesUnder(join(dir, 'dist'))).toEqual([])
      const read = await zhgloss(dir, 'build', 'a.md', '--encoding', encoding, '--format', 'report')
      expect(read.code).toBe(0)
      const report = JSON.parse(await readFile(join(dir, 'dist', 'a', 'report.json'), 'utf8')) as {
        terms: Array<{id: string; occurrences: Array<{text: string}>}>
      }
      expect(report.terms.find((term) => term.id === 'tsmc')?.occurrences[0]?.text).toBe(encoding === 'big5' ? '台積電' : '台积电')
    })
  }

  it('should read an article with a UTF-8 byte order mark silently, as if it had none', async () => {
    const dir = await workspace({'bom.md': `\ufeff${article}`, 'plain.md': article})
    const outcome = await zhgloss(dir, 'build', 'bom.md', 'plain.md', '--format', 'reader,report')
    expect(outcome.code).toBe(0)
    expect(outcome.stderr).toBe('')
    const bom = await readFile(join(dir, 'dist', 'bom', 'report.json'), 'utf8')
    const plain = await readFile(join(dir, 'dist', 'plain', 'report.json'), 'utf8')
    expect(bom.replaceAll('bom.md', 'plain.md')).toBe(plain)
    expect(await readFile(join(dir, 'dist', 'bom', 'reader.html'), 'utf8')).not.toContain('\ufeff')
  })

  it('should refuse an empty article with a reason and exit 1 (an input with an error, by the contract)', async () => {
    const dir = await workspace({'empty.md': ' \n\n'})
    const outcome = await zhgloss(dir, 'build', 'empty.md')
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain('empty.md: the article is empty; write some Markdown in it or leave it out of the build')
    expectCleanErrors(outcome.stderr)
    expect(await filesUnder(join(dir, 'dist'))).toEqual([])
  })

  it('should refuse a binary file with a reason', async () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52)
    const dir = await workspace({'picture.md': png})
    const outcome = await zhgloss(dir, 'build', 'picture.md')
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toContain('picture.md: this is a binary file, not a Markdown article')
    expectCleanErrors(outcome.stderr)
    expect(await filesUnder(join(dir, 'dist'))).toEqual([])
  })

  it('should name UTF-16 and say how to fix it, rather than call the article binary', async () => {
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...Array.from(article, (char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]).flat()
    ])
    const dir = await workspace({'notepad.md': utf16})
    const outcome = await zhgloss(dir, 'build', 'notepad.md')
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toContain('notepad.md: the article is UTF-16 (as some editors save "Unicode" text); save it again as UTF-8')
    expectCleanErrors(outcome.stderr)
    expect(await filesUnder(join(dir, 'dist'))).toEqual([])
  })

  it('should say when the output folder cannot be written, and leave no temporary file', async () => {
    const dir = await workspace({'a.md': article, blocked: 'a file where the output folder should be'})
    const outcome = await zhgloss(dir, 'build', 'a.md', '--out', 'blocked/site')
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(
      /^blocked\/site\/a\/[a-z.]+: cannot write this file \(ENOTDIR\); check that the output folder is writable or choose another --out$/m
    )
    expectCleanErrors(outcome.stderr)
    expect(await filesUnder(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/))
  })

  it('should leave no temporary file and no half-written file when a rename fails midway', async () => {
    const dir = await workspace({'a.md': article, 'dist/a/report.json/keep': 'a folder in the way of report.json'})
    const outcome = await zhgloss(dir, 'build', 'a.md', '--format', 'reader,report')
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toMatch(/report\.json: cannot write this file/)
    expectCleanErrors(outcome.stderr)
    const left = await filesUnder(dir)
    expect(left.filter((file) => file.endsWith('.tmp'))).toEqual([])
    if (left.includes('dist/a/reader.html')) expect(await readFile(join(dir, 'dist', 'a', 'reader.html'), 'utf8')).toMatch(/<\/html>\n$/)
  })

  it('should refuse to write an output over an article', async () => {
    const dir = await workspace({'dist/reader.html/reader.html': article})
    const outcome = await zhgloss(dir, 'build', 'dist/reader.html/reader.html', '--format', 'reader')
    expect(outcome.code).toBe(2)
    expect(outcome.stderr).toContain(
      'dist/reader.html/reader.html: this output is the input dist/reader.html/reader.html; nothing was written'
    )
    expectCleanErrors(outcome.stderr)
    expect(await readFile(join(dir, 'dist', 'reader.html', 'reader.html'), 'utf8')).toBe(article)
  })

  it('should report every bad article, build the good ones and exit 1 (the binary)', async () => {
    const dir = await workspace({
      'articles/good.md': article,
      'articles/also-good.md': '台积电的晶圆。\n',
      'articles/empty.md': '',
      'articles/legacy.md': encodeLegacy('这是中国的芯片，他们来说的时候。', 'gb18030')
    })
    const outcome = await binary(dir, 'build')
    expect(outcome.stderr).toContain('articles/empty.md: the article is empty')
    expect(outcome.stderr).toContain('articles/legacy.md: the article is not valid UTF-8; it looks like GB18030')
    expectCleanErrors(outcome.stderr)
    const files = await filesUnder(join(dir, 'dist'))
    expect(files).toContain('good/reader.html')
    expect(files).toContain('also-good/reader.html')
    expect(files).toContain('index.html')
    expect(files.filter((file) => file.startsWith('empty/') || file.startsWith('legacy/'))).toEqual([])
    expect(outcome.code).toBe(1)
  })
})
