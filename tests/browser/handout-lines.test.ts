/**
 * The handout's line numbers: every fifth printed line of the article is
 * numbered in the margin, in the PDF as on screen; pinyin over the terms is
 * no line of its own; without the setting there are none.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {analyzeArticle, type Article} from '../../src/article/analyze.js'
import type {Glossary} from '../../src/glossary/create.js'
import {launchChromium} from '../../src/node/chromium.js'
import {loadGlossary} from '../../src/node/load-glossary.js'
import {printPdf} from '../../src/node/pdf.js'
import {renderHandout} from '../../src/render/handout/page.js'
import type {HandoutSettings} from '../../src/render/handout/settings.js'
import {chromiumPath, skipBrowser} from '../support/browser.js'

/** What pdftotext -layout reads from a PDF: one string per printed row, columns kept. */
async function layoutRows(pdf: Uint8Array): Promise<string[]> {
  const folder = await mkdtemp(join(tmpdir(), 'zhgloss-lines-'))
  try {
    await writeFile(join(folder, 'handout.pdf'), pdf)
    return execFileSync('pdftotext', ['-layout', join(folder, 'handout.pdf'), '-'], {encoding: 'utf8'}).split('\n')
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}

/** Han characters only: what a row and the article share whatever the pinyin, numbers and spaces around them. */
function han(text: string): string {
  return [...text.matchAll(/\p{Script=Han}/gu)].join('')
}

/**
 * The article's printed lines, read from the PDF's rows: the rows from the
 * first paragraph's to the last's that hold the article's own text (not its
 * headings, not the pinyin rows above the terms), with the number printed
 * at the start of the row, if any.
 */
function articleLines(
  rows: readonly string[],
  paragraphs: readonly string[],
  headings: readonly string[]
): Array<{number?: number; text: string}> {
  const first = rows.findIndex((row) => han(row).length > 0 && han(paragraphs[0] ?? '').startsWith(han(row).slice(0, 10)))
  const lastText = han(paragraphs.at(-1) ?? '')
  const last = rows.findIndex((row, index) => index > first && han(row).length > 0 && lastText.endsWith(han(row).slice(-10)))
  const lines: Array<{number?: number; text: string}> = []
  for (const row of rows.slice(first, last + 1)) {
    const text = han(row)
    if (text === '' || headings.includes(text)) continue
    // A line number stands in the margin, left of the text's column (the text starts a few columns in).
    const number = /^\s{0,2}(\d+)\s{2,}/.exec(row)?.[1]
    lines.push({...(number ? {number: Number(number)} : {}), text})
  }
  return lines
}

/** The test article's paragraphs and list items, as written. */
function fixtureParagraphs(): string[] {
  return readFileSync('tests/fixtures/handout/lines.md', 'utf8')
    .split('\n')
    .filter((line) => /^(- )?\p{Script=Han}/u.test(line))
}

let browser: Browser
let glossary: Glossary
let article: Article

/** The handout of the test article. */
function handout(settings: HandoutSettings = {}): string {
  return renderHandout(article, {glossary, ...settings})
}

describe.skipIf(skipBrowser)('line numbers in the handout', () => {
  beforeAll(async () => {
    glossary = await loadGlossary('glossary')
    article = await analyzeArticle(readFileSync('tests/fixtures/handout/lines.md', 'utf8'), {glossary, path: 'lines.md'})
    browser = await launchChromium(chromiumPath ?? '')
  })

  afterAll(async () => {
    await browser.close()
  })

  for (const pinyin of ['terms', 'all'] as const) {
    it(`should number every fifth printed line of the PDF, beside its line, pinyin rows not counted (pinyin over ${pinyin})`, async () => {
      const pdf = await printPdf(browser, handout({lineNumbers: true, pinyin}))
      const rows = await layoutRows(pdf)
      const lines = articleLines(rows, fixtureParagraphs(), [han('第二部分')])
      // The test article fills three numbers' worth of lines or more (over all text, across a page break), and pinyin stands over them.
      expect(lines.length).toBeGreaterThanOrEqual(15)
      expect(rows.some((row) => /Yīngwěidá|yīng\s+wěi\s+dá/.test(row))).toBe(true)
      const numbered = lines.flatMap((line, index) => (line.number === undefined ? [] : [[index + 1, line.number]]))
      const expected = lines.flatMap((_, index) => ((index + 1) % 5 === 0 ? [[index + 1, index + 1]] : []))
      expect(numbered).toEqual(expected)
    })
  }

  it('should print no numbers and carry no script without the setting', async () => {
    const html = handout()
    expect(html).not.toContain('<script')
    const lines = articleLines(await layoutRows(await printPdf(browser, html)), fixtureParagraphs(), [han('第二部分')])
    expect(lines.length).toBeGreaterThan(10)
    expect(lines.filter((line) => line.number !== undefined)).toEqual([])
    const page = await browser.newPage()
    try {
      await page.setContent(html)
      expect(await page.locator('.zg-line-no').count()).toBe(0)
    } finally {
      await page.close()
    }
  })

  it('should number the lines on screen too, drawn numbers that copying leaves out', async () => {
    const page = await browser.newPage({viewport: {width: 900, height: 800}})
    try {
      await page.setContent(handout({lineNumbers: true}))
      await page.evaluate('window.zgReady')
      const markers = await page.locator('.zg-line-no').evaluateAll((elements) =>
        elements.map((element) => ({
          line: element.getAttribute('data-line'),
          hidden: element.getAttribute('aria-hidden'),
          added: element.hasAttribute('data-added'),
          text: element.textContent,
          label: getComputedStyle(element, '::before').content
        }))
      )
      expect(markers.map((marker) => marker.line)).toEqual(['5', '10', '15'])
      // The number is drawn, not written: copying the article never picks it up.
      for (const marker of markers) expect(marker).toMatchObject({hidden: 'true', added: true, text: '', label: `"${marker.line}"`})
      const total = Number(await page.evaluate('document.documentElement.dataset.zgLines'))
      expect(total).toBeGreaterThanOrEqual(15)
      expect(total).toBeLessThan(20)
    } finally {
      await page.close()
    }
  })
})
