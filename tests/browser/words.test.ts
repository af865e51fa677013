/**
 * The reader's word layer in Chromium: an everyday word opens its popup by
 * mouse, by tap and from the keyboard's word cursor; the popup shows pinyin
 * with tone marks and the dictionary's senses; the known level hides help
 * and is remembered; glossary terms keep their own tooltip; words are still
 * found under the pointer once pinyin over all text is shown.
 */
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {analyzeArticle} from '../../src/article/analyze.js'
import {openDictionary} from '../../src/dictionary/store.js'
import {launchChromium} from '../../src/node/chromium.js'
import {loadGlossary} from '../../src/node/load-glossary.js'
import {renderReader} from '../../src/render/reader/page.js'
import {chromiumPath, skipBrowser} from '../support/browser.js'

let browser: Browser
let page: Page
let folder: string
let url: string

/** The open word popup's text, or null when none is shown. */
function popupText(): Promise<string | null> {
  return page.evaluate(() => {
    const popup = document.querySelector<HTMLElement>('[role="dialog"].zg-word-popup')
    return popup && !popup.hidden ? (popup.textContent ?? '') : null
  })
}

/**
 * The centre of a character of the article's own text outside terms and
 * links (the page has no element per word), scrolled into view.
 *
 * @param word the text to find.
 * @param nth which occurrence (0 for the first).
 * @param at which character of it.
 * @returns the point, in viewport coordinates.
 */
async function pointOf(word: string, nth = 0, at = 0): Promise<{x: number; y: number}> {
  const point = await page.evaluate(
    async ([word, nth, at]) => {
      const main = document.querySelector('main')
      if (!main) return null
      // With pinyin over all text a word's characters are in cells of their own: search the text without readings.
      const nodes: Text[] = []
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (node instanceof Text && !node.parentElement?.closest('[data-term], [data-added], a, code, rt')) nodes.push(node)
      const text = nodes.map((node) => node.data).join('')
      let from = -1
      for (let k = 0; k <= nth; k++) from = text.indexOf(word, from + 1)
      if (from < 0) return null
      let offset = from + at
      const node = nodes.find((candidate) => {
        if (offset < candidate.data.length) return true
        offset -= candidate.data.length
        return false
      })
      if (!node) return null
      node.parentElement?.scrollIntoView({block: 'center'})
      // Blocks laid out only near the screen (pinyin over all text) take their size in the frames after the scroll.
      for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame)
      const range = document.createRange()
      range.setStart(node, offset)
      range.setEnd(node, offset + 1)
      const box = range.getBoundingClientRect()
      return {x: box.x + box.width / 2, y: box.y + box.height / 2}
    },
    [word, nth, at] as const
  )
  if (!point) throw new Error(`"${word}" is not in the article's text`)
  return point
}

/** Click the text of a word, as a reader does. */
async function clickWord(word: string, nth = 0, at = 0): Promise<void> {
  const {x, y} = await pointOf(word, nth, at)
  await page.mouse.click(x, y)
}

/** The word the open popup is about. */
function popupWord(): Promise<string | null> {
  return page.evaluate(() => document.querySelector('.zg-word-popup:not([hidden]) .zg-wp-word')?.textContent ?? null)
}

beforeAll(async () => {
  if (skipBrowser) return
  const glossary = await loadGlossary('glossary')
  const markdown = await readFile('articles/h200-exports.md', 'utf8')
  const article = await analyzeArticle(markdown, {glossary, path: 'articles/h200-exports.md'})
  folder = await mkdtemp(join(tmpdir(), 'zhgloss-words-'))
  await writeFile(join(folder, 'reader.html'), renderReader(article, {glossary, dictionary: openDictionary()}))
  url = pathToFileURL(join(folder, 'reader.html')).href
  browser = await launchChromium(chromiumPath ?? '')
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, hasTouch: true})
  page = await context.newPage()
  await page.goto(url)
  await page.evaluate(() => window.localStorage.clear())
  await page.reload()
})

afterAll(async () => {
  await browser?.close()
  if (folder) await rm(folder, {recursive: true, force: true})
})

