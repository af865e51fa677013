import {mkdtemp, readFile, rm, stat, utimes, writeFile, mkdir} from 'node:fs/promises'
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Article} from '../../src/article/analyze.js'
import type {Glossary} from '../../src/glossary/create.js'
import {launchChromium} from '../../src/node/chromium.js'
import {loadGlossary} from '../../src/node/load-glossary.js'
import {countPages, printHandouts, printPdf} from '../../src/node/pdf.js'
import {analyzeArticle} from '../../src/article/analyze.js'
import {renderHandout} from '../../src/render/handout/page.js'
import {termRows} from '../../src/render/common/rows.js'
import {chromiumPath, skipBrowser} from '../support/browser.js'
import {pdfPageTexts} from '../support/pdf-text.js'

const articles = readdirSync('articles').filter((name) => name.endsWith('.md') && !/\.[a-z]{2}\.md$/.test(name))

/** Text without any white space: lines and cells wrap wherever the layout wants. */
function squash(text: string): string {
  return text.replace(/\s+/g, '')
}

let glossary: Glossary

/** What poppler's pdftotext and pdffonts read from a PDF: its text, and each font with its type and whether it is embedded. */
async function popplerRead(pdf: Uint8Array): Promise<{text: string; fonts: Array<{type: string; embedded: string}>}> {
  const folder = await mkdtemp(join(tmpdir(), 'zhgloss-poppler-'))
  try {
    const path = join(folder, 'handout.pdf')
    await writeFile(path, pdf)
    const text = execFileSync('pdftotext', [path, '-'], {encoding: 'utf8'})
    const fonts = execFileSync('pdffonts', [path], {encoding: 'utf8'})
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const fields = line.slice(37).trim().split(/\s+/)
        return {type: fields.slice(0, -6).join(' '), embedded: fields.at(-5) ?? ''}
      })
    return {text, fonts}
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}

beforeAll(async () => {
  glossary = await loadGlossary('glossary')
})

describe.skipIf(skipBrowser)('handout.pdf in Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath ?? '')
  })

  afterAll(async () => {
    await browser.close()
  })

  /** Each article's default handout, printed once for the tests that read it (printing is the dear part). */
  const printed = new Map<string, Promise<{article: Article; pdf: Uint8Array}>>()

  /**
   * An article of articles/ and its default handout as a PDF.
   *
   * @param name the article's file name.
   * @returns the analysed article and the PDF.
   */
  function printedHandout(name: string): Promise<{article: Article; pdf: Uint8Array}> {
    let result = printed.get(name)
    if (!result) {
      result = (async () => {
        const article = await analyzeArticle(readFileSync(join('articles', name), 'utf8'), {glossary, path: name})
        return {article, pdf: await printPdf(browser, renderHandout(article, {glossary}))}
      })()
      printed.set(name, result)
    }
    return result
  }

  for (const name of articles) {
    it(`should print ${name} with a page number on every page and every term and gloss in its text`, async () => {
      const {article, pdf} = await printedHandout(name)
      const pages = pdfPageTexts(pdf)
      expect(pages.length).toBe(countPages(pdf))
      expect(pages.length).toBeGreaterThanOrEqual(3)
      for (const [index, text] of pages.entries()) expect(squash(text), `page ${index + 1}`).toContain(`${index + 1}/${pages.length}`)
      const text = squash(pages.join(''))
      expect(text).toContain(squash(String(article.matter.title)))
      for (const row of termRows(article, glossary)) {
        expect(text, row.id).toContain(squash(row.written))
        expect(text, row.id).toContain(squash(row.gloss))
      }
    })
  }

  it('should print a short article and its glossary on one page: the glossary starts on the article’s last page when there is room', async () => {
    const article = await analyzeArticle('---\ntitle: 短文\n---\n\n英伟达和台积电发布了新的芯片。\n', {glossary})
    const pdf = await printPdf(browser, renderHandout(article, {glossary}))
    const pages = pdfPageTexts(pdf)
    expect(pages).toHaveLength(1)
    expect(countPages(pdf)).toBe(1)
    expect(squash(pages[0] ?? '')).toContain('英伟达')
    expect(squash(pages[0] ?? '')).toContain('Glossary')
    expect(squash(pages[0] ?? '')).toContain('TSMC')
  })

  it('should put the exercises after the glossary and their answers on a page of their own', async () => {
    const article = await analyzeArticle(readFileSync('articles/h200-exports.md', 'utf8'), {glossary})
    const pages = pdfPageTexts(await printPdf(browser, renderHandout(article, {glossary, exercises: true})))
    const answers = pages.findIndex((text) => text.includes('Answers'))
    const exercises = pages.findIndex((text) => text.includes('Exercises'))
    expect(exercises).toBeGreaterThan(0)
    expect(answers).toBe(pages.length - 1)
    expect(pages[answers]).not.toContain('Match each term with its meaning\n')
    expect(squash(pages[exercises] ?? '')).toContain('＿＿＿＿')
    expect(squash(pages[answers] ?? '')).toMatch(/1–[A-H]/)
  })

  it('should extract the article’s text from every handout, simplified and traditional, with the fonts embedded', async () => {
    for (const name of ['h200-exports.md', 'taiwan-supply-chain.md']) {
      const markdown = readFileSync(join('articles', name), 'utf8')
      const {pdf} = await printedHandout(name)
      const {text: extracted, fonts} = await popplerRead(pdf)
      const text = squash(extracted)
      const firstParagraph = markdown.split('\n').find((line) => /^\p{Script=Han}/u.test(line)) ?? ''
      expect(firstParagraph.length).toBeGreaterThan(20)
      expect(text).toContain(squash(firstParagraph).slice(0, 12))
      expect(fonts.length).toBeGreaterThan(0)
      expect(fonts.filter((font) => font.embedded !== 'yes')).toEqual([])
    }
  })

  it('should print on A4 by default and on US Letter when the handout is laid out for it', async () => {
    const article = await analyzeArticle('英伟达发布新品。\n', {glossary})
    const a4 = new TextDecoder('latin1').decode(await printPdf(browser, renderHandout(article, {glossary})))
    const letter = new TextDecoder('latin1').decode(
      await printPdf(browser, renderHandout(article, {glossary, paper: 'letter'}), {paper: 'letter'})
    )
    expect(a4).toMatch(/\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]/)
    expect(letter).toMatch(/\/MediaBox \[0 0 612 792\]/)
  })
})

