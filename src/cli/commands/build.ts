/**
 * `zhgloss build`: every article into `OUT/NAME/` with the outputs asked for,
 * and `OUT/index.html`. A bad article is reported and the others still built.
 * `-` reads an article from standard input; `--out -` writes one file to
 * standard output; `--watch` builds again whatever changes.
 */
import {stat} from 'node:fs/promises'
import {basename, join} from 'node:path'
import type {Encoding} from '../../node/read-article.js'
import {ZhglossError} from '../../core/problem.js'
import {refuseInputs} from '../../node/guard-inputs.js'
import {loadPlaywright} from '../../node/chromium.js'
import {formatNames, formats, type FormatName, type OutputFile} from '../../render/formats.js'
import {handoutSettings} from '../../render/handout/settings.js'
import type {Io} from '../common/io.js'
import type {FlagValues} from '../common/parse.js'
import {createProgress} from '../common/progress.js'
import {reportProblems} from '../common/report-problems.js'
import {selectArticles, skippedLines} from './articles.js'
import {stdinPath, type BuildSettings} from './build-article.js'
import {buildInputs, createBuildSession, startPool, type RoundResult} from './build-session.js'
import {manifestName} from './build-index.js'
import {printPdfs} from './build-pdf.js'
import {exitCodeOf, languageProblem, listFlag, loadGlossaryFor} from './shared.js'

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
  if (settings.pdf) await loadPlaywright()
  if (flags['watch']) {
    if (settings.out === stdinPath || positionals.includes(stdinPath))
      return usageError('--watch watches files; it cannot read standard input or write to standard output', io)
    return (await import('./build-watch.js')).watchBuild(settings, positionals, flags, io)
  }
  const glossary = await loadGlossaryFor(flags, io)
  if (typeof glossary === 'number') return glossary
  const unknownLanguage = languageProblem(glossary, flags)
  if (unknownLanguage) return usageError(unknownLanguage, io)
  const progress = createProgress(io, {quiet: settings.quiet, sink: settings.out === stdinPath ? io.stderr : io.stdout})
  const skipped: string[] = []
  const listed = await listArticles(positionals, flags, io, (line) => skipped.push(line))
  if (typeof listed === 'number') return listed
  const shard = shardOf(flags['shard'])
  const articles = shard ? listed.filter((_, index) => index % shard.count === shard.index - 1) : listed
  if (shard) skipped.push(`Shard ${shard.index}/${shard.count}: ${articles.length} of ${listed.length} articles`)
  if (settings.out === stdinPath && articles.length * settings.files.length !== 1) {
    return usageError(
      `--out - writes one file to standard output, but this build makes ${articles.length * settings.files.length} (${articles.length} article${articles.length === 1 ? '' : 's'} × ${settings.files.map((file) => file.file).join(', ')}); name one article and one output, as in --format reader`,
      io
    )
  }
  // Warnings said before the build (the shipped glossary, the glossary's own lint) count in its summary too.
  const earlier = io.messages?.warnings ?? 0
  // The workers load while this thread checks the outputs and builds its first articles.
  const pool = settings.out === stdinPath || articles.includes(stdinPath) ? undefined : startPool(articles.length, settings, io)
  const session = createBuildSession(settings, io, progress)
  const started = Date.now()
  let result: RoundResult
  try {
    for (const line of skipped) progress.say(line)
    if (settings.out !== stdinPath) await refuseInputs(plannedOutputs(articles, settings), buildInputs(articles, settings), io.cwd)
    result = await session.build(articles, glossary, pool)
  } finally {
    await pool?.close()
  }
  if (settings.pdf && settings.out !== stdinPath) {
    const problems = await printPdfs(articles, settings, {io, progress, session, since: started})
    result.warnings += problems.length
  }
  if (settings.out !== stdinPath)
    progress.summary({
      built: result.built,
      failed: articles.length - result.built,
      terms: result.terms,
      warnings: earlier + result.warnings,
      findings: result.findings,
      where: session.where()
    })
  if (result.failures.length > 0) return result.built > 0 ? 1 : exitCodeOf(result.failures)
  return flags['strict'] === true && result.findings.errors > 0 ? 1 : 0
}

/**
 * Every file a build would write, so that a clash with an input stops it before anything is written.
 *
 * @param articles the articles, as the user named them.
 * @param settings the build's settings.
 * @returns the output paths, relative to the working folder.
 */
export function plannedOutputs(articles: readonly string[], settings: BuildSettings): string[] {
  const names = articles.map((path) => (path === stdinPath ? 'stdin' : basename(path).replace(/\.md$/i, '')))
  const files = [...settings.files.map((output) => output.file), ...(settings.pdf ? ['handout.pdf'] : [])]
  return [
    join(settings.out, 'index.html'),
    join(settings.out, manifestName),
    ...names.flatMap((name) => files.map((file) => join(settings.out, name, file)))
  ]
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
  const jobs = flags['jobs'] === undefined ? undefined : Number(flags['jobs'])
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1))
    return `--jobs takes a whole number of threads, 1 or more, not "${String(flags['jobs'])}"`
  if (flags['shard'] !== undefined && shardOf(flags['shard']) === undefined)
    return `--shard takes I/N, a share I from 1 to N (as in --shard 2/8), not "${String(flags['shard'])}"`
  return {
    out: String(flags['out']),
    glossary: String(flags['glossary']),
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
      lineNumbers: flags['line-numbers'],
      nameLine: flags['name-line'],
      exercises: flags['exercises'],
      region: flags['region']
    }),
    quiet: flags['quiet'] === true,
    clean: flags['clean'] === true,
    ...(jobs === undefined ? {} : {jobs})
  }
}

/**
 * The articles to build: those named (files, folders, globs), else every
 * article in `articles/`, minus `--ignore`; the files left out are named.
 *
 * @param positionals the paths named on the command line.
 * @param flags the parsed flags (`--ignore`, `--out`).
 * @param io the outside world.
 * @param say where to name the files left out.
 * @returns the paths, or the exit code to stop with (problems printed).
 */
export async function listArticles(
  positionals: readonly string[],
  flags: FlagValues,
  io: Io,
  say: (line: string) => void = () => {}
): Promise<string[] | number> {
  const defaulted = positionals.length === 0
  try {
    if (defaulted && !(await isFolder(join(io.cwd, 'articles'))))
      throw new ZhglossError([
        {
          file: 'articles',
          message: 'no articles folder here; name the articles to build (zhgloss build FILE.md) or create articles/',
          rule: 'articles-missing',
          severity: 'error'
        }
      ])
    const out = String(flags['out'] ?? 'dist')
    const selection = await selectArticles(defaulted ? ['articles'] : positionals, {
      cwd: io.cwd,
      ignore: listFlag(flags['ignore']),
      ...(out === stdinPath ? {} : {exclude: [out]})
    })
    for (const line of skippedLines(selection.skipped)) say(line)
    return selection.articles
  } catch (error) {
    if (!(error instanceof ZhglossError)) throw error
    reportProblems(error.problems, io)
    return 2
  }
}

/**
 * A shard: the I-th of N shares, the articles whose place in the sorted list is I modulo N.
 *
 * @param value `--shard`, as `I/N`.
 * @returns the share (1-based) and the number of shares, or undefined when not given or not valid.
 */
export function shardOf(value: FlagValues[string]): {index: number; count: number} | undefined {
  const match = typeof value === 'string' ? /^(\d+)\/(\d+)$/.exec(value.trim()) : null
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  return index >= 1 && index <= count ? {index, count} : undefined
}

/** Whether a path is a folder. */
async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false
  )
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
