/**
 * A build of several articles: each built in turn, a bad one reported while
 * the others still build, then `OUT/index.html` over every article built so
 * far. `build --watch` keeps one session and builds again what changed.
 */
import {readFile} from 'node:fs/promises'
import {join, relative, resolve} from 'node:path'
import type {Glossary} from '../../glossary/create.js'
import {writeFilesAtomically} from '../../node/write-files.js'
import {ZhglossError, type Problem} from '../../core/problem.js'
import {renderIndex, type IndexItem} from '../../render/index-page.js'
import {mergeVocabularyTsv} from '../../render/vocabulary.js'
import type {Io} from '../common/io.js'
import type {Progress} from '../common/progress.js'
import type {Inputs} from '../../node/guard-inputs.js'
import {buildArticle, stdinPath, translationOf, type ArticleJob, type BuildSettings} from './build-article.js'
import {startWorkers, threadsFor, type Outcome, type WorkerPool, type WorkerSetup} from './build-pool.js'
import {cleanGone, formatManifest, manifestName, readManifest, type IndexEntry} from './build-index.js'
import {displayPath} from './shared.js'

/** What one round of building did. */
export interface RoundResult {
  /** Articles built. */
  built: number
  /** Term occurrences found in them. */
  terms: number
  /** Warnings reported. */
  warnings: number
  /** Findings of the translation checks (report.json), by severity. */
  findings: {errors: number; warnings: number}
  /** Errors that stopped an article (or the index). */
  failures: Problem[]
}

/** A build that can run again on some of its articles. */
export interface BuildSession {
  /**
   * Build articles and rewrite the index.
   *
   * @param paths the articles, as the user named them.
   * @param glossary the glossary to build with.
   * @param pool workers started for these articles (see `startPool`); without it, workers are started here when the articles are many.
   * @returns the counts and failures.
   */
  build(paths: readonly string[], glossary: Glossary, pool?: WorkerPool): Promise<RoundResult>
  /**
   * Add a file written after the build (handout.pdf) to the index's links and rewrite the index.
   *
   * @param names the articles' names.
   * @param file the file name inside each article's folder.
   */
  link(names: readonly string[], file: string): Promise<void>
  /**
   * Keep only these articles on the index (the others were deleted) and rewrite it when that drops any.
   *
   * @param paths the articles that still exist, as the user named them.
   * @returns the names dropped from the index.
   */
  retain(paths: readonly string[]): Promise<string[]>
  /** Where the built files are, for the summary: the index page, or undefined when nothing was written to a folder. */
  where(): string | undefined
}

/**
 * Start a build session.
 *
 * @param settings the settings from the flags.
 * @param io the outside world.
 * @param progress where to say what happens.
 * @returns the session.
 */
export function createBuildSession(settings: BuildSettings, io: Io, progress: Progress): BuildSession {
  const items = new Map<string, IndexItem>()
  const toStdout = settings.out === stdinPath
  const indexPath = join(settings.out, 'index.html')

  const dropped = new Set<string>()

  /** Write the index over every article in the output folder. */
  const writeIndex = (inputs: Inputs): Promise<void> => writeFolderIndex({settings, io, progress, items, dropped, inputs})

  return {
    async build(paths, glossary, given) {
      const inputs = buildInputs(paths, settings)
      const result: RoundResult = {built: 0, terms: 0, warnings: 0, findings: {errors: 0, warnings: 0}, failures: []}
      const pool = given ?? (toStdout || paths.includes(stdinPath) ? undefined : startPool(paths.length, settings, io))
      if (pool) progress.say(`Building ${paths.length} articles on ${pool.threads} threads`)
      try {
        let index = 0
        for await (const outcome of outcomesOf(paths, pool, {glossary, settings, io, inputs})) {
          const path = paths[index] ?? ''
          index++
          progress.start(index, paths.length, path)
          if ('problems' in outcome) {
            const problems = outcome.problems.map((problem) => ({...problem, file: displayPath(problem.file, io.cwd)}))
            result.failures.push(...problems)
            progress.problems(problems)
            continue
          }
          const {item, warnings, findings} = outcome.built
          result.findings.errors += findings.errors
          result.findings.warnings += findings.warnings
          items.set(path, item)
          dropped.delete(item.name)
          result.built++
          result.terms += item.terms
          result.warnings += warnings.length
          progress.problems(warnings)
          if (!toStdout)
            progress.say(`${join(settings.out, item.name)}/: ${item.files.join(', ')} (${item.terms} term${item.terms === 1 ? '' : 's'})`)
        }
      } finally {
        if (!given) await pool?.close()
      }
      if (!toStdout && items.size > 0) {
        try {
          await writeIndex(inputs)
        } catch (error) {
          if (!(error instanceof ZhglossError)) throw error
          result.failures.push(...error.problems)
          progress.problems(error.problems)
        }
      }
      return result
    },
    async link(names, file) {
      for (const [path, item] of items) {
        if (names.includes(item.name) && !item.files.includes(file)) items.set(path, {...item, files: [...item.files, file]})
      }
      if (names.length > 0) await writeIndex(buildInputs([...items.keys()], settings))
    },
    async retain(paths) {
      const gone = [...items.keys()].filter((path) => !paths.includes(path))
      for (const path of gone) {
        dropped.add(items.get(path)?.name ?? '')
        items.delete(path)
      }
      if (gone.length > 0) await writeIndex(buildInputs([...items.keys()], settings))
      return gone
    },
    where: () => (toStdout || items.size === 0 ? undefined : indexPath)
  }
}

