/**
 * The terms an article uses, one row per glossary entry in order of first
 * appearance: what the handout's glossary table and the vocabulary files list.
 */
import type {Glossary} from '../../glossary/create.js'
import {readingOf} from '../../glossary/reading.js'
import type {Category} from '../../glossary/types.js'
import type {Article} from '../../article/analyze.js'
import {glossText, withoutModel} from './terms.js'

/** One term of the article, as the glossary table shows it. */
export interface TermRow {
  /** 1-based number, in order of first appearance; the footnote number in the text. */
  readonly number: number
  /** The entry id. */
  readonly id: string
  /** The first occurrence as written in the article (with its model number, if any). */
  readonly written: string
  /** The entry's other forms: every form but the one written (traditional and simplified count as two). */
  readonly otherForms: readonly string[]
  /** Pinyin of what is written; empty for terms without Chinese characters. */
  readonly pinyin: string
  /** The gloss in the gloss language (with the model number for a series). */
  readonly gloss: string
  /** The entry's note in the gloss language; may be empty. */
  readonly note: string
  /** How many times the entry occurs in the article. */
  readonly occurrences: number
  readonly category: Category
}

/**
 * List the terms of an article in order of first appearance.
 *
 * @param article the analyzed article.
 * @param glossary the glossary it was analyzed with.
 * @param lang the gloss language. (default: `'en'`)
 * @returns one row per entry used.
 */
export function termRows(article: Article, glossary: Glossary, lang = 'en'): TermRow[] {
  const counts = new Map<string, number>()
  const firsts: Array<{id: string; text: string; model: string | undefined}> = []
  for (const occurrence of article.occurrences) {
    const count = counts.get(occurrence.id) ?? 0
    if (count === 0) firsts.push({id: occurrence.id, text: occurrence.text, model: occurrence.model})
    counts.set(occurrence.id, count + 1)
  }
  const rows: TermRow[] = []
  for (const first of firsts) {
    const entry = glossary.entry(first.id)
    if (!entry) continue
    const base = withoutModel(first.text, first.model)
    rows.push({
      number: rows.length + 1,
      id: entry.id,
      written: first.text,
      otherForms: entry.forms.filter((form) => form !== base),
      pinyin: readingOf(entry, base) ?? '',
      gloss: glossText(glossary, entry.id, first.model, lang),
      note: glossary.gloss(entry.id, lang)?.note ?? '',
      occurrences: counts.get(entry.id) ?? 0,
      category: entry.category
    })
  }
  return rows
}
