/**
 * The findings as CSV for Excel: a byte-order mark so that Excel reads
 * UTF-8, CRLF line ends, RFC 4180 quoting, one row per finding.
 */
import type {Report} from '../../check/report.js'
import {writeCsv} from '../../core/csv.js'

const header = [
  'id',
  'rule',
  'severity',
  'term',
  'segment',
  'source_file',
  'source_line',
  'source_column',
  'target_file',
  'target_line',
  'target_column',
  'message'
]

/**
 * Write a report's findings as CSV.
 *
 * @param report the report.
 * @returns the CSV, with a byte-order mark, ending in CRLF.
 */
export function formatCsv(report: Report): string {
  const rows = [header]
  for (const finding of report.findings) {
    rows.push([
      finding.id ?? '',
      finding.rule,
      finding.severity,
      finding.term ?? '',
      finding.segment ?? '',
      finding.source ? report.source : '',
      finding.source ? String(finding.source.line) : '',
      finding.source ? String(finding.source.column) : '',
      finding.target ? (report.translation ?? '') : '',
      finding.target ? String(finding.target.line) : '',
      finding.target ? String(finding.target.column) : '',
      finding.message
    ])
  }
  return writeCsv(rows, {byteOrderMark: true, formulasAsText: true})
}
