/**
 * `zhgloss build`: every article into `OUT/NAME/` with the outputs asked for,
 * and `OUT/index.html`. A bad article is reported and the others still built.
 * `-` reads an article from standard input; `--out -` writes one file to
 * standard output; `--watch` builds again whatever changes.
 */
import {basename, join} from 'node:path'
import type {Encoding} from '../../node/read-article.js'
import {ZhglossError} from '../../core/problem.js'
import {printHandouts} from '../../node/pdf.js'
import {formatNames, formats, type FormatName, type OutputFile} from '../../render/formats.js'
import {handoutSettings} from '../../render/handout/settings.js'
import type {Io} from '../common/io.js'
import type {FlagValues} from '../common/parse.js'
import {createProgress} from '../common/progress.js'
import {reportProblems} from '../common/report-problems.js'
import {findArticles} from './articles.js'
import {stdinPath, type BuildSettings} from './build-article.js'
import {createBuildSession} from './build-session.js'
import {watchBuild} from './build-watch.js'
import {exitCodeOf, loadGlossaryFor} from './shared.js'

/** The encodings articles may be in. */
const encodings: readonly Encoding[] = ['utf-8', 'gb18030', 'big5']

/**
 * Run `build`.
 *
 * @param flags the parsed flags.
 * @param positionals the articles named (`-` for standard input).
 * @param io the outside world.
 * @returns the exit code.
 */
export async function build(flags: FlagValues, positionals: readonly string[], io: Io): Promise<number> {
  const settings = settingsOf(flags)
  if (typeof settings === 'string') return usageError(settings, io)
  if (flags['watch']) {
    if (settings.out === stdinPath || positionals.includes(stdinPath))
      return usageError('--watch watches files; it cannot read standard input or write to standard output', io)
    return watchBuild(settings, positionals, flags, io)
  }
  const glossary = await loadGlossaryFor(flags, io)
  if (typeof glossary === 'number') return glossary
  const articles = await listArticles(positionals, io)
  if (typeof articles === 'number') return articles
  if (settings.out === stdinPath && articles.length * settings.files.length !== 1) {
    return usageError(
      `--out - writes one file to standard output, but this build makes ${articles.length * settings.files.length} (${articles.length} article${articles.length === 1 ? '' : 's'} × ${settings.files.map((file) => file.file).join(', ')}); name one article and one output, as in --format reader`,
      io
    )
  }
  const progress = createProgress(io, {quiet: settings.quiet, sink: settings.out === stdinPath ? io.stderr : io.stdout})
  const session = createBuildSession(settings, io, progress)
  const started = Date.now()
  const result = await session.build(articles, glossary)
  if (settings.pdf && settings.out !== stdinPath) {
    const names = articles.map((path) => (path === stdinPath ? 'stdin' : basename(path).replace(/\.md$/i, '')))
    const printed: string[] = []
    const problems = await printHandouts({
      out: settings.out,
      cwd: io.cwd,
      names,
      env: io.env,
      since: started,
      ...(settings.handout?.paper ? {paper: settings.handout.paper} : {}),
      say: (line) => progress.say(line),
      printed: (name) => printed.push(name)
    })
    await session.link(printed, 'handout.pdf')
    result.warnings += problems.length
    progress.problems(problems)
  }
  if (settings.out !== stdinPath)
    progress.summary({
      built: result.built,
      failed: articles.length - result.built,
      terms: result.terms,
      warnings: result.warnings,
      where: session.where()
    })
  return result.failures.length === 0 ? 0 : result.built > 0 ? 1 : exitCodeOf(result.failures)
}

/**
 * The build's settings from its flags.
 *
 * @param flags the parsed flags.
 * @returns the settings, or a usage error message.
 */
export function settingsOf(flags: FlagValues): BuildSettings | string {
  const files = selectFiles(String(flags['format']))
  if (typeof files === 'string') return files
  const encoding = String(flags['encoding'])
  if (!isEncoding(encoding)) return `--encoding must be one of ${encodings.join(', ')}, not "${encoding}"`
  if (flags['pdf'] === true && flags['out'] === stdinPath)
    return '--pdf writes handout.pdf into the output folder, so it cannot go with --out -'
  return {
    out: String(flags['out']),
    lang: String(flags['lang']),
    ui: String(flags['ui']),
    encoding,
    files,
    pdf: flags['pdf'] === true,
    handout: handoutSettings({
      density: flags['density'],
      pinyin: flags['pinyin'],
      bilingual: flags['bilingual'],
      paper: flags['paper'],
      glossaryName: flags['glossary'],
      forms: flags['forms'],
      notes: flags['notes'],
      numbers: flags['numbers'],
      nameLine: flags['name-line'],
      exercises: flags['exercises'],
      region: flags['region']
    }),
    quiet: flags['quiet'] === true
  }
}

/**
 * The articles to build: those named, else every article in `articles/`.
 *
 * @param positionals the paths named on the command line.
 * @param io the outside world.
 * @returns the paths, or the exit code to stop with (problems printed).
 */
export async function listArticles(positionals: readonly string[], io: Io): Promise<string[] | number> {
  if (positionals.length > 0) return [...positionals]
  try {
    return await findArticles(join(io.cwd, 'articles'), io.cwd)
  } catch (error) {
    if (!(error instanceof ZhglossError)) throw error
    reportProblems(error.problems, io)
    return 2
  }
}

/**
 * The files `--format` selects: format names (all their files) or single
 * file names (`report.json`).
 *
 * @param list the comma list.
 * @returns the files, or a usage error message.
 */
export function selectFiles(list: string): OutputFile[] | string {
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  const all = formatNames.flatMap((format) => formats[format])
  const selected: OutputFile[] = []
  for (const name of names) {
    const chosen = isFormatName(name) ? formats[name] : all.filter((output) => output.file === name)
    if (!isFormatName(name) && chosen.length === 0)
      return `--format takes a comma list of ${formatNames.join(', ')} (or single files such as report.json), not "${list}"`
    for (const output of chosen) if (!selected.includes(output)) selected.push(output)
  }
  if (names.length === 0) return `--format takes a comma list of ${formatNames.join(', ')}, not "${list}"`
  return selected
}

function isFormatName(name: string): name is FormatName {
  return formatNames.some((format) => format === name)
}

function isEncoding(name: string): name is Encoding {
  return encodings.some((encoding) => encoding === name)
}

function usageError(message: string, io: Io): number {
  io.stderr.write(`zhgloss build: ${message}\n`)
  return 2
}