/**
 * The inputs of a build: its articles, their translations and the glossary folder.
 *
 * @param paths the articles, as the user named them (`-` for standard input).
 * @param settings the build's settings (gloss language, glossary folder).
 * @returns the files and folders no output may touch.
 */
export function buildInputs(paths: readonly string[], settings: BuildSettings): Inputs {
  const articles = paths.filter((path) => path !== stdinPath)
  return {
    files: [...articles, ...articles.map((path) => translationOf(path, settings.lang))],
    folders: [settings.glossary]
  }
}

/**
 * One Anki deck for the whole output folder, from every article's `vocabulary.tsv`.
 *
 * @param out the output folder (absolute).
 * @param list the articles on the index.
 * @returns the folder's `vocabulary.tsv`, or undefined when no article has one.
 */
async function folderDeck(out: string, list: readonly IndexEntry[]): Promise<string | undefined> {
  const files: string[] = []
  for (const entry of list) {
    if (!entry.files.includes('vocabulary.tsv')) continue
    const text = await readFile(join(out, entry.name, 'vocabulary.tsv'), 'utf8').catch(() => undefined)
    if (text !== undefined) files.push(text)
  }
  return files.length === 0 ? undefined : mergeVocabularyTsv(files)
}

/**
 * Start the workers for a build of this many articles, when there are enough of them for it to pay.
 *
 * @param articles how many articles the build has.
 * @param settings the build's settings.
 * @param io the outside world (working folder, environment).
 * @returns the pool, or undefined to build on this thread alone.
 */
export function startPool(articles: number, settings: BuildSettings, io: Io): WorkerPool | undefined {
  const threads = threadsFor(settings.jobs, articles)
  if (threads <= 1) return undefined
  const {files, ...rest} = settings
  const setup: WorkerSetup = {cwd: io.cwd, env: {...io.env}, settings: {...rest, fileNames: files.map((file) => file.file)}}
  return startWorkers(threads, setup)
}

/**
 * Build articles, on the pool's workers too when there is one, yielding each outcome in article order.
 *
 * @param paths the articles.
 * @param pool the workers, or undefined to build on this thread alone.
 * @param job the glossary, settings, outside world and inputs.
 * @returns the outcomes.
 */
async function* outcomesOf(paths: readonly string[], pool: WorkerPool | undefined, job: ArticleJob): AsyncGenerator<Outcome> {
  /** Build one article here, its refusal an outcome like any other. */
  const local = async (path: string): Promise<Outcome> => {
    try {
      return {built: await buildArticle(path, job)}
    } catch (error) {
      if (!(error instanceof ZhglossError)) throw error
      return {problems: [...error.problems]}
    }
  }
  if (pool) {
    yield* pool.build(paths, job.inputs, local)
    return
  }
  for (const path of paths) yield await local(path)
}

/** What writing the output folder's index needs. */
interface IndexJob {
  settings: BuildSettings
  io: Io
  progress: Progress
  /** This session's articles by path. */
  items: ReadonlyMap<string, IndexItem>
  /** Names dropped from the index (articles gone). */
  dropped: ReadonlySet<string>
  inputs: Inputs
}

/**
 * Write `index.html`, `index.json` and the folder's deck over every article in
 * the output folder: the list kept there, merged with this session's articles.
 *
 * @param job the settings, session state and inputs.
 */
async function writeFolderIndex(job: IndexJob): Promise<void> {
  const {settings, io, progress, items, dropped, inputs} = job
  const out = resolve(io.cwd, settings.out)
  const entries = await readManifest(out)
  for (const name of dropped) entries.delete(name)
  for (const [path, item] of items)
    entries.set(item.name, {...item, source: path === stdinPath ? path : relative(io.cwd, resolve(io.cwd, path))})
  if (settings.clean) {
    const gone = await cleanGone(out, entries, io.cwd)
    if (gone.length > 0) progress.say(`Removed the outputs of ${gone.join(', ')}: the article is gone`)
  }
  const list = [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const deck = await folderDeck(out, list)
  await writeFilesAtomically(
    [
      {path: join(out, 'index.html'), content: renderIndex(list, settings.ui)},
      {path: join(out, manifestName), content: formatManifest(list)},
      ...(deck === undefined ? [] : [{path: join(out, 'vocabulary.tsv'), content: deck}])
    ],
    {inputs, cwd: io.cwd}
  )
}