describe.skipIf(skipBrowser)('the word layer in Chromium', () => {
  it('should open an everyday word’s popup on a mouse click, with pinyin and senses, and mark the word', async () => {
    expect(await popupText()).toBeNull()
    await clickWord('美国')
    const text = await popupText()
    expect(text).toContain('美国')
    expect(text).toContain('Měi guó')
    expect(text).toContain('United States')
    expect(text).toMatch(/band 1 · among the 1,000 most frequent words/)
    // A click on either character finds the same word; the word shown is highlighted.
    await page.keyboard.press('Escape')
    await clickWord('美国', 0, 1)
    expect(await popupWord()).toBe('美国')
    expect(await page.evaluate(() => CSS.highlights.get('zg-word')?.values().next().value?.toString())).toBe('美国')
    // The word cursor takes the focus and is described by the popup.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe('zg-word-popup')
    await page.keyboard.press('Escape')
    expect(await popupText()).toBeNull()
    expect(await page.evaluate(() => CSS.highlights.has('zg-word'))).toBe(false)
  })

  it('should open it on a tap, and close it on a tap elsewhere', async () => {
    const {x, y} = await pointOf('美国')
    await page.touchscreen.tap(x, y)
    expect(await popupText()).toContain('United States')
    await page.tap('h1')
    expect(await popupText()).toBeNull()
  })

  it('should find the words of a whole paragraph, each under the pointer', async () => {
    const expected = ['获准', '对', '华', '销售']
    const found: Array<string | null> = []
    for (const word of expected) {
      await clickWord(word)
      found.push(await popupWord())
    }
    expect(found).toEqual(expected)
  })

  it('should reach the words from the keyboard and move between them with the arrow keys', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    let onWords = false
    for (let step = 0; step < 200 && !onWords; step++) {
      await page.keyboard.press('Tab')
      onWords = await page.evaluate(() => document.activeElement?.classList.contains('zg-word-keys') ?? false)
    }
    expect(onWords).toBe(true)
    // The cursor shows itself, and the popup of its word.
    expect(await page.locator('.zg-word-keys').isVisible()).toBe(true)
    const first = await popupWord()
    expect(first).toBeTruthy()
    await page.keyboard.press('ArrowRight')
    const second = await popupWord()
    expect(second).toBeTruthy()
    expect(second).not.toBe(first)
    await page.keyboard.press('ArrowLeft')
    expect(await popupWord()).toBe(first)
    // The live region says what the popup shows.
    expect(await page.locator('.zg-live').textContent()).toContain(first ?? '?')
    await page.keyboard.press('Escape')
    expect(await popupText()).toBeNull()
    await page.keyboard.press('Tab')
    expect(await popupText()).toBeNull()
  })

  it('should hide help for the most frequent words when asked, and remember it', async () => {
    await page.locator('[data-setting="known"]').selectOption('2')
    await clickWord('美国')
    expect(await popupText()).toBeNull()
    await page.reload()
    expect(await page.locator('[data-setting="known"]').inputValue()).toBe('2')
    await page.locator('[data-setting="known"]').selectOption('0')
    await clickWord('美国')
    expect(await popupText()).toContain('United States')
    await page.keyboard.press('Escape')
  })

  it('should leave glossary terms to their own tooltip', async () => {
    await page.click('main [data-term] >> nth=0')
    expect(await popupText()).toBeNull()
    const tip = await page.locator('main [data-term] >> nth=0').getAttribute('aria-describedby')
    expect(await page.locator(`#${tip}`).isVisible()).toBe(true)
  })

  it('should still find each word under the pointer with pinyin over all text, on its characters and on their readings', async () => {
    await page.evaluate(() => {
      const control = document.querySelector<HTMLInputElement>('[data-setting="textPinyin"]')
      if (control) {
        control.checked = true
        control.dispatchEvent(new Event('change', {bubbles: true}))
      }
    })
    await page.locator('main[data-readings="shown"]').waitFor({state: 'attached'})
    const found: Array<string | null> = []
    for (const word of ['美国', '获准', '销售']) {
      await page.keyboard.press('Escape')
      await clickWord(word, 1, 1)
      found.push(await popupWord())
    }
    expect(found).toEqual(['美国', '获准', '销售'])
    // A click on a character's pinyin finds that character's word.
    await page.keyboard.press('Escape')
    const reading = await page.evaluate(() => {
      const cell = [...document.querySelectorAll('main ruby.zg-py')].find((ruby) => ruby.firstChild?.textContent === '销')
      const box = cell?.querySelector('rt')?.getBoundingClientRect()
      return box ? {x: box.x + box.width / 2, y: box.y + box.height / 2} : null
    })
    expect(reading).not.toBeNull()
    await page.mouse.click(reading?.x ?? 0, reading?.y ?? 0)
    expect(await popupWord()).toBe('销售')
  })
})
