/**
 * `zhgloss build` chooses articles as remark-cli users expect (files,
 * folders, globs, --ignore; one rule for translations; every file left out
 * named), keeps every article of the output folder on the index, cleans up
 * after deleted articles on request, and tells the truth in its summary.
 */
import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from './support/cli-io.js'
import {tempProject} from './support/cli-project.js'

/** The article folders under dist/. */
async function built(cwd: string): Promise<string[]> {
  const names = await readdir(join(cwd, 'dist'), {withFileTypes: true}).catch(() => [])
  return names
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

describe('choosing articles', () => {
  it('should build a folder, recursively, reading translations with their articles and naming them', async () => {
    const cwd = await tempProject({short: true})
    await mkdir(join(cwd, 'articles/sub'), {recursive: true})
    await writeFile(join(cwd, 'articles/sub/h20.new.md'), '英伟达的H20。\n')
    const result = await runCli(['build', 'articles'], {cwd})
    expect(result.code).toBe(0)
    expect(await built(cwd)).toEqual(['h20.new', 'h200-exports', 'hopper-blackwell-explainer', 'taiwan-supply-chain'])
    expect(result.stdout).toContain(
      'Skipped 3 translations, each read with its article: articles/h200-exports.en.md, articles/hopper-blackwell-explainer.en.md, articles/taiwan-supply-chain.en.md'
    )
  })

  it('should take a shell-expanded list with translations in it, and a quoted glob with --ignore', async () => {
    const cwd = await tempProject({short: true})
    const expanded = (await readdir(join(cwd, 'articles'))).map((name) => `articles/${name}`)
    const listed = await runCli(['build', ...expanded, '--format', 'reader'], {cwd})
    expect(listed.code).toBe(0)
    expect(await built(cwd)).toEqual(['h200-exports', 'hopper-blackwell-explainer', 'taiwan-supply-chain'])
    await rm(join(cwd, 'dist'), {recursive: true})
    const globbed = await runCli(['build', 'articles/*.md', '--ignore', '**/taiwan-*', '--format', 'reader'], {cwd})
    expect(globbed.code).toBe(0)
    expect(await built(cwd)).toEqual(['h200-exports', 'hopper-blackwell-explainer'])
  })

  it('should name a README and a second article of the same name as left out', async () => {
    const cwd = await tempProject({short: true})
    await mkdir(join(cwd, 'articles/more'), {recursive: true})
    await writeFile(join(cwd, 'articles/README.md'), '# notes\n')
    await writeFile(join(cwd, 'articles/more/h200-exports.md'), '英伟达。\n')
    const result = await runCli(['build', 'articles', '--format', 'reader'], {cwd})
    expect(result.stdout).toContain('Skipped articles/README.md: a README, not an article')
    expect(result.stdout).toContain(
      'Skipped articles/more/h200-exports.md: has the name of articles/h200-exports.md, whose outputs go to the same folder; rename one'
    )
  })

  it('should say when a folder or glob holds no article, with exit 2', async () => {
    const cwd = await tempProject({short: true})
    await mkdir(join(cwd, 'empty'))
    const result = await runCli(['build', 'empty', 'nothing/*.md'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('empty: no .md articles in this folder')
    expect(result.stderr).toContain('nothing/*.md: no file matches this glob')
  })
})

describe('the index of the output folder', () => {
  it('should keep every article built there, and drop those gone with --clean', async () => {
    const cwd = await tempProject({short: true})
    await writeFile(join(cwd, 'extra.md'), '台积电。\n')
    await runCli(['build'], {cwd})
    await runCli(['build', 'extra.md'], {cwd})
    const index = await readFile(join(cwd, 'dist/index.html'), 'utf8')
    for (const name of ['extra', 'h200-exports', 'hopper-blackwell-explainer', 'taiwan-supply-chain'])
      expect(index).toContain(`${name}/reader.html`)
    const deck = await readFile(join(cwd, 'dist/vocabulary.tsv'), 'utf8')
    expect(deck).toContain('#deck:zhgloss\n')
    expect(deck.split('\n').filter((line) => line.startsWith('zhgloss-tsmc\t'))).toHaveLength(1)
    expect(deck).toMatch(/^zhgloss-tsmc\t.*\t.*\bextra\b/m)
    await rm(join(cwd, 'extra.md'))
    const kept = await runCli(['build', 'articles/h200-exports.md'], {cwd})
    expect(kept.code).toBe(0)
    expect(await built(cwd)).toContain('extra')
    const cleaned = await runCli(['build', 'articles/h200-exports.md', '--clean'], {cwd})
    expect(cleaned.stdout).toContain('Removed the outputs of extra: the article is gone')
    expect(await built(cwd)).toEqual(['h200-exports', 'hopper-blackwell-explainer', 'taiwan-supply-chain'])
    expect(await readFile(join(cwd, 'dist/index.html'), 'utf8')).not.toContain('extra/')
  })
})

describe('summaries and exit codes', () => {
  it('should count the translation errors of the reports, and exit 1 on them with --strict', async () => {
    const cwd = await tempProject({short: true})
    await writeFile(join(cwd, 'a.md'), '台积电为英伟达代工。\n')
    await writeFile(join(cwd, 'a.en.md'), 'A company makes chips for another.\n')
    const plain = await runCli(['build', 'a.md'], {cwd})
    expect(plain.code).toBe(0)
    expect(plain.stdout).toMatch(
      /^1 article built, 3 terms found, no warnings, 2 translation errors and 1 translation warning in the reports;/m
    )
    const report = JSON.parse(await readFile(join(cwd, 'dist/a/report.json'), 'utf8')) as {findings: Array<{severity: string}>}
    expect(report.findings.filter((finding) => finding.severity === 'error')).toHaveLength(2)
    expect((await runCli(['build', 'a.md', '--strict'], {cwd})).code).toBe(1)
  })

  it('should refuse a --lang the glossary lacks unless --fallback is given', async () => {
    const cwd = await tempProject({short: true})
    const refused = await runCli(['build', 'articles/h200-exports.md', '--lang', 'de'], {cwd})
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('--lang de: the glossary has no glossary/de/terms.json (it has en)')
    expect(await built(cwd)).toEqual([])
    const checked = await runCli(['check', 'articles/h200-exports.md', '--lang', 'de'], {cwd})
    expect(checked.code).toBe(2)
    const fallback = await runCli(['build', 'articles/h200-exports.md', '--lang', 'de', '--fallback', '--format', 'reader'], {cwd})
    expect(fallback.code).toBe(0)
  })
})
