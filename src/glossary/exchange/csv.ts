/**
 * The glossary as CSV, the contract's `id,lang,term,status` and more
 * columns, one row per Chinese form and per rendering, so that nothing of
 * the glossary is lost: export, then import, gives back the same files.
 */
import type {GlossaryResources} from '../types.js'
import type {Problem} from '../../core/problem.js'
import {delimiterNames, detectDelimiter, readCsv, writeCsv, type Delimiter} from '../../core/csv.js'
import {createImportBuilder, validateImport, type ImportResult} from './import-builder.js'
import {firstHanForm, formStatus, renderingStatuses, zhStatuses} from './statuses.js'
import {isRecord} from '../../core/records.js'
import {languagesOf, zhListFields} from './terms-file.js'

/** The columns, in order. The first four are the contract's. */
export const csvColumns = [
  'id',
  'lang',
  'term',
  'status',
  'pinyin',
  'reading',
  'category',
  'partOfSpeech',
  'models',
  'boundary',
  'note',
  'doNotTranslate',
  'ignoreCase',
  'modelPattern',
  'modelsAfter',
  'notInside',
  'onlyWith',
  'notWith',
  'severity',
  'inflections'
] as const

type Column = (typeof csvColumns)[number]
type Row = Partial<Record<Column, string>>

/**
 * Write the glossary as CSV.
 *
 * @param resources the glossary resources as on disk.
 * @returns the CSV text.
 */
export function glossaryToCsv(resources: GlossaryResources): string {
  const rows: Row[] = []
  const glossLanguages = languagesOf(resources).filter((lang) => lang !== 'zh')
  for (const [id, entry] of Object.entries(resources.zh.terms)) {
    const forms = entry.forms
    const pinyinForm = firstHanForm(forms) ?? forms[0]
    forms.forEach((form, index) => {
      const row: Row = {id, lang: 'zh', term: form, status: formStatus(forms, index)}
      if (form === pinyinForm && forms.indexOf(form) === index && entry.pinyin !== undefined) row.pinyin = entry.pinyin
      const reading = entry.readings?.[form]
      if (reading !== undefined) row.reading = reading
      if (index === 0) {
        row.category = entry.category
        if (entry.partOfSpeech !== undefined) row.partOfSpeech = entry.partOfSpeech
        if (entry.models !== undefined) row.models = String(entry.models)
        if (entry.boundary !== undefined) row.boundary = entry.boundary
        if (entry.modelPattern !== undefined) row.modelPattern = entry.modelPattern
        for (const field of zhListFields) {
          const list = entry[field]
          if (list !== undefined) row[field] = list.join(' | ')
        }
      }
      rows.push(row)
    })
    for (const lang of glossLanguages) {
      const gloss = resources[lang]?.terms[id]
      if (!isRecord(gloss)) continue
      const preferred: Row = {id, lang, term: String(gloss['gloss'] ?? ''), status: 'preferred'}
      if (typeof gloss['note'] === 'string') preferred.note = gloss['note']
      if (typeof gloss['doNotTranslate'] === 'boolean') preferred.doNotTranslate = String(gloss['doNotTranslate'])
      if (typeof gloss['ignoreCase'] === 'boolean') preferred.ignoreCase = String(gloss['ignoreCase'])
      if (typeof gloss['severity'] === 'string') preferred.severity = gloss['severity']
      if (Array.isArray(gloss['inflections'])) preferred.inflections = stringsOf(gloss['inflections']).join(' | ')
      rows.push(preferred)
      for (const rendering of stringsOf(gloss['accepted'])) rows.push({id, lang, term: rendering, status: 'admitted'})
      for (const rendering of stringsOf(gloss['forbidden'])) rows.push({id, lang, term: rendering, status: 'forbidden'})
    }
  }
  return writeCsv([[...csvColumns], ...rows.map((row) => csvColumns.map((column) => row[column] ?? ''))])
}

/**
 * Read a glossary from CSV.
 *
 * @param text the CSV text.
 * @param file the file's name, for problems.
 * @returns the resources and the line of each entry, or the problems, each at its line.
 */
