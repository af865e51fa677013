/**
 * The reader's weight and how long it takes to open: `reader.html` of the
 * 0.58 MB article against the article's bytes, and the reader of a 2 MB
 * article, built by `zhgloss build`, opened from disk in Chromium, timed
 * from the start of the navigation to its load event and to the first paint
 * (the browser's own Navigation and Paint Timing entries), the median of
 * several openings.
 */
import {mkdtemp, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {findChromium, launchChromium} from '../src/node/chromium.js'
import type {Setup} from './cases.js'
import {megabyte, memoryBytes} from './cases.js'
import {median, runNode} from './measure.js'
import type {Row} from './table.js'

/** The article size the target names. */
const pageBytes = 2 * megabyte
/** Openings of the page; the median is reported. */
const openings = 3
/** How long one opening may take before the page is reported as not loaded. */
const patience = 30_000

/** Timings of one opening, in milliseconds from the start of navigation. */
interface Opening {
  load: number
  paint: number
}

/**
 * Build the reader of a 2 MB article and time its opening in Chromium.
 *
 * @param repo the repository folder.
 * @param setup the corpora.
 * @returns the rows (none when no Chromium is found).
 */
export async function browserRows(repo: string, setup: Setup): Promise<Row[]> {
  const weight = await readerWeight(repo, setup)
  const executable = findChromium(process.env)
  if (!executable) return [weight, {name: 'reader of a 2 MB article in Chromium: no Chromium found (set CHROMIUM_PATH)', ms: NaN}]
  const out = await mkdtemp(join(tmpdir(), 'zhgloss-bench-page-'))
  try {
    const article = join(out, 'two.md')
    await writeFile(article, setup.corpus(pageBytes))
    await runNode([join('bin', 'zhgloss.js'), 'build', article, '--out', out, '--format', 'reader', '--quiet'], repo)
    const times = await openPage(executable, pathToFileURL(join(out, 'two', 'reader.html')).href)
    if (times === undefined)
      return [
        weight,
        {name: `reader of a 2 MB article in Chromium: not loaded within ${patience / 1000} s`, ms: NaN, target: '≤ 3000 ms', ok: false}
      ]
    const load = median(times.map((time) => time.load))
    const paint = median(times.map((time) => time.paint))
    return [
      weight,
      {name: 'reader of a 2 MB article in Chromium: first paint (wall)', ms: paint, target: '≤ 3000 ms', ok: paint <= 3000},
      {name: 'reader of a 2 MB article in Chromium: load event (wall)', ms: load, target: '≤ 3000 ms', ok: load <= 3000}
    ]
  } finally {
    await rm(out, {recursive: true, force: true})
  }
}

/** Read in the page: the Navigation Timing load event and the first paint, from the start of navigation. */
const timings = `(() => {
  const navigation = performance.getEntriesByType('navigation')[0]
  const paint = performance.getEntriesByName('first-paint')[0] ?? performance.getEntriesByName('first-contentful-paint')[0]
  return {load: navigation ? navigation.loadEventStart : NaN, paint: paint ? paint.startTime : NaN}
})()`

/** Open a page several times in a fresh tab each, reading the browser's timings; undefined when it does not load in time. */
async function openPage(executable: string, url: string): Promise<Opening[] | undefined> {
  const browser = await launchChromium(executable)
  try {
    const times: Opening[] = []
    for (let round = 0; round < openings; round++) {
      const page = await browser.newPage()
      const loaded = await page.goto(url, {waitUntil: 'load', timeout: patience}).then(
        () => true,
        () => false
      )
      if (!loaded) return undefined
      times.push(await page.evaluate<Opening>(timings))
      await page.close()
    }
    return times
  } finally {
    await browser.close()
  }
}

/**
 * The weight of the 0.58 MB article's `reader.html` against the article's bytes.
 *
 * @param repo the repository folder.
 * @param setup the corpora.
 * @returns the row.
 */
async function readerWeight(repo: string, setup: Setup): Promise<Row> {
  const out = await mkdtemp(join(tmpdir(), 'zhgloss-bench-weight-'))
  try {
    const article = join(out, 'large.md')
    await writeFile(article, setup.corpus(memoryBytes))
    await runNode([join('bin', 'zhgloss.js'), 'build', article, '--out', out, '--format', 'reader', '--quiet'], repo)
    const ratio = (await stat(join(out, 'large', 'reader.html'))).size / (await stat(article)).size
    return {
      name: 'reader.html of the 0.58 MB article, against its bytes',
      ms: NaN,
      ratio,
      against: 'article',
      target: '≤ 4',
      ok: ratio <= 4
    }
  } finally {
    await rm(out, {recursive: true, force: true})
  }
}
