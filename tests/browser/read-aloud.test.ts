/**
 * Read aloud: where the browser has a Chinese voice (here a stubbed
 * speechSynthesis), the reading options offer to read the article or a
 * clicked sentence, without its pinyin; where there is none, nothing shows.
 */
import {readFileSync} from 'node:fs'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium} from '../../src/node/chromium.js'
import {loadGlossary} from '../../src/node/load-glossary.js'
import {renderArticle} from '../../src/render/render-article.js'
import {chromiumPath, skipBrowser} from '../support/browser.js'

declare global {
  interface Window {
    /** What the stub was asked to say. */
    zgSpoken: string[]
    /** Make the stub's voices arrive, as a browser does after load. */
    zgVoicesArrive: () => void
  }
}

let browser: Browser
let html: string

/**
 * Open the reader with a stubbed speech synthesis.
 *
 * @param voices the voices' languages, or undefined for a browser without speech synthesis.
 * @param late whether the voices arrive only after load.
 * @returns the page.
 */
async function open(voices: string[] | undefined, late = false): Promise<Page> {
  const page = await browser.newPage({viewport: {width: 900, height: 800}})
  await page.addInitScript(
    ({voices, late}) => {
      window.zgSpoken = []
      if (!voices) {
        Object.defineProperty(window, 'speechSynthesis', {value: undefined})
        return
      }
      let arrived = !late
      const listeners: Array<() => void> = []
      const stub = {
        getVoices: () => (arrived ? voices.map((lang) => ({lang, name: lang})) : []),
        speak: (utterance: {text: string}) => window.zgSpoken.push(utterance.text),
        cancel: () => undefined,
        addEventListener: (_type: string, listener: () => void) => listeners.push(listener)
      }
      window.zgVoicesArrive = () => {
        arrived = true
        for (const listener of listeners) listener()
      }
      Object.defineProperty(window, 'speechSynthesis', {value: stub})
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        value: class {
          text: string
          voice: unknown
          lang = ''
          constructor(text: string) {
            this.text = text
          }
          addEventListener(): void {}
        }
      })
    },
    {voices, late}
  )
  // Init scripts run in documents loaded after them: load a fresh one, then write the page into it.
  await page.goto('about:blank')
  await page.setContent(html)
  return page
}

describe.skipIf(skipBrowser)('read aloud', () => {
  beforeAll(async () => {
    const glossary = await loadGlossary('glossary')
    html = await renderArticle(readFileSync('articles/h200-exports.md', 'utf8'), {glossary, format: 'reader'})
    browser = await launchChromium(chromiumPath ?? '')
  })

  afterAll(async () => {
    await browser.close()
  })

  it('should read the article, without its pinyin, where there is a Chinese voice', async () => {
    const page = await open(['en-US', 'zh-CN'])
    try {
      await page.locator('details.zg-options summary').click()
      await page.locator('.zg-read').click()
      const [spoken] = await page.evaluate(() => window.zgSpoken)
      expect(spoken).toContain('美国总统特朗普在社交媒体上宣布')
      expect(spoken).not.toContain('Tèlǎngpǔ')
      expect(await page.locator('.zg-read').textContent()).toBe('Stop reading')
    } finally {
      await page.close()
    }
  })

  it('should read the sentence clicked, when asked to', async () => {
    const page = await open(['zh-TW'])
    try {
      await page.locator('details.zg-options summary').click()
      await page.locator('.zg-read-sentence').check()
      const point = await page
        .locator('main p')
        .first()
        .evaluate((paragraph) => {
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
          const text = walker.nextNode() as Text
          const range = document.createRange()
          range.setStart(text, 2)
          range.setEnd(text, 3)
          const box = range.getBoundingClientRect()
          return {x: box.left + box.width / 2, y: box.top + box.height / 2}
        })
      await page.mouse.click(point.x, point.y)
      const spoken = await page.evaluate(() => window.zgSpoken)
      expect(spoken).toHaveLength(1)
      expect(spoken[0]).toMatch(/^2025年12月8日，美国总统特朗普在社交媒体上宣布.*。$/)
      expect(spoken[0]).not.toContain('。2')
    } finally {
      await page.close()
    }
  })

  it('should offer it once the voices arrive, and not at all without a Chinese voice or speech synthesis', async () => {
    const late = await open(['zh-CN'], true)
    const english = await open(['en-US', 'fr-FR'])
    const none = await open(undefined)
    try {
      expect(await late.locator('.zg-read').count()).toBe(0)
      await late.evaluate(() => window.zgVoicesArrive())
      expect(await late.locator('.zg-read').count()).toBe(1)
      expect(await english.locator('.zg-read, .zg-read-sentence').count()).toBe(0)
      expect(await none.locator('.zg-read, .zg-read-sentence').count()).toBe(0)
    } finally {
      await late.close()
      await english.close()
      await none.close()
    }
  })
})
