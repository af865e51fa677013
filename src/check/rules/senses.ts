/**
 * Where an entry applies, and how much its rules weigh: the check side of
 * an entry's `context` (训练 only beside AI words), `notInside` (外交部 not
 * inside 外交部长, 推理 not in 推理小说) and `severity`, read from the
 * glossary's resources so that entries without them behave as before.
 */
import type {Severity} from '../../core/problem.js'
import type {Glossary} from '../../glossary/create.js'
import type {BlockTerm} from '../../article/blocks.js'

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
 * glossary means: not inside a longer word the entry names in `notInside`,
 * and, where the entry has a `context`, in a block that has one of its words.
 *
 * @param glossary the glossary.
 * @param term the term as found.
 * @param text the block's text.
 * @param around text that also counts as context, for blocks too short to hold it (headings, table cells). (default: none)
 * @returns true when the entry applies there.
 */
export function applies(glossary: Glossary, term: BlockTerm, text: string, around = ''): boolean {
  for (const longer of stringsOf(fieldOf(glossary, 'zh', term.id, 'notInside'))) {
    for (let at = text.indexOf(longer); at !== -1; at = text.indexOf(longer, at + 1)) {
      const offset = longer.indexOf(term.text)
      if (offset !== -1 && at <= term.start && term.end <= at + longer.length && at + offset === term.start) return false
    }
  }
  const context = stringsOf(fieldOf(glossary, 'zh', term.id, 'context'))
  return context.length === 0 || context.some((word) => text.includes(word) || around.includes(word))
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
