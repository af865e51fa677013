/**
 * The reader for real classes, measured in Chromium: ruby that keeps the
 * line, pinyin size and the text-size control, full-text pinyin aligned
 * syllable over character, clean copy, one Tab stop with arrow keys and a
 * skip link, what the accessibility tree announces, a 360-pixel phone, and
 * no layout shift. Each test on a page of its own.
 */
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {analyzeArticle} from '../../src/article/analyze.js'
import type {Glossary} from '../../src/glossary/create.js'
import {launchChromium} from '../../src/node/chromium.js'
import {loadGlossary} from '../../src/node/load-glossary.js'
import {renderReader} from '../../src/render/reader/page.js'
import {chromiumPath, skipBrowser} from '../support/browser.js'

let glossary: Glossary
let browser: Browser
let folder: string
let url: string
let page: Page

beforeAll(async () => {
  if (skipBrowser) return
  glossary = await loadGlossary('glossary')
  folder = await mkdtemp(join(tmpdir(), 'zhgloss-class-'))
  const read = async (path: string) => analyzeArticle(await readFile(path, 'utf8'), {glossary, path})
  const html = renderReader(await read('articles/h200-exports.md'), {glossary, translation: await read('articles/h200-exports.en.md')})
  await writeFile(join(folder, 'reader.html'), html)
  // The page as a slow phone has it before the first translation row is parsed.
  await writeFile(join(folder, 'partial.html'), html.slice(0, html.indexOf('<div class="zg-row"')))
  url = pathToFileURL(join(folder, 'reader.html')).href
  browser = await launchChromium(chromiumPath ?? '')
})

afterAll(async () => {
  await browser?.close()
  if (folder) await rm(folder, {recursive: true, force: true})
})

afterEach(async () => {
  await page?.context().close()
})

/** The reader on a page of its own, in a fresh context (nothing stored). */
async function open(width = 1366, height = 900): Promise<Page> {
  const context = await browser.newContext({viewport: {width, height}, hasTouch: true})
  page = await context.newPage()
  await page.goto(url)
  return page
}

/** Set a reading option as a reader would. */
async function choose(setting: string, value: string): Promise<void> {
  await page.locator('details.zg-options summary').click()
  const control = page.locator(`[data-setting="${setting}"]`)
  if ((await control.getAttribute('type')) === 'checkbox') await control.setChecked(value === 'on')
  else await control.selectOption(value)
  await page.locator('details.zg-options summary').click()
}

/** The advance of each character of every displayed term ruby (distance from one character's left edge to the next's), in pixels. */
function termAdvances(): Promise<number[][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main [data-term][data-first-section] > ruby')].map((ruby) => {
      const lefts: number[] = []
      const walker = document.createTreeWalker(ruby, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('rt, rp')) continue
        for (let i = 0; i < (node.textContent ?? '').length; i++) {
          const range = document.createRange()
          range.setStart(node, i)
          range.setEnd(node, i + 1)
          lefts.push(range.getBoundingClientRect().left)
        }
      }
      return lefts.slice(1).map((left, i) => left - (lefts[i] ?? 0))
    })
  )
}

describe.skipIf(skipBrowser)('ruby that keeps the line', () => {
  it('should keep the advance of a term’s characters within 5% with its pinyin shown', async () => {
    await open()
    const withPinyin = await termAdvances()
    expect(await page.locator('main [data-term][data-first-section] > ruby > rt:visible').count()).toBeGreaterThan(10)
    await choose('pinyin', 'none')
    const without = await termAdvances()
    const ratios = withPinyin.flatMap((advances, i) => advances.map((advance, j) => advance / (without[i]?.[j] ?? Number.NaN)))
    expect(ratios.length).toBeGreaterThan(20)
    for (const ratio of ratios) expect(Math.abs(ratio - 1)).toBeLessThanOrEqual(0.05)
  })

  it('should print pinyin at 10 px or more, and grow the text with the size control', async () => {
    await open()
    const sizes = await page
      .locator('main rt:visible')
      .evaluateAll((readings) => readings.map((reading) => Number.parseFloat(getComputedStyle(reading).fontSize)))
    expect(sizes.length).toBeGreaterThan(10)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10)
    const textSize = () =>
      page
        .locator('main p')
        .first()
        .evaluate((p) => Number.parseFloat(getComputedStyle(p).fontSize))
    const before = await textSize()
    await choose('size', '130')
    expect((await textSize()) / before).toBeCloseTo(1.3, 2)
  })
})