export function glossaryFromCsv(text: string, file: string): (ImportResult & {delimiter: Delimiter}) | {problems: Problem[]} {
  const other = notCsv(text)
  if (other) return {problems: [{file, line: 1, column: 1, message: other, rule: 'import-not-csv', severity: 'error'}]}
  const delimiter = detectDelimiter(text)
  const parsed = readCsv(text, delimiter)
  if ('error' in parsed) return {problems: [{file, ...parsed.error, rule: 'import-syntax', severity: 'error'}]}
  const [header, ...records] = parsed.records
  if (!header)
    return {
      problems: [
        {
          file,
          message: `the file is empty; the first line must be the header ${csvColumns.join(',')}`,
          rule: 'import-syntax',
          severity: 'error'
        }
      ]
    }
  const names = header.fields.map((name) => name.trim())
  const problems: Problem[] = []
  const fail = (line: number, message: string): void => {
    problems.push({file, line, column: 1, message, rule: 'import-row', severity: 'error'})
  }
  if (names.slice(0, 4).join(',') !== 'id,lang,term,status') {
    return {
      problems: [
        {
          file,
          line: header.line,
          column: 1,
          message: `the header must begin with id,lang,term,status, not ${names.slice(0, 4).join(',')}`,
          rule: 'import-syntax',
          severity: 'error'
        }
      ]
    }
  }
  const unknown = names.filter((name) => !(csvColumns as readonly string[]).includes(name))
  if (unknown.length > 0)
    fail(header.line, `unknown column ${unknown.map((name) => `"${name}"`).join(', ')}; the columns are ${csvColumns.join(', ')}`)
  const builder = createImportBuilder(file)
  for (const record of records) {
    if (record.fields.length !== names.length) {
      fail(record.line, `this row has ${record.fields.length} fields but the header has ${names.length}; quote fields that hold a comma`)
      continue
    }
    const row: Row = {}
    names.forEach((name, index) => {
      const value = record.fields[index] ?? ''
      if (value !== '' && (csvColumns as readonly string[]).includes(name)) row[name as Column] = value
    })
    readRow(row, record.line, builder, fail)
  }
  const result = builder.finish()
  // Rows and the glossary's own rules are both checked, so that one import run lists every problem.
  problems.push(...('problems' in result ? result.problems : validateImport(result, file)))
  return problems.length > 0 ? {problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))} : {...result, delimiter}
}

/**
 * Say what a file given as CSV really is, when it is plainly something else.
 *
 * @param text the file's text.
 * @returns the message, or undefined when it may be CSV.
 */
