/**
 * The reader page in Chromium: tooltips on hover, focus and tap; Escape;
 * Tab order; the controls; the term index; storage; no network; axe in both
 * colour schemes; a 360-pixel phone; print. One browser for the file; each
 * test on a page of its own, in a browser context of its own (no storage
 * shared), so that any test runs alone and in any order; after each test,
 * no request has left its page.
 */
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, BrowserContext, Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import type {Glossary} from '../../src/glossary/create.js'
import {launchChromium} from '../../src/node/chromium.js'
import {loadGlossary} from '../../src/node/load-glossary.js'
import {analyzeArticle} from '../../src/article/analyze.js'
import {renderReader} from '../../src/render/reader/page.js'
import {glossText} from '../../src/render/common/terms.js'
import {chromiumPath, skipBrowser} from '../support/browser.js'

const names = ['h200-exports', 'hopper-blackwell-explainer', 'taiwan-supply-chain']

/** What axe reports of a violation. */
interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{target: unknown}>
}

declare global {
  interface Window {
    axe: {run(context: Document, options: object): Promise<{violations: Violation[]}>}
  }
}

let glossary: Glossary
let browser: Browser
let context: BrowserContext
let page: Page
let folder: string
/** Requests that left the page for anything but its own file. */
const outgoing: string[] = []

/** The file URL of an article's built reader. */
function urlOf(name: string): string {
  return pathToFileURL(join(folder, name, 'reader.html')).href
}

/** The gloss a term element's tooltip must show, computed outside the page. */
async function expectedGloss(selector: string): Promise<string> {
  const [id, model] = await page
    .locator(selector)
    .evaluate((element) => [element.getAttribute('data-term') ?? '', element.getAttribute('data-model')])
  return glossText(glossary, id ?? '', model ?? undefined, 'en')
}

/** The tooltips currently shown: id and text. */
function openTooltips(): Promise<Array<{id: string; text: string}>> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="tooltip"]')]
      .filter((tip) => tip.checkVisibility())
      .map((tip) => ({id: tip.id, text: tip.textContent ?? ''}))
  )
}

/** The tooltip id a term element names. */
function describedBy(selector: string): Promise<string | null> {
  return page.locator(selector).getAttribute('aria-describedby')
}

/** Set a control and let the page react. */
async function choose(setting: string, value: string): Promise<void> {
  await page.evaluate(() => {
    const options = document.querySelector('details.zg-options')
    if (options instanceof HTMLDetailsElement) options.open = true
  })
  const control = page.locator(`[data-setting="${setting}"]`)
  if ((await control.getAttribute('type')) === 'checkbox') await control.setChecked(value === 'on')
  else await control.selectOption(value)
}

/** How many elements matching a selector are displayed. */
function displayed(selector: string): Promise<number> {
  return page.evaluate(
    (css) =>
      // Shown, itself and its ancestors; a block off screen that is skipped until it comes near (content-visibility) counts as shown.
      [...document.querySelectorAll(css)].filter((element) => element.checkVisibility()).length,
    selector
  )
}

