/**
 * The reader's word layer in Chromium: an everyday word opens its popup by
 * mouse, by tap and from the keyboard; the popup shows pinyin with tone
 * marks and the dictionary's senses; the known level hides help and is
 * remembered; glossary terms keep their own tooltip.
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

/** A selector for the word element of an everyday word of the article. */
const everyday = '.zg-w[data-w="美国"] >> nth=0'

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
  it('should open an everyday word’s popup on a mouse click, with pinyin and senses', async () => {
    expect(await popupText()).toBeNull()
    await page.click(everyday)
    const text = await popupText()
    expect(text).toContain('美国')
    expect(text).toContain('Měi guó')
    expect(text).toContain('United States')
    expect(text).toMatch(/band 1 · among the 1,000 most frequent words/)
    expect(await page.locator(everyday).getAttribute('aria-describedby')).toBe('zg-word-popup')
    await page.keyboard.press('Escape')
    expect(await popupText()).toBeNull()
  })

  it('should open it on a tap, and close it on a tap elsewhere', async () => {
    await page.tap(everyday)
    expect(await popupText()).toContain('United States')
    await page.tap('h1')
    expect(await popupText()).toBeNull()
  })

  it('should reach the words from the keyboard and move between them with the arrow keys', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    let onWord = false
    for (let step = 0; step < 200 && !onWord; step++) {
      await page.keyboard.press('Tab')
      onWord = await page.evaluate(() => document.activeElement?.classList.contains('zg-w') ?? false)
    }
    expect(onWord).toBe(true)
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset['w'])
    expect(await popupText()).toContain(first ?? '?')
    await page.keyboard.press('ArrowRight')
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset['w'])
    expect(second).not.toBe(first)
    expect(await popupText()).toContain(second ?? '?')
    await page.keyboard.press('Escape')
    expect(await popupText()).toBeNull()
  })

  it('should hide help for the most frequent words when asked, and remember it', async () => {
    const band = await page.locator(everyday).getAttribute('data-b')
    expect(Number(band)).toBeLessThanOrEqual(2)
    await page.locator('[data-setting="known"]').selectOption('2')
    await page.click(everyday)
    expect(await popupText()).toBeNull()
    await page.reload()
    expect(await page.locator('[data-setting="known"]').inputValue()).toBe('2')
    await page.locator('[data-setting="known"]').selectOption('0')
    await page.click(everyday)
    expect(await popupText()).toContain('United States')
  })

  it('should leave glossary terms to their own tooltip', async () => {
    expect(await page.locator('[data-term] .zg-w').count()).toBe(0)
    await page.click('main [data-term] >> nth=0')
    expect(await popupText()).toBeNull()
    const tip = await page.locator('main [data-term] >> nth=0').getAttribute('aria-describedby')
    expect(await page.locator(`#${tip}`).isVisible()).toBe(true)
  })

  it('should put one syllable over each character of its words with pinyin over all text, in no second ruby', async () => {
    await page.evaluate(() => {
      const control = document.querySelector<HTMLInputElement>('[data-setting="textPinyin"]')
      if (control) {
        control.checked = true
        control.dispatchEvent(new Event('change', {bubbles: true}))
      }
    })
    await page.locator('main[data-readings="shown"]').waitFor({state: 'attached'})
    const words = await page.locator('main .zg-w').evaluateAll((elements) =>
      elements.map((element) => ({
        han: (element.textContent?.match(/\p{Script=Han}/gu) ?? []).length,
        cells: element.querySelectorAll(':scope ruby.zg-py > rt').length,
        nested: element.querySelectorAll('ruby ruby').length
      }))
    )
    expect(words.length).toBeGreaterThan(300)
    expect(words.filter((word) => word.cells !== word.han || word.nested > 0)).toEqual([])
  })
})
