/**
 * `npm run screenshots`: photograph the built reader (and the handout, where
 * it was built) in Chromium for the README: wide light, wide dark, phone, a
 * tooltip open, print preview. Run after `zhgloss build`; the npm script
 * does both. Usage: `node .cache/screenshots.mjs [NAME] [--dist DIR] [--out DIR]`.
 */
import {existsSync} from 'node:fs'
import {mkdir} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {chromiumHint, findChromium, launchChromium} from '../src/node/chromium.js'

/** What to photograph and where the pictures go. */
interface Settings {
  /** The article's folder name in the output folder. (default: `'h200-exports'`) */
  name: string
  /** The build's output folder. (default: `'dist'`) */
  dist: string
  /** Where the PNGs go. (default: `'docs/screenshots'`) */
  out: string
}

/** One picture: how to set the page up, and its file name. */
interface Shot {
  file: string
  width: number
  height: number
  colorScheme: 'light' | 'dark'
  /** Device pixels per CSS pixel. (default: 1) */
  scale?: number
  /** Print media instead of screen. (default: false) */
  print?: boolean
  /** Keep the first-visit hint in the picture. (default: false: it is dismissed, as a returning reader sees the page) */
  hint?: boolean
  /**
   * Bring the page into the state to photograph.
   *
   * @param page the loaded page.
   * @returns when done.
   */
  prepare?: (page: Page) => Promise<void>
}

const readerShots: Shot[] = [
  {file: 'reader-wide-light.png', width: 1366, height: 900, colorScheme: 'light', prepare: openOptions},
  {file: 'reader-wide-dark.png', width: 1366, height: 900, colorScheme: 'dark', prepare: scrollToSecondSection},
  {file: 'reader-phone.png', width: 360, height: 740, colorScheme: 'light', scale: 2, hint: true},
  {file: 'reader-phone-dark.png', width: 360, height: 740, colorScheme: 'dark', scale: 2, prepare: phonePinyin},
  {file: 'reader-tooltip.png', width: 1100, height: 700, colorScheme: 'light', prepare: hoverTerm},
  {file: 'reader-pinyin-tones.png', width: 1100, height: 700, colorScheme: 'light', prepare: pinyinWithTones},
  {file: 'reader-index.png', width: 1100, height: 700, colorScheme: 'dark', prepare: stepThroughTerm},
  {file: 'reader-print.png', width: 794, height: 1123, colorScheme: 'light', print: true},
  {file: 'reader-print-glossary.png', width: 794, height: 1123, colorScheme: 'light', print: true, prepare: scrollToGlossary}
]

const handoutShot: Shot = {file: 'handout.png', width: 900, height: 1200, colorScheme: 'light'}

/**
 * Read the command line.
 *
 * @param argv the arguments after the script.
 * @returns the settings.
 */
function settingsOf(argv: readonly string[]): Settings {
  const settings: Settings = {name: 'h200-exports', dist: 'dist', out: join('docs', 'screenshots')}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--dist') settings.dist = argv[++i] ?? settings.dist
    else if (arg === '--out') settings.out = argv[++i] ?? settings.out
    else if (arg !== undefined) settings.name = arg
  }
  return settings
}

/**
 * Take every picture of one page.
 *
 * @param browser the browser.
 * @param file the HTML file.
 * @param shots the pictures.
 * @param out the folder for the PNGs.
 * @returns the files written.
 */
async function photograph(browser: Browser, file: string, shots: readonly Shot[], out: string): Promise<string[]> {
  const written: string[] = []
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: {width: shot.width, height: shot.height},
      deviceScaleFactor: shot.scale ?? 1,
      colorScheme: shot.colorScheme
    })
    const page = await context.newPage()
    await page.route('**', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()))
    await page.emulateMedia({media: shot.print ? 'print' : 'screen', colorScheme: shot.colorScheme})
    await page.goto(pathToFileURL(file).href)
    // A screenshot does not draw the @page margin that paper has; this stands in for it.
    if (shot.print) await page.addStyleTag({content: 'body { padding: 16mm !important; }'})
    if (!shot.hint && (await page.locator('.zg-hint').isVisible())) await page.locator('.zg-hint button').click()
    await shot.prepare?.(page)
    const path = join(out, shot.file)
    await page.screenshot({path})
    written.push(path)
    await context.close()
  }
  return written
}

