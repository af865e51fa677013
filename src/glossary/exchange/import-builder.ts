/**
 * Build glossary resources from imported rows (CSV) or term entries (TBX),
 * remembering the line each entry came from, then validate them with the
 * glossary's own rules so that every problem points at a line of the
 * imported file.
 */
import {validateResources} from '../create.js'
import type {GlossaryResources} from '../types.js'
import type {Problem} from '../../core/problem.js'
import type {renderingStatuses} from './statuses.js'
import type {ZhListField} from './terms-file.js'

/** What an import gives: the resources and where each entry came from. */
export interface ImportResult {
  resources: GlossaryResources
  /** Line of each entry's first row, by `LANG\u0000ID`. */
  lines: Map<string, number>
}

/** Entry-level fields of a Chinese form's row, as written. */
export interface FormFields {
  preferred: boolean
  pinyin?: string
  reading?: string
  category?: string
  partOfSpeech?: string
  models?: string
  boundary?: string
  modelPattern?: string
  /** Lists written `a | b`, by field. */
  lists?: Partial<Record<ZhListField, string>>
}

/** Fields of a preferred rendering, as written. */
export interface RenderingFields {
  note?: string
  doNotTranslate?: string
  ignoreCase?: string
  severity?: string
  /** A list written `a | b`. */
  inflections?: string
}

type Fail = (line: number, message: string) => void

interface ZhDraft {
  preferred?: string
  others: string[]
  readings: Map<string, string>
  fields: Record<string, unknown>
  line: number
  preferredLine?: number
  pinyinLine?: number
}

interface GlossDraft {
  fields: Record<string, unknown>
  accepted: string[]
  forbidden: string[]
  line: number
  preferredLine?: number
}

/** The builder. */
export interface ImportBuilder {
  /** Add a Chinese form of an entry. */
  addForm(id: string, form: string, line: number, fields: FormFields, fail: Fail): void
  /** Add a rendering of an entry in a gloss language. */
  addRendering(
    id: string,
    lang: string,
    term: string,
    status: (typeof renderingStatuses)[number],
    line: number,
    fields: RenderingFields,
    fail: Fail
  ): void
  /** The resources, or the problems of entries left incomplete. */
  finish(): ImportResult | {problems: Problem[]}
}

/**
 * Make an import builder.
 *
 * @param file the imported file's name, for problems.
 * @returns the builder.
 */
export function createImportBuilder(file: string): ImportBuilder {
  const zh = new Map<string, ZhDraft>()
  const glosses = new Map<string, Map<string, GlossDraft>>()
  return {
    addForm(id, form, line, fields, fail) {
      const draft = zh.get(id) ?? {others: [], readings: new Map<string, string>(), fields: {}, line}
      zh.set(id, draft)
      addFormTo(draft, id, form, line, fields, fail)
    },
    addRendering(id, lang, term, status, line, fields, fail) {
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang))
        return fail(line, `"${lang}" is not a language code; use zh for Chinese forms and a code such as en or de for renderings`)
      const byId = glosses.get(lang) ?? new Map<string, GlossDraft>()
      glosses.set(lang, byId)
      const draft = byId.get(id) ?? {fields: {}, accepted: [], forbidden: [], line}
      byId.set(id, draft)
      addRenderingTo(draft, {id, lang, term, status, line}, fields, fail)
    },
    finish() {
      const problems: Problem[] = []
      const lines = new Map<string, number>()
      const resources: Record<string, {terms: Record<string, unknown>}> = {zh: {terms: finishZh(zh, file, lines, problems)}}
      for (const [lang, byId] of glosses) resources[lang] = {terms: finishGloss(lang, byId, file, lines, problems)}
      if (problems.length > 0) return {problems}
      return {resources: resources as GlossaryResources, lines}
    }
  }
}

/** A cell that must say true or false, or a problem at its line. */
function booleanOf(value: string, column: string, line: number, fail: Fail): boolean | undefined {
  if (value === 'true') return true
  if (value === 'false') return false
  fail(line, `${column} must be true or false, not "${value}"`)
  return undefined
}

/** Add one Chinese form and the entry fields on its row to an entry's draft. */
function addFormTo(draft: ZhDraft, id: string, form: string, line: number, fields: FormFields, fail: Fail): void {
  if (fields.preferred) {
    if (draft.preferred !== undefined)
      return fail(
        line,
        `entry "${id}" already has a preferred Chinese form ("${draft.preferred}", line ${draft.preferredLine ?? draft.line}); mark this one admitted or variant`
      )
    draft.preferred = form
    draft.preferredLine = line
  } else draft.others.push(form)
  if (fields.pinyin !== undefined) {
    if (draft.fields['pinyin'] !== undefined)
      return fail(
        line,
        `entry "${id}" already has its pinyin at line ${draft.pinyinLine ?? draft.line}; give the pinyin once, on the first form written in Chinese characters, and the pinyin of other forms as reading`
      )
    draft.fields['pinyin'] = fields.pinyin
    draft.pinyinLine = line
  }
  if (fields.reading !== undefined) draft.readings.set(form, fields.reading)
  if (fields.category !== undefined) draft.fields['category'] = fields.category
  if (fields.partOfSpeech !== undefined) draft.fields['partOfSpeech'] = fields.partOfSpeech
  if (fields.boundary !== undefined) draft.fields['boundary'] = fields.boundary
  if (fields.modelPattern !== undefined) draft.fields['modelPattern'] = fields.modelPattern
  for (const [field, list] of Object.entries(fields.lists ?? {})) if (list !== undefined) draft.fields[field] = listOf(list)
  if (fields.models !== undefined) {
    const models = booleanOf(fields.models, 'models', line, fail)
    if (models !== undefined) draft.fields['models'] = models
  }
}

