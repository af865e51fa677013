/**
 * Bilingual tables: one segment pair a row, as TSV or CSV (RFC 4180
 * quoting), with an optional header row naming the columns (`id`, `source`
 * or `zh`, `target` or `en`); without one, the columns are source and target,
 * or id, source and target.
 */
import {SegmentFileError, type SegmentPair} from './segment.js'

interface Cell {
  text: string
  offset: number
}

/**
 * Read the segment pairs of a bilingual table.
 *
 * @param text the file.
 * @param delimiter `\t` for TSV, `,` for CSV.
 * @returns the pairs in row order, by id or row number.
 * @throws SegmentFileError where a row has too few columns or a quote is not closed.
 */
export function readTable(text: string, delimiter: '\t' | ','): SegmentPair[] {
  const rows = splitRows(text, delimiter).filter((row) => row.cells.some((cell) => cell.text.trim() !== ''))
  const header = rows[0]?.cells.map((cell) => cell.text.trim().toLowerCase()) ?? []
  const named = header.some((name) => /^(?:source|target|zh|en|id|segment)$/.test(name))
  const column = (names: RegExp, fallback: number): number => {
    const index = header.findIndex((name) => names.test(name))
    return named && index >= 0 ? index : fallback
  }
  const width = rows[0]?.cells.length ?? 0
  const idColumn = named ? header.findIndex((name) => /^(?:id|segment)$/.test(name)) : width >= 3 ? 0 : -1
  const sourceColumn = column(/^(?:source|zh|zh-.*|chinese)$/, width >= 3 ? 1 : 0)
  const targetColumn = column(/^(?:target|en|en-.*|english|translation)$/, width >= 3 ? 2 : 1)
  const pairs: SegmentPair[] = []
  for (const row of named ? rows.slice(1) : rows) {
    const source = row.cells[sourceColumn]
    const target = row.cells[targetColumn]
    if (!source || !target) {
      throw new SegmentFileError(
        `row ${row.line} has ${row.cells.length} column(s); write the source and the translation in columns ${sourceColumn + 1} and ${targetColumn + 1}`,
        row.line,
        1
      )
    }
    const id = idColumn >= 0 ? row.cells[idColumn]?.text.trim() : undefined
    pairs.push({
      id: id || String(row.line),
      source: {text: source.text, pieces: [{from: 0, offset: source.offset}]},
      target: {text: target.text, pieces: [{from: 0, offset: target.offset}]}
    })
  }
  return pairs
}

/** Split a table into rows of cells with their file offsets; quoted cells may hold delimiters and line breaks. */
function splitRows(text: string, delimiter: string): Array<{line: number; cells: Cell[]}> {
  const rows: Array<{line: number; cells: Cell[]}> = []
  let cells: Cell[] = []
  let line = 1
  let rowLine = 1
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (index <= text.length) {
    let offset = index
    let value = ''
    if (text[index] === '"') {
      const open = line
      offset = index + 1
      index++
      for (;;) {
        if (index >= text.length) throw new SegmentFileError('a quoted cell is not closed: end it with "', open, 1)
        if (text[index] === '"' && text[index + 1] === '"') {
          value += '"'
          index += 2
        } else if (text[index] === '"') {
          index++
          break
        } else {
          if (text[index] === '\n') line++
          value += text[index]
          index++
        }
      }
    } else {
      while (index < text.length && text[index] !== delimiter && text[index] !== '\n' && text[index] !== '\r') value += text[index++]
    }
    cells.push({text: value, offset})
    if (text[index] === delimiter) {
      index++
      continue
    }
    if (text[index] === '\r') index++
    rows.push({line: rowLine, cells})
    cells = []
    index++
    line++
    rowLine = line
  }
  return rows
}