/** The serious and critical violations axe finds in the page as it stands. */
async function seriousViolations(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({path: 'node_modules/axe-core/axe.min.js'})
  const {violations} = await page.evaluate(() => window.axe.run(document, {resultTypes: ['violations']}))
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${JSON.stringify(violation.nodes.slice(0, 3).map((node) => node.target))})`)
}

beforeAll(async () => {
  if (skipBrowser) return
  glossary = await loadGlossary('glossary')
  folder = await mkdtemp(join(tmpdir(), 'zhgloss-reader-'))
  for (const name of names) {
    const article = await analyzeArticle(await readFile(`articles/${name}.md`, 'utf8'), {glossary, path: `articles/${name}.md`})
    const translationPath = `articles/${name}.en.md`
    const translation = existsSync(translationPath)
      ? await analyzeArticle(await readFile(translationPath, 'utf8'), {glossary, path: translationPath})
      : undefined
    await mkdir(join(folder, name))
    await writeFile(join(folder, name, 'reader.html'), renderReader(article, {glossary, translation}))
  }
  browser = await launchChromium(chromiumPath ?? '')
})

/**
 * Open an article's reader on a page of its own, in a context of its own
 * (nothing stored, no storage shared with another test's page), that lets
 * nothing off the page.
 *
 * @param name the article.
 */
async function openReader(name: string): Promise<void> {
  context = await browser.newContext({viewport: {width: 1280, height: 900}, hasTouch: true})
  await context.route('**', (route) => {
    const url = route.request().url()
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue()
    outgoing.push(url)
    return route.abort()
  })
  page = await context.newPage()
  await page.emulateMedia({media: 'screen', colorScheme: 'light'})
  await page.goto(urlOf(name))
}

afterEach(async () => {
  await context?.close()
  // No test's page may send a request off the page: checked after each test, on what that test did.
  expect(outgoing.splice(0), 'requests that left the page').toEqual([])
})

afterAll(async () => {
  await browser?.close()
  if (folder) await rm(folder, {recursive: true, force: true})
})

describe.skipIf(skipBrowser).each(names)('reader.html of %s in Chromium, checked by axe', (name) => {
  const term = (n: number): string => `main p [data-term] >> nth=${n}`

  beforeEach(() => openReader(name))

  it('should have no serious or critical accessibility violation in light and dark', async () => {
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true
    })
    await page.hover(term(1))
    expect(await seriousViolations()).toEqual([])
    await page.emulateMedia({colorScheme: 'dark'})
    expect(await seriousViolations()).toEqual([])
    await page.emulateMedia({colorScheme: 'light'})
  })
})

// The pointer, keyboard, touch and phone checks on the explainer (tables, lists) and the traditional article; the news
// article is the page of the controls below and of reader-class.test.ts (keyboard, screen reader, touch, phone).
describe.skipIf(skipBrowser).each(names.slice(1))('reader.html of %s in Chromium', (name) => {
  const term = (n: number): string => `main p [data-term] >> nth=${n}`

  beforeEach(() => openReader(name))

  it('should open the right tooltip, with the gloss, inside the viewport, when the pointer is on a term', async () => {
    await page.hover(term(1))
    const open = await openTooltips()
    expect(open.map((tip) => tip.id)).toEqual([await describedBy(term(1))])
    expect(open[0]?.text).toContain(await expectedGloss(term(1)))
    const box = await page.locator('.zg-tip:not([hidden])').boundingBox()
    const viewport = page.viewportSize()
    expect(box).not.toBeNull()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport!.width)
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport!.height)
  })

  it('should show one tooltip at a time, keep it open while the pointer moves onto it, and close it when the pointer leaves', async () => {
    await page.hover(term(3))
    expect((await openTooltips()).map((tip) => tip.id)).toEqual([await describedBy(term(3))])
    await page.hover('h1')
    await expect.poll(openTooltips).toEqual([])
    // The pointer moving from a term onto its tooltip keeps it open.
    await page.hover(term(1))
    await page.hover('.zg-tip:not([hidden])')
    await page.waitForTimeout(400)
    expect((await openTooltips()).map((tip) => tip.id)).toEqual([await describedBy(term(1))])
    await page.hover('h1')
    await expect.poll(openTooltips).toEqual([])
  })

  it('should open the tooltip on keyboard focus, close it on Escape, and walk the terms in order with the arrow keys, each opening its tooltip', async () => {
    await page.locator(term(2)).focus()
    const open = await openTooltips()
    expect(open.map((tip) => tip.id)).toEqual([await describedBy(term(2))])
    expect(open[0]?.text).toContain(await expectedGloss(term(2)))
    await page.keyboard.press('Escape')
    expect(await openTooltips()).toEqual([])
    // From the first term, the arrow keys walk the terms in order, each opening its tooltip.
    await page.locator('main [data-term]').first().focus()
    const walked: number[] = []
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowDown')
      const state = await page.evaluate(() => {
        const terms = [...document.querySelectorAll('main [data-term]')]
        const active = document.activeElement
        const open = [...document.querySelectorAll<HTMLElement>('[role="tooltip"]')]
          .filter((tip) => tip.checkVisibility())
          .map((tip) => tip.id)
        return {index: active ? terms.indexOf(active) : -1, described: active?.getAttribute('aria-describedby'), open}
      })
      expect(state.index).toBeGreaterThan(0)
      expect(state.open).toEqual([state.described])
      walked.push(state.index)
    }
    expect(walked).toEqual(Array.from({length: 12}, (_, i) => i + 1))
  })

  it('should open the tooltip on tap and close it on a tap elsewhere', async () => {
    await page.keyboard.press('Escape')
    await page.locator(term(4)).scrollIntoViewIfNeeded()
    await page.tap(term(4))
    const open = await openTooltips()
    expect(open.map((tip) => tip.id)).toEqual([await describedBy(term(4))])
    expect(open[0]?.text).toContain(await expectedGloss(term(4)))
    await page.tap('h1')
    expect(await openTooltips()).toEqual([])
  })

  it('should not scroll sideways on a 360-pixel phone, with a tooltip open too, and keep the whole tooltip on a screen too short for it', async () => {
    await page.setViewportSize({width: 360, height: 740})
    const widths = () => page.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}))
    const closed = await widths()
    expect(closed.scroll).toBeLessThanOrEqual(closed.client)
    for (const n of [0, 5]) {
      await page.keyboard.press('Escape')
      await page.locator(term(n)).scrollIntoViewIfNeeded()
      await page.tap(term(n))
      const box = await page.locator('.zg-tip:not([hidden])').boundingBox()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(360)
      const open = await widths()
      expect(open.scroll).toBeLessThanOrEqual(open.client)
    }
    // A screen too short for the tooltip above or below the term still shows the whole of it.
    await page.setViewportSize({width: 360, height: 160})
    await page.keyboard.press('Escape')
    await page.locator(term(0)).scrollIntoViewIfNeeded()
    await page.locator(term(0)).focus()
    const box = await page.locator('.zg-tip:not([hidden])').boundingBox()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y + box!.height).toBeLessThanOrEqual(160)
    await page.keyboard.press('Escape')
    await page.setViewportSize({width: 1280, height: 900})
  })
})

describe.skipIf(skipBrowser)('reader.html controls in Chromium', () => {
  const hanTerms = 'main [data-term]:has(ruby)'

  beforeEach(() => openReader('h200-exports'))

  it('should show pinyin where the underline is by default (the first occurrence in each section), or over every occurrence, or none, as chosen', async () => {
    const shown = await page.locator(`${hanTerms}[data-first-section]`).count()
    expect(shown).toBeGreaterThan(await page.locator(`${hanTerms}[data-first]`).count())
    expect(await displayed(`${hanTerms} rt`)).toBe(shown)
    const underlined = await page.evaluate(() =>
      [...document.querySelectorAll('main [data-term]:has(ruby)')]
        .filter((term) => getComputedStyle(term.querySelector('ruby')!).textDecorationLine.includes('underline'))
        .map((term) => getComputedStyle(term.querySelector('rt')!).display !== 'none')
    )
    expect(underlined).toEqual(underlined.map(() => true))
    // Or over every occurrence, or none, as chosen.
    await choose('pinyin', 'all')
    expect(await displayed(`${hanTerms} rt`)).toBe(await page.locator(hanTerms).count())
    await choose('pinyin', 'none')
    expect(await displayed(`${hanTerms} rt`)).toBe(0)
  })

  it('should put pinyin over all the text, and tone colours on it, when asked', async () => {
    expect(await page.locator('.zg-py rt').count()).toBe(0)
    await choose('textPinyin', 'on')
    await page.locator('main[data-readings="shown"]').waitFor({state: 'attached'})
    const all = await page.locator('.zg-py rt').count()
    expect(all).toBeGreaterThan(500)
    expect(await displayed('.zg-py rt')).toBe(all)
    const colour = (): Promise<string> =>
      page
        .locator('.zg-py.zg-t1')
        .first()
        .evaluate((element) => getComputedStyle(element).color)
    const plain = await colour()
    await choose('tones', 'on')
    expect(await colour()).not.toBe(plain)
    await choose('tones', 'off')
    await choose('textPinyin', 'off')
  })

  it('should hide and show the English glosses', async () => {
    await page.hover('main p [data-term] >> nth=0')
    expect(await displayed('.zg-tip:not([hidden]) .zg-tip-gloss')).toBe(1)
    await choose('english', 'off')
    await page.hover('main p [data-term] >> nth=0')
    expect(await displayed('.zg-tip:not([hidden]) .zg-tip-gloss')).toBe(0)
    expect(await displayed('.zg-tip:not([hidden]) .zg-tip-pinyin')).toBeGreaterThan(0)
    await choose('english', 'on')
  })

  it('should show the translation beside the Chinese on a wide screen, below it on a phone, or not at all', async () => {
    const boxes = async () => {
      const row = page.locator('.zg-row').nth(1)
      return {zh: await row.locator('.zg-zh').boundingBox(), en: await row.locator('.zg-en').boundingBox()}
    }
    const wide = await boxes()
    expect(wide.en!.x).toBeGreaterThanOrEqual(wide.zh!.x + wide.zh!.width)
    await page.setViewportSize({width: 360, height: 740})
    const narrow = await boxes()
    expect(narrow.en!.y).toBeGreaterThanOrEqual(narrow.zh!.y + narrow.zh!.height)
    await page.setViewportSize({width: 1280, height: 900})
    await choose('translation', 'hidden')
    expect(await displayed('.zg-en')).toBe(0)
    await choose('translation', 'shown')
    expect(await displayed('.zg-en')).toBeGreaterThan(10)
  })

  it('should link a term to its rendering in the translation', async () => {
    await page.hover('.zg-row:nth-child(2) .zg-zh [data-term="nvidia"] >> nth=0')
    expect(await page.locator('.zg-row:nth-child(2) .zg-en .zg-linked').allTextContents()).toContain('Nvidia')
  })

  it('should underline every occurrence, or the first per article or per section', async () => {
    const underlined = (): Promise<number> =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('main [data-term]')].filter((element) =>
            getComputedStyle(element).textDecorationLine.includes('underline')
          ).length
      )
    const total = await page.locator('main [data-term]').count()
    await choose('density', 'all')
    expect(await underlined()).toBe(total)
    await choose('density', 'article')
    expect(await underlined()).toBe(await page.locator('main [data-term][data-first]').count())
    await choose('density', 'section')
    expect(await underlined()).toBe(await page.locator('main [data-term][data-first-section]').count())
  })

  it('should step through the occurrences of a term chosen in the index', async () => {
    await page.locator('details.zg-index summary').click()
    const button = page.locator('[data-index="nvidia"]')
    const count = await page.locator('main [data-term="nvidia"]').count()
    expect(await button.textContent()).toContain(`${count} ×`)
    await button.click()
    expect(await page.locator('main [data-term].zg-hit').count()).toBe(count)
    const current = (): Promise<number> =>
      page.evaluate(() =>
        [...document.querySelectorAll('main [data-term="nvidia"]')].findIndex(
          (element) => element.classList.contains('zg-current') && element === document.activeElement
        )
      )
    expect(await current()).toBe(0)
    expect(await page.locator('.zg-step-label').textContent()).toBe(`英伟达: 1 of ${count}`)
    await page.locator('.zg-step[data-step="1"]').click()
    expect(await current()).toBe(1)
    await page.locator('.zg-step[data-step="-1"]').click()
    await page.locator('.zg-step[data-step="-1"]').click()
    expect(await current()).toBe(count - 1)
    await page.locator('.zg-step-close').click()
    expect(await page.locator('main .zg-hit').count()).toBe(0)
  })

  it('should remember the choices on the next visit', async () => {
    await choose('pinyin', 'all')
    await choose('density', 'all')
    await page.reload()
    expect(await page.locator('[data-setting="pinyin"]').inputValue()).toBe('all')
    expect(await page.evaluate(() => [document.documentElement.dataset['pinyin'], document.documentElement.dataset['density']])).toEqual([
      'all',
      'all'
    ])
    await page.evaluate(() => window.localStorage.clear())
  })

  it('should print the glossary instead of the tooltips, with every gloss of the index', async () => {
    expect(await displayed('.zg-print-glossary, main .zg-fn')).toBe(0)
    await page.emulateMedia({media: 'print'})
    expect(await displayed('.zg-print-glossary')).toBe(1)
    expect(await displayed('.zg-bar')).toBe(0)
    expect(await displayed('main .zg-fn')).toBe(await page.locator('main [data-term][data-first]').count())
    const printed = await page.locator('.zg-print-glossary').textContent()
    for (const id of await page
      .locator('[data-index]')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-index') ?? ''))) {
      expect(printed).toContain(glossary.gloss(id)?.gloss)
    }
    await page.emulateMedia({media: 'screen'})
  })

  it('should work where storage is refused', async () => {
    const refusing = await browser.newContext()
    await refusing.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('storage is disabled', 'SecurityError')
        }
      })
    })
    const other = await refusing.newPage()
    const errors: string[] = []
    other.on('pageerror', (error) => errors.push(error.message))
    await other.goto(urlOf('h200-exports'))
    expect(
      await other.evaluate(() =>
        Promise.resolve()
          .then(() => window.localStorage)
          .then(
            () => 'given',
            () => 'refused'
          )
      )
    ).toBe('refused')
    await other.locator('details.zg-options summary').click()
    await other.locator('[data-setting="pinyin"]').selectOption('none')
    expect(await other.evaluate(() => document.documentElement.dataset['pinyin'])).toBe('none')
    await other.hover('main p [data-term] >> nth=0')
    expect(await other.locator('.zg-tip:not([hidden])').count()).toBe(1)
    expect(errors).toEqual([])
    await refusing.close()
  })
})
