/**
 * `handout.pdf`: the handout printed by headless Chromium, on the paper its
 * style sheet names, with the page numbers its `@page` margin boxes draw.
 * Where Chromium is missing, the build goes on and says how to get it.
 */
import {readFile, stat} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import type {Browser} from 'playwright-core'
import {ZhglossError, type Problem} from '../core/problem.js'
import type {PaperSize} from '../render/handout/style.js'
import {chromiumHint, findChromium, launchChromium} from './chromium.js'
import {type3Warning} from './pdf-fonts.js'
import {writeFilesAtomically, type WriteGuard} from './write-files.js'

/** Options of `printPdf`. */
export interface PdfOptions {
  /** Paper, used where the page's CSS names none. (default: `'a4'`) */
  paper?: PaperSize
}

/**
 * Print an HTML document to PDF.
 *
 * @param browser a running Chromium.
 * @param html the self-contained document.
 * @param options the paper.
 * @returns the PDF's bytes.
 */
export async function printPdf(browser: Browser, html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const page = await browser.newPage()
  try {
    await page.setContent(html, {waitUntil: 'load'})
    // Printing before the CJK fonts are loaded would lay the text out in a fallback font;
    // a page with an in-page script (the handout's line numbers) says in `zgReady` when it has placed what it measures.
    await page.evaluate('document.fonts.ready.then(() => window.zgReady).then(() => true)')
    return await page.pdf({
      format: options.paper === 'letter' ? 'Letter' : 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: false,
      outline: true,
      tagged: true
    })
  } finally {
    await page.close()
  }
}

/**
 * The number of pages of a PDF as Chromium writes it: one `/Type /Page`
 * dictionary per page, none of them inside a compressed object stream.
 *
 * @param pdf the PDF's bytes.
 * @returns the page count.
 */
export function countPages(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf)
  return [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length
}

/** File times lag the clock by up to a kernel tick; a second's slack keeps a handout just written from looking old. */
const clockSlack = 1000

/** Options of `printHandouts`. */
export interface PrintHandoutsOptions {
  /** The output folder, as the user named it (for messages). */
  out: string
  /** The working folder `out` is relative to. */
  cwd: string
  /** The articles' names: folders under `out`. */
  names: readonly string[]
  /** Environment variables, for `CHROMIUM_PATH`. */
  env: Readonly<Record<string, string | undefined>>
  /** Time (ms since the epoch) the build started: an older `handout.html` is left over from an earlier build and not printed. (default: `0`) */
  since?: number
  /** Paper. (default: `'a4'`) */
  paper?: PaperSize
  /** The inputs the PDFs must never be written over or into. (default: none) */
  guard?: WriteGuard
  /**
   * Find the Chromium to print with. (default: `findChromium`: `CHROMIUM_PATH`, else Debian's)
   *
   * @param env the environment variables.
   * @returns the executable's path, or undefined when there is none.
   */
  findExecutable?: (env: Readonly<Record<string, string | undefined>>) => string | undefined
  /**
   * Say what was printed.
   *
   * @param line one line of progress.
   */
  say?: (line: string) => void
  /**
   * Hear of each article whose PDF was written, so the index can link it.
   *
   * @param name the article's name.
   */
  printed?: (name: string) => void
}

/**
 * Print `OUT/NAME/handout.pdf` from each `OUT/NAME/handout.html` this build
 * wrote, with one Chromium for all of them; the PDFs are written together,
 * whole or not at all.
 *
 * @param options where the handouts are, and how to print them.
 * @returns problems (warnings when Chromium is missing, a handout was not built, or a PDF holds Type 3 fonts).
 */
export async function printHandouts(options: PrintHandoutsOptions): Promise<Problem[]> {
  const handouts = await freshHandouts(options)
  const problems = handouts.missing.map(
    (name): Problem => ({
      file: join(options.out, name, 'handout.pdf'),
      message: 'not printed: this build wrote no handout.html to print it from; include handout in --format',
      rule: 'pdf-no-handout',
      severity: 'warning'
    })
  )
  if (handouts.found.length === 0) return problems
  const executable = (options.findExecutable ?? findChromium)(options.env)
  if (!executable) {
    return [
      ...problems,
      {
        file: join(options.out, 'handout.pdf'),
        message: `not printed: no Chromium found; ${chromiumHint}. Every other output was written.`,
        rule: 'chromium-missing',
        severity: 'warning'
      }
    ]
  }
  let browser: Browser
  try {
    browser = await launchChromium(executable)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unknown error'
    return [
      ...problems,
      {
        file: executable,
        message: `cannot start Chromium (${reason}); ${chromiumHint}. Every other output was written.`,
        rule: 'chromium-failed',
        severity: 'warning'
      }
    ]
  }
  try {
    const items = []
    for (const handout of handouts.found) {
      const pdf = await printPdf(browser, handout.html, options.paper ? {paper: options.paper} : {})
      items.push({
        name: handout.name,
        path: resolve(options.cwd, options.out, handout.name, 'handout.pdf'),
        content: pdf,
        shown: join(options.out, handout.name, 'handout.pdf'),
        pages: countPages(pdf)
      })
    }
    await writeFilesAtomically(items, options.guard)
    for (const item of items) {
      options.say?.(`${item.shown}: ${item.pages} page${item.pages === 1 ? '' : 's'}`)
      options.printed?.(item.name)
      const fonts = type3Warning(item.content, item.shown)
      if (fonts) problems.push(fonts)
    }
  } catch (error) {
    if (!(error instanceof ZhglossError)) throw error
    problems.push(...error.problems)
  } finally {
    await browser.close()
  }
  return problems
}

/**
 * The handouts this build wrote, and the names that have none.
 *
 * @param options the folder, names and build start.
 * @returns the handouts' HTML by name, and the names without a fresh handout.
 */
async function freshHandouts(options: PrintHandoutsOptions): Promise<{found: Array<{name: string; html: string}>; missing: string[]}> {
  const found: Array<{name: string; html: string}> = []
  const missing: string[] = []
  for (const name of options.names) {
    const path = resolve(options.cwd, options.out, name, 'handout.html')
    const written = await stat(path).then(
      (info) => info.mtimeMs,
      () => undefined
    )
    if (written === undefined || written < (options.since ?? 0) - clockSlack) missing.push(name)
    else found.push({name, html: await readFile(path, 'utf8')})
  }
  return {found, missing}
}