/** Where a rendering row stands: its entry, language, text, status and line. */
interface RenderingRow {
  id: string
  lang: string
  term: string
  status: (typeof renderingStatuses)[number]
  line: number
}

/** Add one rendering, and on the preferred one the entry's gloss fields, to a draft. */
function addRenderingTo(draft: GlossDraft, row: RenderingRow, fields: RenderingFields, fail: Fail): void {
  const {id, lang, term, status, line} = row
  if (status === 'admitted') return void draft.accepted.push(term)
  if (status === 'forbidden') return void draft.forbidden.push(term)
  if (draft.fields['gloss'] !== undefined)
    return fail(
      line,
      `entry "${id}" already has a preferred ${lang} rendering ("${String(draft.fields['gloss'])}", line ${draft.preferredLine ?? draft.line}); mark this one admitted`
    )
  draft.fields['gloss'] = term
  draft.preferredLine = line
  if (fields.note !== undefined) draft.fields['note'] = fields.note
  if (fields.severity !== undefined) draft.fields['severity'] = fields.severity
  if (fields.inflections !== undefined) draft.fields['inflections'] = listOf(fields.inflections)
  for (const key of ['doNotTranslate', 'ignoreCase'] as const) {
    const value = fields[key]
    if (value === undefined) continue
    const flag = booleanOf(value, key, line, fail)
    if (flag !== undefined) draft.fields[key] = flag
  }
}

/** A problem with an entry left incomplete, at the line where it starts. */
function incomplete(file: string, line: number, id: string, message: string): Problem {
  return {file, line, column: 1, entry: id, message, rule: 'import-row', severity: 'error'}
}

/** The Chinese entries of the drafts; entries with no preferred form become problems. */
function finishZh(
  zh: ReadonlyMap<string, ZhDraft>,
  file: string,
  lines: Map<string, number>,
  problems: Problem[]
): Record<string, unknown> {
  const terms: Record<string, unknown> = {}
  for (const [id, draft] of zh) {
    lines.set(`zh\u0000${id}`, draft.preferredLine ?? draft.line)
    if (draft.preferred === undefined) {
      problems.push(incomplete(file, draft.line, id, `entry "${id}" has no preferred Chinese form; mark its first form preferred`))
      continue
    }
    const forms = [draft.preferred, ...draft.others]
    const entry: Record<string, unknown> = {forms, ...draft.fields}
    const readings = forms.filter((form) => draft.readings.has(form)).map((form) => [form, draft.readings.get(form)] as const)
    if (readings.length > 0) entry['readings'] = Object.fromEntries(readings)
    terms[id] = entry
  }
  return terms
}

/** One gloss language's entries of the drafts; entries with no preferred rendering become problems. */
function finishGloss(
  lang: string,
  byId: ReadonlyMap<string, GlossDraft>,
  file: string,
  lines: Map<string, number>,
  problems: Problem[]
): Record<string, unknown> {
  const terms: Record<string, unknown> = {}
  for (const [id, draft] of byId) {
    lines.set(`${lang}\u0000${id}`, draft.preferredLine ?? draft.line)
    if (draft.fields['gloss'] === undefined) {
      const message = `entry "${id}" has ${lang} renderings but none is preferred; mark its approved rendering preferred`
      problems.push(incomplete(file, draft.line, id, message))
      continue
    }
    const entry: Record<string, unknown> = {...draft.fields}
    if (draft.accepted.length > 0) entry['accepted'] = draft.accepted
    if (draft.forbidden.length > 0) entry['forbidden'] = draft.forbidden
    terms[id] = entry
  }
  return terms
}

/**
 * Check imported resources with the glossary's own rules, each problem at
 * the line of the entry it is about.
 *
 * @param result the imported resources and their lines.
 * @param file the imported file's name.
 * @returns the problems (empty when the glossary is valid).
 */
export function validateImport(result: ImportResult, file: string): Problem[] {
  return validateResources(result.resources, (lang) => lang).map((problem) => {
    const line =
      problem.entry === undefined
        ? undefined
        : (result.lines.get(`${problem.file}\u0000${problem.entry}`) ?? result.lines.get(`zh\u0000${problem.entry}`))
    const where = problem.file === 'zh' || problem.file === 'en' || /^[a-z]{2,3}/.test(problem.file) ? ` (${problem.file})` : ''
    return {...problem, file, ...(line === undefined ? {} : {line, column: 1}), message: `${problem.message}${where}`}
  })
}

/**
 * A list field as the exchange formats write it, `a | b`.
 *
 * @param written the text.
 * @returns the items.
 */
export function listOf(written: string): string[] {
  return written
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean)
}
