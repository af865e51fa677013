/**
 * `zhgloss build --watch`: build everything once, then watch the articles'
 * folders and the glossary folder with chokidar. Folders, not files, are
 * watched, so an editor's atomic save (write a copy, rename it over the
 * file) is seen every time, however often. Changes are collected for a
 * moment and built together. A changed article or translation rebuilds that
 * article; a changed glossary file reloads the glossary and rebuilds all;
 * with `--pdf`, the handouts rebuilt are printed again. A bad edit prints its
 * problems and the watch goes on with the last good glossary; Ctrl-C ends it.
 */
import {dirname, relative, resolve, sep} from 'node:path'
import {watch} from 'chokidar'
import {isDynamicPattern} from 'tinyglobby'
import type {Glossary} from '../../glossary/create.js'
import type {Io} from '../common/io.js'
import type {FlagValues} from '../common/parse.js'
import {createProgress, type Progress} from '../common/progress.js'
import {articleOfName, isFile, selectArticles} from './articles.js'
import type {BuildSettings} from './build-article.js'
import {printPdfs} from './build-pdf.js'
import {createBuildSession, type BuildSession} from './build-session.js'
import {languageProblem, listFlag, loadGlossaryFor} from './shared.js'

/** How long to wait for more changes before building: editors save in several steps. */
const settleMs = 100

/** What one watch keeps between rounds. */
interface WatchState {
  settings: BuildSettings
  flags: FlagValues
  io: Io
  progress: Progress
  session: BuildSession
  patterns: string[]
  glossary: Glossary | undefined
  articles: string[]
}

/**
 * Build, then rebuild on every change until interrupted.
 *
 * @param settings the build settings.
 * @param positionals the articles named (none: every article in `articles/`, new ones included).
 * @param flags the parsed flags (for `--glossary`, `--ignore`).
 * @param io the outside world; `io.onInterrupt` ends the watch.
 * @returns the exit code (0 once the user stops it).
 */
export async function watchBuild(settings: BuildSettings, positionals: readonly string[], flags: FlagValues, io: Io): Promise<number> {
  const progress = createProgress(io, {quiet: settings.quiet})
  const state: WatchState = {
    settings,
    flags,
    io,
    progress,
    session: createBuildSession(settings, io, progress),
    patterns: positionals.length > 0 ? [...positionals] : ['articles'],
    glossary: await loadGlossary(flags, io),
    articles: []
  }
  // A gloss language the glossary lacks is a usage error, as without --watch; a later edit that drops it is said and the last good glossary kept.
  const unknownLanguage = state.glossary && languageProblem(state.glossary, flags)
  if (unknownLanguage) {
    io.stderr.write(`zhgloss build: ${unknownLanguage}\n`)
    return 2
  }
  state.articles = await currentArticles(state)
  if (state.glossary) await buildRound(state, state.articles, 'Built')

  const glossaryDir = resolve(io.cwd, String(flags['glossary']))
  const folders = [...new Set(state.patterns.map((pattern) => resolve(io.cwd, watchedFolder(pattern, io.cwd))))]
  const out = resolve(io.cwd, settings.out)
  const watcher = watch([...folders, glossaryDir], {
    ignoreInitial: true,
    ignored: (path: string) => path === out || path.startsWith(`${out}${sep}`) || path.includes(`${sep}node_modules${sep}`)
  })
  const changed = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let queue = Promise.resolve()
  watcher.on('all', (_event, path) => {
    changed.add(resolve(io.cwd, path))
    clearTimeout(timer)
    timer = setTimeout(() => {
      const paths = [...changed]
      changed.clear()
      queue = queue
        .then(() => flush(state, paths, glossaryDir))
        .catch((error: unknown) => {
          progress.say(`zhgloss build: internal error while rebuilding: ${error instanceof Error ? error.message : String(error)}`)
        })
    }, settleMs)
  })
  await new Promise<void>((ready) => watcher.once('ready', () => ready()))
  progress.say(
    `Watching ${[...folders, glossaryDir].map((folder) => relative(io.cwd, folder) || '.').join(', ')} for changes (Ctrl-C to stop)`
  )
  await new Promise<void>((done) => {
    const stop = io.onInterrupt?.(() => {
      stop?.()
      done()
    })
  })
  clearTimeout(timer)
  await watcher.close()
  await queue
  progress.say('Stopped watching.')
  return 0
}

/**
 * Build what a batch of changed paths calls for.
 *
 * @param state the watch.
 * @param paths the changed paths (absolute).
 * @param glossaryDir the glossary folder (absolute).
 */
