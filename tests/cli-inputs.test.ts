/**
 * Inputs are never written: every command that writes refuses an output that
 * is one of its inputs (an article, a translation, the imported file) or lies
 * in the glossary folder, however the path is spelled (symbolic links, hard
 * links, `..`), with exit 2 naming both paths and every file left as it was.
 */
import {link, mkdir, symlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {runCli} from './support/cli-io.js'
import {removeTemporaryFolders, snapshotFiles, tempProject} from './support/cli-project.js'

afterEach(removeTemporaryFolders)

/**
 * Run a command that must be refused, and check that nothing changed.
 *
 * @param cwd the project.
 * @param argv the command line.
 * @returns what it printed on standard error.
 */
async function expectRefused(cwd: string, argv: string[]): Promise<string> {
  const before = await snapshotFiles(cwd)
  const result = await runCli(argv, {cwd})
  expect(result.code).toBe(2)
  expect(await snapshotFiles(cwd)).toEqual(before)
  return result.stderr
}

describe('inputs are never written', () => {
  it('build: refuses an output folder inside the glossary folder', async () => {
    const cwd = await tempProject()
    const stderr = await expectRefused(cwd, ['build', 'articles/h200-exports.md', '--out', 'glossary/zh'])
    expect(stderr).toContain('glossary/zh/index.html: this output would be written inside the input folder glossary;')
  })

  it('build: refuses an output that is the article, reached through a symbolic link', async () => {
    const cwd = await tempProject()
    await mkdir(join(cwd, 'out/a'), {recursive: true})
    await symlink(join(cwd, 'articles/h200-exports.md'), join(cwd, 'out/a/reader.html'))
    await writeFile(join(cwd, 'a.md'), '台积电为英伟达代工。\n')
    const stderr = await expectRefused(cwd, ['build', 'a.md', 'articles/h200-exports.md', '--out', 'out', '--format', 'reader'])
    expect(stderr).toContain('out/a/reader.html: this output is the input articles/h200-exports.md;')
  })

  it('build: refuses an output that is the translation, hard-linked', async () => {
    const cwd = await tempProject()
    await mkdir(join(cwd, 'dist/h200-exports'), {recursive: true})
    await link(join(cwd, 'articles/h200-exports.en.md'), join(cwd, 'dist/h200-exports/report.json'))
    const stderr = await expectRefused(cwd, ['build', 'articles/h200-exports.md'])
    expect(stderr).toContain('dist/h200-exports/report.json: this output is the input articles/h200-exports.en.md;')
  })

  it('check: refuses --out naming the source, the translation or a file in the glossary', async () => {
    const cwd = await tempProject()
    const source = 'articles/h200-exports.md'
    expect(await expectRefused(cwd, ['check', source, '--out', './articles/../articles/h200-exports.md'])).toContain(
      `${source}: this output is the input ${source};`
    )
    await symlink(join(cwd, 'articles'), join(cwd, 'linked'))
    expect(
      await expectRefused(cwd, ['check', source, '-t', 'articles/h200-exports.en.md', '--out', 'linked/h200-exports.en.md'])
    ).toContain('linked/h200-exports.en.md: this output is the input articles/h200-exports.en.md;')
    expect(await expectRefused(cwd, ['check', source, '--out', 'glossary/report.txt'])).toContain(
      'glossary/report.txt: this output would be written inside the input folder glossary;'
    )
  })

  it('glossary export: refuses to write over a glossary file, or anywhere in the glossary folder', async () => {
    const cwd = await tempProject()
    expect(await expectRefused(cwd, ['glossary', 'export', '--to', 'csv', '--out', 'glossary/zh/terms.json'])).toContain(
      'glossary/zh/terms.json: this output would be written inside the input folder glossary;'
    )
    await symlink(join(cwd, 'glossary/en'), join(cwd, 'english'))
    expect(await expectRefused(cwd, ['glossary', 'export', '--to', 'tbx', '--out', 'english/new.tbx'])).toContain(
      'english/new.tbx: this output would be written inside the input folder glossary;'
    )
  })

  it('glossary import: refuses to import a file it would write over', async () => {
    const cwd = await tempProject()
    await symlink(join(cwd, 'glossary/en/terms.json'), join(cwd, 'terms.csv'))
    const stderr = await expectRefused(cwd, ['glossary', 'import', 'terms.csv', '--from', 'csv'])
    expect(stderr).toContain('glossary/en/terms.json: this output is the input terms.csv;')
    expect(stderr).toContain('import from a copy of the file kept outside the glossary')
  })
})
