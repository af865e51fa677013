/**
 * Where an entry applies, and how much its rules weigh: the check side of
 * an entry's sense rules (`notInside`, `onlyWith`, `notWith`: the matcher's
 * own rule, asked through `occurrenceApplies`) and of its `severity`, read
 * from the glossary's resources so that entries without them behave as before.
 */
import type {Severity} from '../../core/problem.js'
import type {Glossary} from '../../glossary/create.js'
import type {BlockTerm} from '../../article/blocks.js'
import {occurrenceApplies} from '../../matcher/senses.js'

/** Entries whose names are kept as names: a missing one is an error, not a warning. */
const nameCategories = new Set(['company', 'person', 'organization', 'media', 'product'])

/** A string list from a resource field, or none. */
function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : []
}

/** A field of an entry's resource in one language, or undefined. */
function fieldOf(glossary: Glossary, lang: string, id: string, field: string): unknown {
  const resource: unknown = glossary.i18n.getResource(lang, 'terms', id)
  return resource !== null && typeof resource === 'object' ? (resource as Record<string, unknown>)[field] : undefined
}

/**
 * Whether a term found in a source block is the entry in the sense the
 * glossary means, by the same rule the reader's marking obeys.
 *
 * @param glossary the glossary.
 * @param term the term as found.
 * @param text the block's text.
 * @param around text that also counts as context, for blocks too short to hold it (headings, table cells). (default: none)
 * @returns true when the entry applies there.
 */
export function applies(glossary: Glossary, term: BlockTerm, text: string, around = ''): boolean {
  const entry = glossary.entry(term.id)
  if (!entry) return true
  return occurrenceApplies(entry, text, term.start, term.end, around === '' ? text : `${text}\n${around}`)
}

/**
 * The severity of a term rule's finding for an entry: the entry's own
 * `severity`, else an error for names and do-not-translate terms and a
 * warning for a concept rendered otherwise.
 *
 * @param glossary the glossary.
 * @param id the entry id.
 * @param lang the translation's language.
 * @returns the severity, or `off` where the entry turns the rules off.
 */
export function termSeverity(glossary: Glossary, id: string, lang: string): Severity | 'off' {
  const own = fieldOf(glossary, lang, id, 'severity') ?? fieldOf(glossary, 'en', id, 'severity')
  if (own === 'error' || own === 'warning' || own === 'off') return own
  const entry = glossary.entry(id)
  if (glossary.gloss(id, lang)?.doNotTranslate || (entry && nameCategories.has(entry.category))) return 'error'
  return 'warning'
}

/**
 * Other written forms an entry accepts in a translation besides its
 * renderings: derived or irregular forms (overcapacity, valued) listed in
 * the entry's `inflections`.
 *
 * @param glossary the glossary.
 * @param id the entry id.
 * @param lang the translation's language.
 * @returns the forms.
 */
export function inflectionsOf(glossary: Glossary, id: string, lang: string): string[] {
  return stringsOf(fieldOf(glossary, lang, id, 'inflections'))
}

/** Whether an entry names a person (a surname alone may refer back to it). */
export function isPerson(glossary: Glossary, id: string): boolean {
  return glossary.entry(id)?.category === 'person'
}

/** Whether an entry names a body (the company, the ministry may refer back to it). */
export function isBody(glossary: Glossary, id: string): boolean {
  const category = glossary.entry(id)?.category
  return category === 'company' || category === 'organization' || category === 'media'
}
