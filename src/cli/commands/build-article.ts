/**
 * Build one article: read it (from a file or standard input), analyse it
 * with its translation, render the selected files in memory, then write them
 * all at once (or the one file to standard output).
 */
import {basename, relative, resolve} from 'node:path'
import {setFlagsFromString} from 'node:v8'
import type {Glossary} from '../../glossary/create.js'
import {decodeArticle, readArticle, type Encoding} from '../../node/read-article.js'
import type {Inputs} from '../../node/guard-inputs.js'
import {writeFilesAtomically, type OutputItem} from '../../node/write-files.js'
import {explainOverflow, type Problem} from '../../core/problem.js'
import {analyzeArticle} from '../../article/analyze.js'
import {checkOf, type OutputContext, type OutputFile} from '../../render/formats.js'
import type {HandoutSettings} from '../../render/handout/settings.js'
import type {IndexItem} from '../../render/index-page.js'
import type {Io} from '../common/io.js'
import {problemsOfFile} from '../common/report-problems.js'
import {openDictionary} from '../../dictionary/store.js'
import {nameSources} from '../../node/name-sources.js'
import {isFile, translationOf} from './articles.js'

export {isFile, translationOf} from './articles.js'

/** The article path that means standard input. */
export const stdinPath = '-'

/** What every article of a build shares, from the flags. */
export interface BuildSettings {
  /** Output folder, or `-` for standard output. */
  out: string
  /** The glossary folder: an input no output may be written into. */
  glossary: string
  /** Gloss language. */
  lang: string
  /** Interface language. */
  ui: string
  /** Encoding of the articles. */
  encoding: Encoding
  /** The output files to write for each article. */
  files: readonly OutputFile[]
  /** Also print the handout as PDF. */
  pdf: boolean
  /** Handout settings: density, pinyin, bilingual, paper. (default: the handout's defaults) */
  handout?: HandoutSettings
  /** Print problems only. */
  quiet: boolean
  /** Remove the outputs of articles whose source is gone when the index is written. (default: `false`) */
  clean?: boolean
  /** Worker threads to build on. (default: one per core, for a folder of articles) */
  jobs?: number
}

/** One article built. */
export interface BuiltArticle {
  /** The article's line on the index page. */
  item: IndexItem
  /** Warnings about the article and its translation. */
  warnings: Problem[]
  /** Findings of the translation check by severity (none without a translation). */
  findings: {errors: number; warnings: number}
}

/** What building one article needs besides its path. */
export interface ArticleJob {
  glossary: Glossary
  settings: BuildSettings
  io: Io
  /** Inputs that outputs must never be written over or into. */
  inputs: Inputs
}

/** Characters (a Chinese character is three bytes of UTF-8) from which an article is long enough for its garbage, not its data, to set the peak memory. */
const longArticle = 128 * 1024

/**
 * Let the heap grow by a quarter between full collections instead of V8's
 * default of up to four times: a long article's parse and pages leave large
 * garbage behind, and with the default the 0.58 MB article's build peaked
 * at 410 MB of which the live data was at most 190 (see
 * docs/performance.md). It costs about 7% more CPU time on such an article;
 * short articles never ask for it. V8 reads the setting at every collection.
 */
function collectSooner(): void {
  setFlagsFromString('--heap-growing-percent=25')
}

/**
 * Build one article into `OUT/NAME/` (or its one file to standard output).
 *
 * @param path the article as the user named it, or `-` for standard input.
 * @param job the glossary, settings and outside world.
 * @returns the index line and warnings.
 * @throws ZhglossError when the article cannot be read or its files written.
 */
export async function buildArticle(path: string, job: ArticleJob): Promise<BuiltArticle> {
  const {glossary, settings, io} = job
  const fromStdin = path === stdinPath
  const shown = fromStdin ? '<stdin>' : path
  const markdown = fromStdin
    ? decodeArticle(await io.readStdin(), shown, settings.encoding)
    : await readArticle(resolve(io.cwd, path), settings.encoding)
  if (markdown.length >= longArticle) collectSooner()
  const article = await analyzeArticle(markdown, {glossary, path: shown})
  const name = fromStdin ? 'stdin' : basename(path).replace(/\.md$/i, '')
  const translationPath = fromStdin ? undefined : translationOf(resolve(io.cwd, path), settings.lang)
  const translation =
    translationPath && (await isFile(translationPath))
      ? await analyzeArticle(await readArticle(translationPath, 'utf-8'), {glossary, path: relative(io.cwd, translationPath)})
      : undefined
  const context: OutputContext = {
    name,
    article,
    glossary,
    lang: settings.lang,
    ui: settings.ui,
    dictionary: openDictionary(),
    ...(translation ? {translation, names: nameSources()} : {}),
    ...(settings.handout ? {handout: settings.handout} : {})
  }
  const render = async (output: OutputFile): Promise<string | Uint8Array> => {
    try {
      return await output.render(context)
    } catch (error) {
      throw explainOverflow(error, shown)
    }
  }
  // Each file is rendered when its turn to be written comes, so that a long article's outputs are not all held at once.
  const items: OutputItem[] = settings.files.map((output) => ({
    path: resolve(io.cwd, settings.out, name, output.file),
    content: () => render(output)
  }))
  if (settings.out === stdinPath) {
    for (const output of settings.files) io.stdout.write(await render(output))
  } else {
    await writeFilesAtomically(items, {inputs: job.inputs, cwd: io.cwd})
  }
  const warnings = [...problemsOfFile(article.file, shown), ...(translation ? problemsOfFile(translation.file, translation.path) : [])]
  // The report's own run of the bilingual checks where it was written: they are the dearest step of an article with a translation.
  const findings = translation ? checkOf(context).report.findings : []
  return {
    findings: {
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity !== 'error').length
    },
    item: {
      name,
      title: String(article.matter.title ?? name),
      terms: article.occurrences.length,
      files: items.map((item) => basename(item.path))
    },
    warnings
  }
}
