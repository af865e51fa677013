/**
 * The check report as TSV for spreadsheets: one row per term occurrence,
 * candidate and finding, under one header.
 */
import type {Report} from '../../check/report.js'

const header = ['kind', 'id', 'text', 'rendering', 'severity', 'source_line', 'source_column', 'target_line', 'target_column', 'message']

/**
 * Write a report as tab-separated values.
 *
 * @param report the report.
 * @returns the TSV, ending in a newline.
 */
export function formatTsv(report: Report): string {
  const rows: string[][] = [header]
  for (const term of report.terms) {
    for (const occurrence of term.occurrences) {
      rows.push([
        'term',
        term.id,
        occurrence.text,
        term.gloss,
        '',
        String(occurrence.line),
        String(occurrence.column),
        '',
        '',
        term.doNotTranslate ? 'do not translate' : ''
      ])
    }
  }
  for (const candidate of report.candidates) {
    rows.push(['candidate', candidate.reason, candidate.text, '', '', String(candidate.line), String(candidate.column), '', '', ''])
  }
  for (const finding of report.findings) {
    rows.push([
      'finding',
      finding.rule,
      finding.term ?? '',
      '',
      finding.severity,
      finding.source ? String(finding.source.line) : '',
      finding.source ? String(finding.source.column) : '',
      finding.target ? String(finding.target.line) : '',
      finding.target ? String(finding.target.column) : '',
      finding.message
    ])
  }
  return `${rows.map((row) => row.map(cell).join('\t')).join('\n')}\n`
}

/** Tabs and line breaks would break the row: they become spaces. */
function cell(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ')
}
