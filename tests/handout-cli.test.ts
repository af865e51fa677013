/**
 * The handout settings through the command line, run in-process from the
 * repository; one PDF is printed by the real binary (`node bin/zhgloss.js`,
 * the compiled lib/, which the test setup builds), Chromium and all.
 */
import {readFile, stat} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {runBinary, type BinaryOutcome} from './support/binary.js'
import {skipBrowser} from './support/browser.js'
import {runCli} from './support/cli-io.js'
import {removeTemporaryFolders, temporaryFolder} from './support/cli-project.js'

/** The environment of the tests (where CHROMIUM_PATH may be), for the command line. */
const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined))

/** Run the command line in-process in the repository. */
const zhgloss = (args: string[]): Promise<BinaryOutcome> => runCli(args, {cwd: process.cwd(), env})

/**
 * Build the news article's handout with some flags, expecting success and silence.
 *
 * @param flags the handout flags.
 * @returns handout.html.
 */
async function handoutWith(flags: string[]): Promise<string> {
  const result = await zhgloss(['build', 'articles/h200-exports.md', '--out', out, '--format', 'handout', ...flags, '-q'])
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return readFile(join(folder, 'h200-exports', 'handout.html'), 'utf8')
}

let folder: string
/** The output folder, relative to the repository, as a user would name it. */
let out: string

beforeEach(async () => {
  folder = await temporaryFolder('zhgloss-handout-')
  out = relative(process.cwd(), folder)
})

afterEach(removeTemporaryFolders)

describe('zhgloss build with handout settings', () => {
  it('should pass density, pinyin, bilingual, paper and ui through to handout.html', async () => {
    const html = await handoutWith(['--density', 'all', '--pinyin', 'none', '--bilingual', '--paper', 'letter', '--ui', 'zh'])
    expect(html).toContain('size: letter;')
    expect(html).toContain('class="zg-translation"')
    expect(html).toContain('<th class="zg-col-number" scope="col" data-added="">序号</th>')
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
    expect(main).not.toContain('<rt>')
    expect(main.match(/data-term=/g)?.length).toBe(main.match(/class="zg-ref"/g)?.length)
  })

  it('should pass the class settings (forms, notes, numbers, name line, exercises, region) through to handout.html', async () => {
    const html = await handoutWith(['--forms', '--notes', 'long', '--numbers', '--name-line', 'off', '--exercises', '--region', 'tw'])
    expect(html).toContain('<html lang="zh-Hant">')
    expect(html).toContain('class="zg-col-forms"')
    expect(html).toContain('counter-increment: zg-paragraph')
    expect(html).not.toContain('class="zg-name"')
    expect(html).toContain('class="zg-exercises"')
    expect(html).not.toContain('…</td>')
  })

  it('should write vocabulary.tsv and vocabulary.csv', async () => {
    const result = await zhgloss(['build', 'articles/h200-exports.md', '--out', out, '--format', 'vocabulary', '-q'])
    expect(result.code).toBe(0)
    expect(await readFile(join(folder, 'h200-exports', 'vocabulary.tsv'), 'utf8')).toMatch(
      /^#separator:tab\n#html:true\n#notetype:Basic\n#deck:zhgloss::h200-exports\n#guid column:1\n#tags column:4\nzhgloss-h200\tH200\t/
    )
    expect(await readFile(join(folder, 'h200-exports', 'vocabulary.csv'), 'utf8')).toMatch(/^\uFEFFnumber,term,/)
  })

  it('should refuse a density it does not know', async () => {
    const result = await zhgloss(['build', 'articles/h200-exports.md', '--out', out, '--density', 'most'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--density must be one of first, all')
  })

  it('should warn, and still build, when --pdf has no handout to print', async () => {
    const result = await zhgloss(['build', 'articles/h200-exports.md', '--out', out, '--format', 'vocabulary', '--pdf'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('include handout in --format')
    await expect(stat(join(folder, 'h200-exports', 'vocabulary.csv'))).resolves.toBeTruthy()
    await expect(stat(join(folder, 'h200-exports', 'handout.pdf'))).rejects.toThrow()
  })
})

describe.skipIf(skipBrowser)('zhgloss build --pdf', () => {
  it('should print handout.pdf beside handout.html and say how many pages it has (the binary)', async () => {
    const result = await runBinary(['build', 'articles/hopper-blackwell-explainer.md', '--out', out, '--format', 'handout', '--pdf'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/hopper-blackwell-explainer\/handout\.pdf: \d+ pages/)
    const pdf = await readFile(join(folder, 'hopper-blackwell-explainer', 'handout.pdf'))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('should write into an absolute --out folder and link the PDF from the index', async () => {
    const result = await zhgloss(['build', 'articles/hopper-blackwell-explainer.md', '--out', folder, '--format', 'handout', '--pdf'])
    expect(result.code).toBe(0)
    await stat(join(folder, 'hopper-blackwell-explainer', 'handout.pdf'))
    expect(await readFile(join(folder, 'index.html'), 'utf8')).toContain('href="hopper-blackwell-explainer/handout.pdf"')
  })
})
