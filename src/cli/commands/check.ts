/**
 * `zhgloss check SOURCE.md [--translation TARGET.md]`: the terminology
 * report and, with a translation, the bilingual checks, in text, json, html
 * or tsv. Exit 1 on error findings (with `--strict`, on any finding).
 */
import {resolve} from 'node:path'
import {renderCheckPage} from '../../render/report/html.js'
import {formatText} from '../../render/report/text.js'
import {formatTsv} from '../../render/report/tsv.js'
import {formatCsv} from '../../render/report/csv.js'
import {formatSarif} from '../../render/report/sarif.js'
import {checkSegments, SegmentFileError, segmentFormatOf} from '../../check/segments.js'
import {readFileSync, statSync} from 'node:fs'
import {checkFolder} from './check-folder.js'
import {buildCheck, parseRuleSettings, type CheckResult} from '../../check/report.js'
import {nameSources} from '../../node/name-sources.js'
import {decodeArticle, readArticle, type Encoding} from '../../node/read-article.js'
import {writeFilesAtomically} from '../../node/write-files.js'
import {ZhglossError} from '../../core/problem.js'
import {analyzeArticle} from '../../article/analyze.js'
import type {Io} from '../common/io.js'
import type {FlagValues} from '../common/parse.js'
import {problemsOfFile, reportProblems} from '../common/report-problems.js'
import {exitCodeOf, languageProblem, loadGlossaryFor} from './shared.js'

/** How standard input is named in reports and messages. */
const stdinName = '<stdin>'

/**
 * Run `check`.
 *
 * @param flags the parsed flags.
 * @param positionals the source article.
 * @param io the outside world.
 * @returns the exit code.
 */
export async function check(flags: FlagValues, positionals: readonly string[], io: Io): Promise<number> {
  const glossary = await loadGlossaryFor(flags, io)
  if (typeof glossary === 'number') return glossary
  const unknownLanguage = languageProblem(glossary, flags)
  if (unknownLanguage) {
    io.stderr.write(`zhgloss check: ${unknownLanguage}\n`)
    return 2
  }
  const lang = String(flags['lang'] ?? 'en')
  const encoding = String(flags['encoding'] ?? 'utf-8') as Encoding
  const sourcePath = positionals[0] ?? ''
  const translationPath = typeof flags['translation'] === 'string' ? flags['translation'] : undefined
  if (sourcePath === '-' && translationPath === '-') {
    io.stderr.write('zhgloss check: only one of SOURCE.md and --translation can be read from standard input (-)\n')
    return 2
  }
  /** Read an input, `-` being standard input. */
  const readInput = async (path: string, inputEncoding: Encoding): Promise<string> =>
    path === '-' ? decodeArticle(await io.readStdin(), stdinName, inputEncoding) : readArticle(resolve(io.cwd, path), inputEncoding)
  const shown = (path: string): string => (path === '-' ? stdinName : path)
  const rules = parseRuleSettings(typeof flags['rule'] === 'string' ? flags['rule'].split(',').filter(Boolean) : [])
  if (typeof rules === 'string') {
    io.stderr.write(`zhgloss check: ${rules}\n`)
    return 2
  }
  // A folder: every pair in it, and a summary.
  if (
    translationPath === undefined &&
    sourcePath !== '-' &&
    statSync(resolve(io.cwd, sourcePath), {throwIfNoEntry: false})?.isDirectory()
  ) {
    const format = String(flags['format'] ?? 'text')
    return checkFolder(sourcePath, {glossary, lang, format, strict: flags['strict'] === true, rules}, io)
  }
  let result: CheckResult
  try {
    // A bilingual file (XLIFF, TMX, TSV, CSV) holds both sides: its segments are checked pair by pair.
    const segmentFormat = translationPath === undefined ? segmentFormatOf(sourcePath) : undefined
    if (segmentFormat) {
      const text = await readInput(sourcePath, encoding)
      try {
        result = await checkSegments(text, shown(sourcePath), glossary, {format: segmentFormat, lang, rules, names: nameSources()})
      } catch (error) {
        if (!(error instanceof SegmentFileError)) throw error
        io.stderr.write(`${shown(sourcePath)}:${error.line}:${error.column}: ${error.message}\n`)
        return 2
      }
    } else {
      const article = await analyzeArticle(await readInput(sourcePath, encoding), {glossary, path: shown(sourcePath)})
      const translation =
        translationPath === undefined
          ? undefined
          : await analyzeArticle(await readInput(translationPath, 'utf-8'), {glossary, path: shown(translationPath)})
      result = buildCheck(article, glossary, {lang, translation, rules, names: nameSources()})
      reportProblems(
        [...problemsOfFile(article.file, article.path), ...(translation ? problemsOfFile(translation.file, translation.path) : [])],
        io
      )
    }
    const output = render(String(flags['format'] ?? 'text'), result, lang)
    const out = typeof flags['out'] === 'string' && flags['out'] !== '-' ? flags['out'] : undefined
    if (out === undefined) io.stdout.write(output)
    else {
      const files = [sourcePath, translationPath].filter((path): path is string => path !== undefined && path !== '-')
      await writeFilesAtomically([{path: resolve(io.cwd, out), content: output}], {
        inputs: {files, folders: [String(flags['glossary'])]},
        cwd: io.cwd
      })
    }
  } catch (error) {
    if (!(error instanceof ZhglossError)) throw error
    reportProblems(error.problems, io)
    return exitCodeOf(error.problems)
  }
  const {findings} = result.report
  if (flags['strict'] === true) return findings.length > 0 ? 1 : 0
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0
}

/** The report in the format asked for. */
function render(format: string, result: CheckResult, lang: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(result.report, null, 2)}\n`
    case 'tsv':
      return formatTsv(result.report)
    case 'csv':
      return formatCsv(result.report)
    case 'sarif':
      return formatSarif(result.report, packageVersion())
    case 'html':
      return renderCheckPage(result, {lang})
    default:
      return formatText(result.report)
  }
}

/** The version of zhgloss, for reports that name their tool. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string}).version
}
