/**
 * The check report as text for a terminal: terms, candidates, then each
 * finding as `PATH:LINE:COLUMN: severity rule message`, the translation's
 * place first where there is one.
 */
import type {Finding, Report} from '../../check/report.js'

/**
 * Write a report as readable text.
 *
 * @param report the report.
 * @returns the text, ending in a newline.
 */
export function formatText(report: Report): string {
  const lines: string[] = []
  const occurrences = report.terms.reduce((sum, term) => sum + term.occurrences.length, 0)
  lines.push(`${report.source}: ${report.terms.length} terms (${occurrences} occurrences), ${report.candidates.length} candidates`)
  lines.push('', 'Terms')
  for (const term of report.terms) {
    const written = new Map<string, string[]>()
    for (const occurrence of term.occurrences) {
      const places = written.get(occurrence.text) ?? []
      places.push(`${occurrence.line}:${occurrence.column}${occurrence.segment === undefined ? '' : ` (${occurrence.segment})`}`)
      written.set(occurrence.text, places)
    }
    const forms = [...written].map(([text, places]) => `${text} ${places.join(' ')}`).join('; ')
    lines.push(`  ${term.id}  → ${term.gloss}${term.doNotTranslate ? ' (do not translate)' : ''}  ${forms}`)
  }
  lines.push('', 'Candidates (not in the glossary)')
  if (report.candidates.length === 0) lines.push('  none')
  for (const candidate of report.candidates) {
    const segment = candidate.segment === undefined ? '' : ` (${candidate.segment})`
    lines.push(`  ${candidate.text}  ${candidate.line}:${candidate.column}${segment}  ${candidate.reason}`)
  }
  if (report.translation !== undefined) {
    const errors = report.findings.filter((finding) => finding.severity === 'error').length
    lines.push(
      '',
      `Findings against ${report.translation}: ${errors} error${errors === 1 ? '' : 's'}, ${report.findings.length - errors} warning${report.findings.length - errors === 1 ? '' : 's'}`
    )
    for (const finding of report.findings) lines.push(`  ${findingLine(finding, report)}`)
  }
  return `${lines.join('\n')}\n`
}

/**
 * One finding as a line: the translation's place (or the source's), severity, rule, message.
 *
 * @param finding the finding.
 * @param report the report, for the file names.
 * @returns the line.
 */
export function findingLine(finding: Finding, report: Report): string {
  const place = finding.target
    ? `${report.translation ?? report.source}:${finding.target.line}:${finding.target.column}`
    : finding.source
      ? `${report.source}:${finding.source.line}:${finding.source.column}`
      : (report.translation ?? report.source)
  const from = finding.target && finding.source ? ` (source ${finding.source.line}:${finding.source.column})` : ''
  // In a bilingual file the segment is what a translator's tool shows.
  const segment = finding.segment === undefined ? '' : ` [segment ${finding.segment}]`
  return `${place}: ${finding.severity} ${finding.rule}${finding.term ? ` [${finding.term}]` : ''}: ${finding.message}${from}${segment}`
}