export function notCsv(text: string): string | undefined {
  const start = text
    .replace(/^\ufeff/, '')
    .trimStart()
    .slice(0, 400)
  if (/^<\?xml|^<(martif|tbx)\b/i.test(start))
    return /<(martif|tbx)\b/i.test(start)
      ? 'this is a TBX file (XML), not CSV; import it with --from tbx'
      : 'this is an XML file, not CSV; export the glossary from your tool as CSV (or TBX, and import it with --from tbx)'
  if (start.startsWith('PK\u0003\u0004'))
    return 'this is a spreadsheet workbook (.xlsx or .ods, a zip file), not CSV; save it as "CSV UTF-8" in Excel or "Text CSV" in LibreOffice'
  if (start.includes('\u0000')) return 'this is a binary file, not CSV; save the spreadsheet as "CSV UTF-8"'
  if (/^[{[]/.test(start))
    return 'this is a JSON file, not CSV; a glossary file (LNG/terms.json) is copied into the glossary folder, not imported'
  return undefined
}

/**
 * The name of a separator, for messages.
 *
 * @param delimiter the separator.
 * @returns `comma`, `semicolon` or `tab`.
 */
export function delimiterName(delimiter: Delimiter): string {
  return delimiterNames[delimiter]
}

/** Columns that only a Chinese form's row, or only the preferred row, may fill. */
const entryColumns: readonly Column[] = ['category', 'partOfSpeech', 'models', 'boundary', 'modelPattern', ...zhListFields]
const glossColumns: readonly Column[] = ['note', 'doNotTranslate', 'ignoreCase', 'severity', 'inflections']

/** Columns holding true or false. */
const booleanColumns: readonly Column[] = ['models', 'doNotTranslate', 'ignoreCase']

/**
 * A boolean as spreadsheets write it (`TRUE`, `False`, `yes`, `no`) in the glossary's spelling.
 *
 * @param value the cell.
 * @returns `true` or `false`, or the cell as it is (the import then names it).
 */
export function spreadsheetBoolean(value: string): string {
  const word = value.trim().toLowerCase()
  if (word === 'true' || word === 'yes') return 'true'
  if (word === 'false' || word === 'no') return 'false'
  return value
}

/** Add one row to the glossary being built. */
function readRow(
  row: Row,
  line: number,
  builder: ReturnType<typeof createImportBuilder>,
  fail: (line: number, message: string) => void
): void {
  for (const column of booleanColumns) {
    const value = row[column]
    if (value !== undefined) row[column] = spreadsheetBoolean(value)
  }
  const {id, lang, term, status} = row
  if (id === undefined || lang === undefined || term === undefined || status === undefined) {
    fail(
      line,
      `every row needs id, lang, term and status; this one lacks ${(['id', 'lang', 'term', 'status'] as const).filter((name) => row[name] === undefined).join(', ')}`
    )
    return
  }
  const filled = (columns: readonly Column[]): Column[] => columns.filter((column) => row[column] !== undefined)
  if (lang === 'zh') {
    if (!(zhStatuses as readonly string[]).includes(status))
      return fail(line, `status "${status}" is not a status of a Chinese form; use ${zhStatuses.join(', ')}`)
    const misplaced = [...filled(glossColumns), ...(status === 'preferred' ? [] : filled(entryColumns))]
    if (misplaced.length > 0)
      return fail(
        line,
        `${misplaced.join(', ')} ${misplaced.length === 1 ? 'belongs' : 'belong'} on ${glossColumns.includes(misplaced[0] ?? 'id') ? "the entry's preferred rendering row" : "the entry's preferred Chinese row"}, not here`
      )
    builder.addForm(
      id,
      term,
      line,
      {
        preferred: status === 'preferred',
        ...(row.pinyin === undefined ? {} : {pinyin: row.pinyin}),
        ...(row.reading === undefined ? {} : {reading: row.reading}),
        ...(row.category === undefined ? {} : {category: row.category}),
        ...(row.partOfSpeech === undefined ? {} : {partOfSpeech: row.partOfSpeech}),
        ...(row.models === undefined ? {} : {models: row.models}),
        ...(row.boundary === undefined ? {} : {boundary: row.boundary}),
        ...(row.modelPattern === undefined ? {} : {modelPattern: row.modelPattern}),
        lists: Object.fromEntries(zhListFields.flatMap((field) => (row[field] === undefined ? [] : [[field, row[field]]])))
      },
      fail
    )
    return
  }
  if (!(renderingStatuses as readonly string[]).includes(status))
    return fail(line, `status "${status}" is not a status of a rendering; use ${renderingStatuses.join(', ')}`)
  const misplaced = [...filled(['pinyin', 'reading', ...entryColumns]), ...(status === 'preferred' ? [] : filled(glossColumns))]
  if (misplaced.length > 0)
    return fail(
      line,
      `${misplaced.join(', ')} ${misplaced.length === 1 ? 'belongs' : 'belong'} on ${glossColumns.includes(misplaced[0] ?? 'id') ? "the entry's preferred rendering row" : 'a Chinese row (lang zh)'}, not here`
    )
  builder.addRendering(
    id,
    lang,
    term,
    status as (typeof renderingStatuses)[number],
    line,
    {
      ...(row.note === undefined ? {} : {note: row.note}),
      ...(row.doNotTranslate === undefined ? {} : {doNotTranslate: row.doNotTranslate}),
      ...(row.ignoreCase === undefined ? {} : {ignoreCase: row.ignoreCase}),
      ...(row.severity === undefined ? {} : {severity: row.severity}),
      ...(row.inflections === undefined ? {} : {inflections: row.inflections})
    },
    fail
  )
}

/** The strings of a list field (accepted, forbidden). */
function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}
