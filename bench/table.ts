/**
 * The benchmark's table: one line per case, ratios beside the targets.
 */

const megabyte = 1024 * 1024

/** One line of the table. */
export interface Row {
  name: string
  /** CPU time in milliseconds (NaN for none). */
  ms: number
  /** Peak resident memory in bytes, when measured. */
  peak?: number | undefined
  ratio?: number
  against?: string
  target?: string
  ok?: boolean
}

/**
 * The table as text, columns aligned.
 *
 * @param rows the lines.
 * @returns the table.
 */
export function table(rows: readonly Row[]): string {
  const header = ['case', 'CPU time', 'peak RSS', 'ratio', 'target', '']
  const lines = rows.map((row) => [
    row.name,
    Number.isNaN(row.ms) ? '' : `${row.ms >= 100 ? row.ms.toFixed(0) : row.ms.toFixed(1)} ms`,
    row.peak === undefined || Number.isNaN(row.peak) ? '–' : `${(row.peak / megabyte).toFixed(0)} MB`,
    row.ratio === undefined ? '' : `${row.ratio.toFixed(row.ratio < 0.995 ? 3 : 2)}× ${row.against ?? ''}`,
    row.target ?? '',
    row.ok === undefined ? '' : row.ok ? 'met' : 'MISSED'
  ])
  const widths = header.map((_, column) => Math.max(...[header, ...lines].map((line) => (line[column] ?? '').length)))
  const format = (line: readonly string[]): string =>
    line
      .map((cell, column) => (column === 1 || column === 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd()
  return `${[format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join('\n')}\n`
}

/**
 * A row with a ratio checked against a bound.
 *
 * @param row the row without its verdict.
 * @param bound the largest ratio that meets the target.
 * @returns the row with `ok`.
 */
export function bounded(row: Row & {ratio: number}, bound: number): Row {
  return {...row, ok: row.ratio <= bound}
}