describe.skipIf(skipBrowser)('pinyin over all text', () => {
  it('should come from compact readings, not from a ruby per character in the page as served', async () => {
    const html = await readFile(join(folder, 'reader.html'), 'utf8')
    expect(html.match(/class="zg-py/g) ?? []).toEqual([])
    expect(html).toContain('id="zg-readings"')
  })

  it('should set each syllable centred over its character, in cells of one width', async () => {
    await open()
    await choose('textPinyin', 'on')
    await page.locator('main[data-readings="shown"]').waitFor({state: 'attached'})
    const cells = await page.locator('main p .zg-py').evaluateAll((rubies) =>
      rubies.slice(0, 400).map((ruby) => {
        const base = document.createRange()
        base.setStart(ruby.firstChild!, 0)
        base.setEnd(ruby.firstChild!, 1)
        const character = base.getBoundingClientRect()
        const reading = ruby.querySelector('rt')!.getBoundingClientRect()
        return {
          width: ruby.getBoundingClientRect().width,
          offset: reading.left + reading.width / 2 - (character.left + character.width / 2),
          above: reading.bottom <= character.top + 1
        }
      })
    )
    expect(cells.length).toBe(400)
    const widths = new Set(cells.map((cell) => Math.round(cell.width * 10)))
    expect(widths.size).toBe(1)
    for (const cell of cells) {
      expect(Math.abs(cell.offset)).toBeLessThanOrEqual(1)
      expect(cell.above).toBe(true)
    }
    // Punctuation stays on the line of its character: no line starts with a comma.
    const kept = await page.locator('main p .zg-keep').evaluateAll((spans) =>
      spans.map((span) => ({
        text: span.textContent ?? '',
        lines: new Set([...span.getClientRects()].map((rect) => Math.round(rect.top))).size
      }))
    )
    expect(kept.filter((span) => /[，。、]/.test(span.text)).length).toBeGreaterThan(20)
    expect(kept.filter((span) => span.lines > 1)).toEqual([])
  })
})

describe.skipIf(skipBrowser)('tone colours', () => {
  it('should colour a term’s characters by tone only where the readings agree with its pinyin', async () => {
    await open()
    const tones = (id: string) =>
      page
        .locator(`main [data-term="${id}"] > ruby`)
        .first()
        .evaluate((ruby) => [...ruby.querySelectorAll('span')].map((span) => span.className))
    expect(await tones('nvidia')).toEqual([])
    await choose('tones', 'on')
    expect(await tones('nvidia')).toEqual(['zg-t1', 'zg-t3', 'zg-t2'])
    // The glossary and the text reading agree on 华为 Huáwéi (huá wéi), so it is coloured too.
    expect(await tones('huawei')).toEqual(['zg-t2', 'zg-t2'])
    const colour = await page
      .locator('main [data-term="nvidia"] .zg-t1')
      .first()
      .evaluate((span) => getComputedStyle(span).color)
    expect(colour).not.toBe(
      await page
        .locator('main p')
        .first()
        .evaluate((p) => getComputedStyle(p).color)
    )
  })
})

describe.skipIf(skipBrowser)('clean copy', () => {
  /** Copy the first paragraph's contents as the browser would, and return what lands on the clipboard. */
  const copyParagraph = (): Promise<{copied: string; expected: string}> =>
    page.evaluate(() => {
      const paragraph = document.querySelector('main p:has([data-term] rt)')!
      const range = document.createRange()
      range.selectNodeContents(paragraph)
      const selection = document.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      const data = new DataTransfer()
      paragraph.dispatchEvent(new ClipboardEvent('copy', {clipboardData: data, bubbles: true, cancelable: true}))
      const bare = paragraph.cloneNode(true) as Element
      for (const extra of bare.querySelectorAll('rt, rp, [data-added]')) extra.remove()
      return {copied: data.getData('text/plain'), expected: bare.textContent ?? ''}
    })

  it('should copy the Chinese only, and the pinyin in parentheses when asked', async () => {
    await open()
    const plain = await copyParagraph()
    expect(plain.copied).toBe(plain.expected)
    expect(plain.copied).toContain('特朗普')
    await choose('copyPinyin', 'on')
    const withPinyin = await copyParagraph()
    expect(withPinyin.copied).toContain('特朗普(Tèlǎngpǔ)')
  })
})

describe.skipIf(skipBrowser)('keyboard and screen reader', () => {
  it('should make the article one Tab stop, reached by the skip link', async () => {
    await open()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('zg-skip')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    // Leaving the article takes one Tab, plus one for each of the article's own links.
    const stops: string[] = []
    for (let tabs = 0; tabs < 200; tabs++) {
      await page.keyboard.press('Tab')
      const stop = await page.evaluate(() => {
        const active = document.activeElement
        if (!active?.closest('main')) return undefined
        return active.hasAttribute('data-term') ? 'term' : active.tagName.toLowerCase()
      })
      if (stop === undefined) break
      stops.push(stop)
    }
    const links = await page.locator('main a[href]').count()
    expect(stops).toEqual(Array.from({length: links}, () => 'a'))
  })

  it('should announce a paragraph with three terms as text, each term with its short description', async () => {
    await open()
    const session = await page.context().newCDPSession(page)
    await session.send('Accessibility.enable')
    const {nodes} = (await session.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{nodeId: string; role?: {value: string}; name?: {value: string}; description?: {value: string}; childIds?: string[]}>
    }
    const byId = new Map(nodes.map((node) => [node.nodeId, node]))
    const below = (id: string): typeof nodes => {
      const node = byId.get(id)
      return node ? [node, ...(node.childIds ?? []).flatMap(below)] : []
    }
    const paragraph = nodes.find(
      (node) => node.role?.value === 'paragraph' && below(node.nodeId).filter((child) => child.description?.value).length >= 3
    )
    expect(paragraph).toBeDefined()
    const inside = below(paragraph!.nodeId)
    expect(inside.map((node) => node.role?.value)).not.toContain('button')
    const described = inside.filter((node) => node.description?.value)
    expect(described.length).toBeGreaterThanOrEqual(3)
    const note = glossary.gloss('nvidia')?.note ?? ''
    for (const node of described) {
      expect(node.description!.value.length).toBeLessThan(120)
      if (note) expect(node.description!.value).not.toContain(note)
    }
    const langs = await page
      .locator('#t-nvidia')
      .evaluate((tip) => [...tip.querySelectorAll('[lang]')].map((part) => part.getAttribute('lang')))
    expect(langs).toEqual(expect.arrayContaining(['zh', 'zh-Latn-pinyin']))
    expect(
      await page
        .locator('[role="tooltip"]')
        .first()
        .evaluate((tip) => tip.closest('[lang]')?.getAttribute('lang'))
    ).toBe('en')
  })
})

describe.skipIf(skipBrowser)('the note on request', () => {
  it('should read the note out through the live region when Enter is pressed on a term', async () => {
    await open()
    const nvidia = page.locator('main [data-term="nvidia"]').first()
    await nvidia.focus()
    expect(await page.locator('.zg-live').textContent()).toBe('')
    await page.keyboard.press('Enter')
    expect(await page.locator('.zg-live').textContent()).toContain(glossary.gloss('nvidia')?.note ?? 'no note')
    expect(await page.locator('.zg-live').getAttribute('aria-live')).toBe('polite')
  })
})

describe.skipIf(skipBrowser)('a 360-pixel phone', () => {
  it('should keep the term index and the stepper on one line an entry, and close the index after a choice', async () => {
    await open(360, 740)
    await page.locator('details.zg-index summary').tap()
    const heights = await page
      .locator('.zg-index button')
      .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().height))
    const lineHeight = await page
      .locator('.zg-index button')
      .first()
      .evaluate((button) => Number.parseFloat(getComputedStyle(button).lineHeight))
    expect(Math.max(...heights)).toBeLessThan(lineHeight * 3)
    await page.locator('[data-index="nvidia"]').tap()
    expect(await page.locator('details.zg-index').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false)
    const stepper = await page.locator('.zg-stepper').boundingBox()
    expect(stepper!.width).toBeGreaterThan(300)
    expect(stepper!.height).toBeLessThan(60)
  })

  it('should answer a tap on an English rendering with the tooltip of its term', async () => {
    await open(360, 740)
    await page.locator('.zg-en [data-rendering="nvidia"]').first().scrollIntoViewIfNeeded()
    await page.locator('.zg-en [data-rendering="nvidia"]').first().tap()
    expect(await page.locator('.zg-tip:not([hidden]) [role="tooltip"]').getAttribute('id')).toMatch(/^t-nvidia/)
  })

  it('should show a hint on the first visit only', async () => {
    await open(360, 740)
    await expect.poll(() => page.locator('.zg-hint').isVisible()).toBe(true)
    await page.locator('.zg-hint button').tap()
    await page.reload()
    expect(await page.locator('.zg-hint').isVisible()).toBe(false)
  })
})