async function flush(state: WatchState, paths: readonly string[], glossaryDir: string): Promise<void> {
  const {io, progress} = state
  const inGlossary = paths.filter((path) => path.startsWith(`${glossaryDir}${sep}`) && path.endsWith('.json'))
  if (inGlossary.length > 0) {
    const reloaded = await reloadGlossary(state.flags, io)
    if (!reloaded) {
      progress.say('The glossary has errors; fix them and save again. Still watching.')
      return
    }
    state.glossary = reloaded
    state.articles = await currentArticles(state)
    const names = inGlossary.map((path) => relative(io.cwd, path)).join(', ')
    await buildRound(state, state.articles, `Glossary changed (${names}); rebuilt`)
    return
  }
  if (!state.glossary) return
  state.articles = await currentArticles(state)
  const dropped = await state.session.retain(state.articles)
  if (dropped.length > 0) progress.say(`Removed ${dropped.join(', ')} from the index: the article is gone`)
  const targets = await articlesFor(paths, state.articles, io)
  if (targets.length === 0) return
  const because = paths.filter((path) => path.endsWith('.md')).map((path) => relative(io.cwd, path))
  await buildRound(state, targets, `Changed ${because.join(', ')}; rebuilt`)
}

/**
 * The folder to watch for a pattern: a folder itself, a file's folder, or a glob's fixed start.
 *
 * @param pattern a file, folder or glob.
 * @param cwd the working folder.
 * @returns the folder, relative to `cwd`.
 */
function watchedFolder(pattern: string, cwd: string): string {
  if (!isDynamicPattern(pattern)) return pattern.endsWith('.md') ? dirname(pattern) : pattern
  const fixed: string[] = []
  for (const part of pattern.split('/')) {
    if (isDynamicPattern(part)) break
    fixed.push(part)
  }
  return relative(cwd, resolve(cwd, fixed.join('/') || '.')) || '.'
}

/** Load the glossary, printing its problems; undefined when it has any. */
async function loadGlossary(flags: FlagValues, io: Io): Promise<Glossary | undefined> {
  const glossary = await loadGlossaryFor(flags, io)
  return typeof glossary === 'number' ? undefined : glossary
}

/**
 * The glossary after an edit: undefined (the last good one is kept) when it
 * does not load or has lost the gloss language, which is said.
 *
 * @param flags the parsed flags.
 * @param io the outside world.
 * @returns the glossary, or undefined.
 */
async function reloadGlossary(flags: FlagValues, io: Io): Promise<Glossary | undefined> {
  const glossary = await loadGlossary(flags, io)
  const unknownLanguage = glossary && languageProblem(glossary, flags)
  if (!unknownLanguage) return glossary
  io.stderr.write(`zhgloss build: ${unknownLanguage}\n`)
  return undefined
}

/** The articles to build now: those the patterns select today (none when they select nothing). */
async function currentArticles(state: WatchState): Promise<string[]> {
  const {io, flags, settings} = state
  const selection = await selectArticles(state.patterns, {cwd: io.cwd, ignore: listFlag(flags['ignore']), exclude: [settings.out]}).catch(
    () => ({articles: [] as string[]})
  )
  return selection.articles
}

/** The articles touched by changed files: the article itself, or the article a translation belongs to. */
async function articlesFor(paths: readonly string[], articles: readonly string[], io: Io): Promise<string[]> {
  const wanted = new Set<string>()
  for (const path of paths) {
    const shown = relative(io.cwd, path)
    if (articles.includes(shown) && (await isFile(path))) wanted.add(shown)
    const article = articleOfName(path)
    if (article !== undefined && articles.includes(relative(io.cwd, article))) wanted.add(relative(io.cwd, article))
  }
  return articles.filter((path) => wanted.has(path))
}

/** Build some articles, print their handouts with `--pdf`, and say what was built. */
async function buildRound(state: WatchState, articles: readonly string[], verb: string): Promise<void> {
  if (!state.glossary) return
  const since = Date.now()
  const result = await state.session.build(articles, state.glossary)
  if (state.settings.pdf && result.built > 0) {
    const problems = await printPdfs(articles, state.settings, {io: state.io, progress: state.progress, session: state.session, since})
    result.warnings += problems.length
  }
  const failed = articles.length - result.built
  state.progress.say(
    `${verb} ${result.built} article${result.built === 1 ? '' : 's'}${failed > 0 ? `, ${failed} failed` : ''} (${result.terms} terms, ${result.warnings} warning${result.warnings === 1 ? '' : 's'})`
  )
}