describe.skipIf(skipBrowser)('printHandouts', () => {
  it('should print every handout this build wrote, and warn about the ones it did not write', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'zhgloss-pdf-'))
    try {
      const article = await analyzeArticle('英伟达发布新品。\n', {glossary})
      await mkdir(join(folder, 'dist', 'fresh'), {recursive: true})
      await mkdir(join(folder, 'dist', 'stale'), {recursive: true})
      await writeFile(join(folder, 'dist', 'fresh', 'handout.html'), renderHandout(article, {glossary}))
      await writeFile(join(folder, 'dist', 'stale', 'handout.html'), renderHandout(article, {glossary}))
      const old = new Date(Date.now() - 60_000)
      await utimes(join(folder, 'dist', 'stale', 'handout.html'), old, old)
      const said: string[] = []
      const problems = await printHandouts({
        out: 'dist',
        cwd: folder,
        names: ['fresh', 'stale'],
        env: {CHROMIUM_PATH: chromiumPath},
        since: Date.now() - 5_000,
        say: (line) => said.push(line)
      })
      expect(said).toEqual([`${join('dist', 'fresh', 'handout.pdf')}: 1 page`])
      expect(problems.map((problem) => [problem.file, problem.rule, problem.severity])).toEqual([
        [join('dist', 'stale', 'handout.pdf'), 'pdf-no-handout', 'warning']
      ])
      expect(countPages(await readFile(join(folder, 'dist', 'fresh', 'handout.pdf')))).toBe(1)
      await expect(stat(join(folder, 'dist', 'stale', 'handout.pdf'))).rejects.toThrow()
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })
})

describe('printHandouts without Chromium', () => {
  it('should say how to install Chromium and print nothing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'zhgloss-pdf-'))
    try {
      const article = await analyzeArticle('英伟达发布新品。\n', {glossary})
      await mkdir(join(folder, 'dist', 'one'), {recursive: true})
      await writeFile(join(folder, 'dist', 'one', 'handout.html'), renderHandout(article, {glossary}))
      const problems = await printHandouts({out: 'dist', cwd: folder, names: ['one'], env: {}, findExecutable: () => undefined})
      expect(problems).toHaveLength(1)
      expect(problems[0]?.rule).toBe('chromium-missing')
      expect(problems[0]?.severity).toBe('warning')
      expect(problems[0]?.message).toMatch(/apt-get install -y chromium/)
      expect(problems[0]?.message).toMatch(/CHROMIUM_PATH/)
      await expect(stat(join(folder, 'dist', 'one', 'handout.pdf'))).rejects.toThrow()
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })
})
