/**
 * `zhgloss build --watch`: build everything once, then watch the articles'
 * folders and the glossary. A changed article or translation rebuilds that
 * article; a changed glossary file reloads the glossary and rebuilds all. A
 * bad edit prints its problems and the watch goes on with the last good
 * glossary; Ctrl-C ends it.
 */
import {watch, type FSWatcher} from 'node:fs'
import {basename, dirname, join, relative, resolve, sep} from 'node:path'
import type {Glossary} from '../../glossary/create.js'
import type {Io} from '../common/io.js'
import type {FlagValues} from '../common/parse.js'
import {createProgress, type Progress} from '../common/progress.js'
import {isFile, type BuildSettings} from './build-article.js'
import {createBuildSession, type BuildSession} from './build-session.js'
import {findArticles, isArticleName, translationName} from './articles.js'
import {loadGlossaryFor} from './shared.js'

/** How long to wait for more changes before building: editors save in several steps. */
const settleMs = 80

/**
 * Build, then rebuild on every change until interrupted.
 *
 * @param settings the build settings.
 * @param positionals the articles named (none: every article in `articles/`, new ones included).
 * @param flags the parsed flags (for `--glossary`).
 * @param io the outside world; `io.onInterrupt` ends the watch.
 * @returns the exit code (0 once the user stops it).
 */
export async function watchBuild(settings: BuildSettings, positionals: readonly string[], flags: FlagValues, io: Io): Promise<number> {
  const progress = createProgress(io, {quiet: false})
  const session = createBuildSession(settings, io, progress)
  const glossaryDir = resolve(io.cwd, String(flags['glossary']))
  const articlesDir = join(io.cwd, 'articles')
  const named = positionals.map((path) => resolve(io.cwd, path))
  let glossary = await loadGlossary(flags, io)
  let articles = await currentArticles(named, articlesDir, io)
  if (glossary) await buildRound(session, articles, glossary, progress, 'Built')

  const folders = [...new Set(named.length > 0 ? named.map((path) => dirname(path)) : [articlesDir])]
  const changed = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let queue = Promise.resolve()

  /** Build what the changes collected so far call for; runs one at a time. */
  const flush = async (): Promise<void> => {
    const paths = [...changed]
    changed.clear()
    const glossaryChanged = paths.some((path) => path.startsWith(`${glossaryDir}${sep}`) && path.endsWith('.json'))
    if (glossaryChanged) {
      const reloaded = await loadGlossary(flags, io)
      if (!reloaded) {
        progress.say('The glossary has errors; fix them and save again. Still watching.')
        return
      }
      glossary = reloaded
      articles = await currentArticles(named, articlesDir, io)
      await buildRound(
        session,
        articles,
        glossary,
        progress,
        `Glossary changed (${paths
          .filter((path) => path.startsWith(glossaryDir))
          .map((path) => relative(io.cwd, path))
          .join(', ')}); rebuilt`
      )
      return
    }
    if (!glossary) return
    articles = await currentArticles(named, articlesDir, io)
    const dropped = await session.retain(articles)
    if (dropped.length > 0)
      progress.say(`Removed ${dropped.join(', ')} from the index: the article is gone (its built files are left in place)`)
    const targets = await articlesFor(paths, articles, io)
    if (targets.length === 0) return
    const because = paths.filter((path) => path.endsWith('.md')).map((path) => relative(io.cwd, path))
    await buildRound(session, targets, glossary, progress, `Changed ${because.join(', ')}; rebuilt`)
  }

  const onChange =
    (folder: string) =>
    (_event: string, name: string | Buffer | null): void => {
      if (name === null) return
      changed.add(join(folder, String(name)))
      clearTimeout(timer)
      timer = setTimeout(() => {
        queue = queue.then(flush).catch((error: unknown) => {
          progress.say(`zhgloss build: internal error while rebuilding: ${error instanceof Error ? error.message : String(error)}`)
        })
      }, settleMs)
    }
  const watchers: FSWatcher[] = [
    ...folders.map((folder) => watch(folder, onChange(folder))),
    watch(glossaryDir, {recursive: true}, onChange(glossaryDir))
  ]
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
  for (const watcher of watchers) watcher.close()
  await queue
  progress.say('Stopped watching.')
  return 0
}

/** Load the glossary, printing its problems; undefined when it has any. */
async function loadGlossary(flags: FlagValues, io: Io): Promise<Glossary | undefined> {
  const glossary = await loadGlossaryFor(flags, io)
  return typeof glossary === 'number' ? undefined : glossary
}

/** The articles to build now: those named, else those in the folder today. */
async function currentArticles(named: readonly string[], articlesDir: string, io: Io): Promise<string[]> {
  if (named.length > 0) return named.map((path) => relative(io.cwd, path))
  return findArticles(articlesDir, io.cwd).catch(() => [])
}

/** The articles touched by changed files: the article itself, or the article a translation belongs to. */
async function articlesFor(paths: readonly string[], articles: readonly string[], io: Io): Promise<string[]> {
  const wanted = new Set<string>()
  for (const path of paths) {
    const name = basename(path)
    const article = translationName.test(name) ? path.replace(translationName, '.md') : isArticleName(name) ? path : undefined
    if (article === undefined) continue
    const shown = relative(io.cwd, article)
    if (articles.includes(shown) && (await isFile(article))) wanted.add(shown)
  }
  return articles.filter((path) => wanted.has(path))
}

/** Build some articles and say what was built. */
async function buildRound(
  session: BuildSession,
  articles: readonly string[],
  glossary: Glossary,
  progress: Progress,
  verb: string
): Promise<void> {
  const result = await session.build(articles, glossary)
  const failed = articles.length - result.built
  progress.say(
    `${verb} ${result.built} article${result.built === 1 ? '' : 's'}${failed > 0 ? `, ${failed} failed` : ''} (${result.terms} terms, ${result.warnings} warning${result.warnings === 1 ? '' : 's'})`
  )
}