/**
 * Open the reading options, so the picture shows them.
 *
 * @param page the loaded page.
 * @returns when done.
 */
async function openOptions(page: Page): Promise<void> {
  await page.click('.zg-options summary')
}

/**
 * Show a part with headings and terms in both languages.
 *
 * @param page the loaded page.
 * @returns when done.
 */
async function scrollToSecondSection(page: Page): Promise<void> {
  await page
    .locator('main h3')
    .first()
    .evaluate((heading) => {
      heading.scrollIntoView({block: 'start'})
      window.scrollBy(0, -40)
    })
}

/**
 * Point at a term in the body of the text, so that its tooltip is open.
 *
 * @param page the loaded page.
 * @returns when done.
 */
async function hoverTerm(page: Page): Promise<void> {
  const term = page.locator('main p [data-term]').nth(1)
  await term.evaluate((element) => element.scrollIntoView({block: 'center'}))
  await term.hover()
}

/**
 * Turn on pinyin over all the text, with tone colours.
 *
 * @param page the loaded page.
 * @returns when done.
 */
async function pinyinWithTones(page: Page): Promise<void> {
  await page.click('.zg-options summary')
  await page.check('[data-setting="textPinyin"]')
  await page.check('[data-setting="tones"]')
  await page.click('.zg-options summary')
}

/**
 * Choose a term in the index and step to its second occurrence.
 *
 * @param page the loaded page.
 * @returns when done.
 */
async function stepThroughTerm(page: Page): Promise<void> {
  await page.click('.zg-index summary')
  await page.click('[data-index="nvidia"]')
  await page.click('.zg-step[data-step="1"]')
}

/**
 * Show the printed glossary at the end.
 *
 * @param page the loaded page.
 * @returns when done.
 */
async function scrollToGlossary(page: Page): Promise<void> {
  await page.locator('.zg-print-glossary').evaluate((section) => section.scrollIntoView({block: 'start'}))
}

/**
 * Photograph the reader, and the handout where one was built.
 *
 * @param argv the arguments after the script.
 * @returns the exit code.
 */
async function main(argv: readonly string[]): Promise<number> {
  const settings = settingsOf(argv)
  const reader = resolve(settings.dist, settings.name, 'reader.html')
  if (!existsSync(reader)) {
    console.error(`${reader}: not found; build it first (npm start), or name a built article`)
    return 2
  }
  const executable = findChromium(process.env)
  if (!executable) {
    console.error(`screenshots: no Chromium; ${chromiumHint}`)
    return 2
  }
  await mkdir(settings.out, {recursive: true})
  const browser = await launchChromium(executable)
  try {
    const written = await photograph(browser, reader, readerShots, settings.out)
    const handout = resolve(settings.dist, settings.name, 'handout.html')
    if (existsSync(handout)) written.push(...(await photograph(browser, handout, [handoutShot], settings.out)))
    for (const path of written) console.log(path)
    return 0
  } finally {
    await browser.close()
  }
}

process.exitCode = await main(process.argv.slice(2))

/**
 * On a phone in the dark: full-text pinyin with tone colours, scrolled to the first paragraph.
 *
 * @param page the loaded page.
 * @returns when done.
 */
async function phonePinyin(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const setting of ['textPinyin', 'tones']) {
      const control = document.querySelector<HTMLInputElement>(`[data-setting="${setting}"]`)
      if (!control) continue
      control.checked = true
      control.dispatchEvent(new Event('change'))
    }
  })
  await page.locator('main[data-readings="shown"]').waitFor({state: 'attached'})
  await page
    .locator('main p')
    .first()
    .evaluate((paragraph) => paragraph.scrollIntoView({block: 'start'}))
}
