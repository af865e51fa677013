/**
 * RFC 4180 text: fields separated by commas, quoted when they hold a comma,
 * quote or line break, records ending in CRLF. Reading keeps the line each
 * record starts on, for messages, and takes the separator spreadsheets use
 * where the decimal mark is a comma (a semicolon) or a tab.
 */

/** Separators a CSV file may use. */
export type Delimiter = ',' | ';' | '\t'

/** Separators by name, for messages. */
export const delimiterNames: Readonly<Record<Delimiter, string>> = {',': 'comma', ';': 'semicolon', '\t': 'tab'}

/**
 * The separator of a CSV text: the one of comma, semicolon and tab that
 * occurs most often, outside quotes, in its first line.
 *
 * @param text the CSV text.
 * @returns the separator (a comma when none occurs).
 */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = {',': 0, ';': 0, '\t': 0}
  let quoted = false
  for (const char of text.replace(/^\ufeff/, '')) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ','
}

/** One record and the line it starts on. */
export interface CsvRecord {
  line: number
  fields: string[]
}

/**
 * Write records as CSV.
 *
 * @param records rows of fields.
 * @returns the CSV text, each record ending in CRLF.
 */
export function writeCsv(records: ReadonlyArray<readonly string[]>, options: CsvOptions = {}): string {
  const field = options.formulasAsText ? (value: string) => quoteField(asText(value)) : quoteField
  return `${options.byteOrderMark ? '\ufeff' : ''}${records.map((record) => `${record.map(field).join(',')}\r\n`).join('')}`
}

/** Options of `writeCsv`. */
export interface CsvOptions {
  /** Start with a byte-order mark, so that Excel reads UTF-8. (default: `false`) */
  byteOrderMark?: boolean
  /** Keep a cell starting with = + - @ as text, so that a spreadsheet never runs it as a formula. (default: `false`) */
  formulasAsText?: boolean
}

/** A cell that a spreadsheet would read as a formula, marked as text. */
function asText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** Quote a field when it must be (or when spaces at its ends would be lost). */
function quoteField(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}

/**
 * Read CSV text.
 *
 * @param text the CSV (LF or CRLF line ends; a byte order mark is dropped).
 * @param delimiter the field separator. (default: `','`)
 * @returns the records, blank lines skipped, or the line and column of a quoting error.
 */
export function readCsv(
  text: string,
  delimiter: Delimiter = ','
): {records: CsvRecord[]} | {error: {line: number; column: number; message: string}} {
  const source = text.replace(/^\ufeff/, '')
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let column = 1
  let recordLine = 1
  let index = 0
  const endRecord = (): void => {
    fields.push(field)
    if (!(fields.length === 1 && fields[0] === '')) records.push({line: recordLine, fields})
    fields = []
    field = ''
  }
  while (index < source.length) {
    const char = source[index] ?? ''
    if (char === '"' && field === '') {
      const quoted = readQuoted(source, {index, line, column}, delimiter)
      if ('error' in quoted) return quoted
      ;({field, index, line, column} = quoted)
      continue
    }
    if (char === delimiter) {
      fields.push(field)
      field = ''
    } else if (char === '\r' && source[index + 1] === '\n') {
      index++
      endRecord()
      line++
      column = 0
      recordLine = line
    } else if (char === '\n') {
      endRecord()
      line++
      column = 0
      recordLine = line
    } else if (char === '"') {
      return {error: {line, column, message: 'a " inside an unquoted field; quote the field and write the " as ""'}}
    } else field += char
    index++
    column++
  }
  if (field !== '' || fields.length > 0) endRecord()
  return {records}
}

/** Where reading is in the text. */
interface Cursor {
  index: number
  line: number
  column: number
}

/**
 * Read a quoted field, from its opening quote to just after its closing one.
 *
 * @param source the text.
 * @param start the opening quote's place.
 * @param delimiter the field separator, the only thing that may follow the closing quote besides a line end.
 * @returns the field and the place after it, or the place and reason of a quoting error.
 */
function readQuoted(
  source: string,
  start: Cursor,
  delimiter: Delimiter
): (Cursor & {field: string}) | {error: {line: number; column: number; message: string}} {
  let {index, line, column} = start
  let field = ''
  index++
  column++
  for (;;) {
    if (index >= source.length)
      return {
        error: {
          line: start.line,
          column: start.column,
          message: 'this quoted field is never closed; add the closing " (a " inside a field is written "")'
        }
      }
    const inner = source[index] ?? ''
    if (inner === '"') {
      if (source[index + 1] !== '"') break
      field += '"'
      index += 2
      column += 2
      continue
    }
    if (inner === '\n') {
      line++
      column = 1
    } else column++
    field += inner
    index++
  }
  index++
  column++
  const next = source[index]
  if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r')
    return {
      error: {
        line,
        column,
        message: `text after the closing quote of a field opened at line ${start.line}, column ${start.column}; quote the whole field and write a " inside it as ""`
      }
    }
  return {field, index, line, column}
}
