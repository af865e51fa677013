/**
 * `zhgloss check FOLDER`: every pair in a folder (NAME.md beside
 * NAME.LNG.md, and bilingual files: XLIFF, TMX, TSV, CSV) checked in turn,
 * each finding printed with its place, then a summary per pair and in all.
 */
import {readdir} from 'node:fs/promises'
import {join} from 'node:path'
import type {Glossary} from '../../glossary/create.js'
import {buildCheck, type Report, type RuleSetting} from '../../check/report.js'
import {nameSources} from '../../node/name-sources.js'
import {checkSegments, SegmentFileError, segmentFormatOf} from '../../check/segments.js'
import {analyzeArticle} from '../../article/analyze.js'
import {readArticle} from '../../node/read-article.js'
import {findingLine} from '../../render/report/text.js'
import type {Io} from '../common/io.js'

/** What a folder check needs from the command line. */
export interface FolderOptions {
  glossary: Glossary
  lang: string
  format: string
  strict: boolean
  rules: Record<string, RuleSetting>
}

/**
 * Check every pair of a folder.
 *
 * @param folder the folder, as given.
 * @param options the glossary, language, format, strictness and rule settings.
 * @param io the outside world.
 * @returns the exit code: 1 where any pair has an error (with strict, any finding).
 */
export async function checkFolder(folder: string, options: FolderOptions, io: Io): Promise<number> {
  const names = (await readdir(join(io.cwd, folder))).sort()
  const reports: Report[] = []
  for (const name of names) {
    const path = join(folder, name)
    const format = segmentFormatOf(name)
    try {
      if (format) {
        const text = await readArticle(join(io.cwd, path))
        reports.push(
          (await checkSegments(text, path, options.glossary, {format, lang: options.lang, rules: options.rules, names: nameSources()}))
            .report
        )
        continue
      }
      const stem = /^(.*)\.md$/.exec(name)?.[1]
      if (!stem || /\.[a-z]{2,3}(?:-[A-Za-z]+)?$/.test(stem) || !names.includes(`${stem}.${options.lang}.md`)) continue
      const translationPath = join(folder, `${stem}.${options.lang}.md`)
      const article = await analyzeArticle(await readArticle(join(io.cwd, path)), {glossary: options.glossary, path})
      const translation = await analyzeArticle(await readArticle(join(io.cwd, translationPath)), {
        glossary: options.glossary,
        path: translationPath
      })
      reports.push(
        buildCheck(article, options.glossary, {lang: options.lang, translation, rules: options.rules, names: nameSources()}).report
      )
    } catch (error) {
      if (!(error instanceof SegmentFileError)) throw error
      io.stderr.write(`${path}:${error.line}:${error.column}: ${error.message}\n`)
      return 2
    }
  }
  if (reports.length === 0) {
    io.stderr.write(
      `zhgloss check: ${folder} holds no pair to check: put NAME.md beside NAME.${options.lang}.md, or XLIFF, TMX, TSV or CSV files\n`
    )
    return 2
  }
  io.stdout.write(
    options.format === 'json' ? `${JSON.stringify({pairs: reports, summary: summaryOf(reports)}, null, 2)}\n` : textOf(reports)
  )
  const findings = reports.flatMap((report) => report.findings)
  if (options.strict) return findings.length > 0 ? 1 : 0
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0
}

/** Counts per pair and in all. */
function summaryOf(reports: readonly Report[]): {pairs: number; errors: number; warnings: number} {
  const findings = reports.flatMap((report) => report.findings)
  return {
    pairs: reports.length,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity !== 'error').length
  }
}

/** Every finding with its place, then one line per pair and the totals. */
function textOf(reports: readonly Report[]): string {
  const lines: string[] = []
  for (const report of reports) for (const finding of report.findings) lines.push(findingLine(finding, report))
  if (lines.length > 0) lines.push('')
  lines.push('Summary')
  for (const report of reports) {
    const {errors, warnings} = summaryOf([report])
    lines.push(
      `  ${report.translation ?? report.source}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
    )
  }
  const total = summaryOf(reports)
  lines.push(
    `  ${total.pairs} pair${total.pairs === 1 ? '' : 's'}: ${total.errors} error${total.errors === 1 ? '' : 's'}, ${total.warnings} warning${total.warnings === 1 ? '' : 's'}`
  )
  return `${lines.join('\n')}\n`
}
