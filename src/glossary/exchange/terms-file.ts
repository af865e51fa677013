/**
 * The glossary files as written on disk: JSON with two-space indents and a
 * final newline, fields of each entry in the order glossary/README.md lists
 * them, so that an import writes what an export read.
 */
import type {GlossaryResources} from '../types.js'
import {isRecord} from '../../core/records.js'

/** Field order of an entry in `zh/terms.json`. */
export const zhFieldOrder = [
  'forms',
  'pinyin',
  'readings',
  'category',
  'partOfSpeech',
  'models',
  'boundary',
  'modelPattern',
  'modelsAfter',
  'notInside',
  'onlyWith',
  'notWith'
] as const

/** Entry fields holding a list of strings, written `a | b` in CSV and TBX notes. */
export const zhListFields = ['modelsAfter', 'notInside', 'onlyWith', 'notWith'] as const

export type ZhListField = (typeof zhListFields)[number]

/** Field order of an entry in a gloss language's `terms.json`. */
export const glossFieldOrder = [
  'gloss',
  'note',
  'accepted',
  'forbidden',
  'doNotTranslate',
  'ignoreCase',
  'severity',
  'inflections'
] as const

/**
 * Write one language's entries as the text of its `terms.json`.
 *
 * @param terms the entries by id, in file order.
 * @param lang the language (`zh` or a gloss language).
 * @returns the file's text.
 */
export function formatTermsFile(terms: Readonly<Record<string, unknown>>, lang: string): string {
  const order: readonly string[] = lang === 'zh' ? zhFieldOrder : glossFieldOrder
  const ordered: Record<string, Record<string, unknown>> = {}
  for (const [id, entry] of Object.entries(terms)) {
    const fields = isRecord(entry) ? entry : {}
    const sorted: Record<string, unknown> = {}
    for (const key of order) if (fields[key] !== undefined) sorted[key] = fields[key]
    for (const [key, value] of Object.entries(fields)) if (!(key in sorted)) sorted[key] = value
    ordered[id] = sorted
  }
  return `${JSON.stringify(ordered, null, 2)}\n`
}

/**
 * Every language's file text.
 *
 * @param resources the glossary resources.
 * @returns file texts by language, `zh` first.
 */
export function formatTermsFiles(resources: GlossaryResources): Map<string, string> {
  const files = new Map<string, string>()
  for (const lang of languagesOf(resources)) files.set(lang, formatTermsFile(resources[lang]?.terms ?? {}, lang))
  return files
}

/**
 * The languages of a set of resources: `zh`, `en`, then the others in order.
 *
 * @param resources the glossary resources.
 * @returns the languages.
 */
export function languagesOf(resources: GlossaryResources): string[] {
  const others = Object.keys(resources)
    .filter((lang) => lang !== 'zh' && lang !== 'en')
    .sort()
  return [...(resources.zh ? ['zh'] : []), ...(resources['en'] ? ['en'] : []), ...others]
}