/**
 * Layout shifts once the page as served is parsed, summed when the page has settled
 * (loaded, main thread idle, two frames drawn). A slow or busy machine makes
 * Chromium paint a half-parsed page, which then moves as the rest arrives: that
 * depends on the machine, not on the page, so shifts before the end of parsing
 * (domInteractive) are left out. What the script and the styles do to the
 * page as served is all counted, whenever it happens.
 *
 * @returns the sum of the shifts and the elements that moved.
 */
function shiftAfterParse(): Promise<{total: number; sources: string[]}> {
  return page.evaluate(async () => {
    if (document.readyState !== 'complete') await new Promise((resolve) => window.addEventListener('load', resolve, {once: true}))
    await new Promise((resolve) => requestIdleCallback(resolve, {timeout: 5000}))
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve))
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    const parsed = navigation?.domInteractive ?? 0
    const entries: PerformanceEntry[] = []
    const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()))
    observer.observe({type: 'layout-shift', buffered: true})
    await new Promise((resolve) => setTimeout(resolve, 0))
    await new Promise((resolve) => requestAnimationFrame(resolve))
    entries.push(...observer.takeRecords())
    observer.disconnect()
    let total = 0
    const sources: string[] = []
    for (const entry of entries) {
      const shift = entry as unknown as {value: number; sources?: Array<{node?: Node | null}>}
      if (entry.startTime < parsed) continue
      total += shift.value
      for (const source of shift.sources ?? []) sources.push(source.node?.nodeName ?? '?')
    }
    return {total, sources}
  })
}

describe.skipIf(skipBrowser)('layout shift', () => {
  it('should give the page its two-column width before the first translation row is parsed', async () => {
    const width = async (): Promise<string> => page.evaluate(() => getComputedStyle(document.body).maxWidth)
    await open(1366, 800)
    const full = await width()
    await page.goto(url.replace(/reader\.html$/, 'partial.html'))
    expect(await page.locator('.zg-row').count()).toBe(0)
    expect(await width()).toBe(full)
  })

  for (const width of [1366, 360]) {
    it(`should not move the article when the page starts, at ${width} px`, async () => {
      await open(width, 800)
      const shift = await shiftAfterParse()
      expect(shift.total, `shifted: ${shift.sources.join(', ')}`).toBeLessThan(0.01)
    })
  }
})
