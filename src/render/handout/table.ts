/**
 * The handout's glossary table: one row per term in order of first
 * appearance, numbered like the footnote marks in the text.
 */
import type {Element, ElementContent} from 'hast'
import type {TFunction} from 'i18next'
import {added} from '../common/page.js'
import type {TermRow} from '../common/rows.js'

/** Options of `glossaryTable`. */
export interface GlossaryTableOptions {
  /** Interface strings of the handout. */
  t: TFunction
  /** The gloss language's code, for `lang` attributes. */
  lang: string
  /** The gloss language's name, for the gloss column's header. */
  languageName: string
  /** The interface language, of the headings. (default: `'en'`) */
  ui?: string
  /** Print the other forms column. (default: `false`) */
  forms?: boolean
  /** How much of each note to print. (default: `'short'`) */
  notes?: 'short' | 'long'
}

/** Columns, by class and interface string key; the other forms only when asked for. */
const columns = [
  ['zg-col-number', 'number'],
  ['zg-col-term', 'term'],
  ['zg-col-forms', 'otherForms'],
  ['zg-col-pinyin', 'pinyin'],
  ['zg-col-gloss', 'gloss'],
  ['zg-col-note', 'note']
] as const

/** A short note stops at its first sentence, and at about this many characters. */
const shortNoteLength = 90

/**
 * The id of a term's row, which the footnote marks link to; entry ids are ASCII and safe in ids.
 *
 * @param id the entry id.
 * @returns the element id.
 */
export function rowId(id: string): string {
  return `zg-term-${id}`
}

/**
 * Build the glossary section of the handout.
 *
 * @param rows the terms, in order of first appearance.
 * @param options strings and languages.
 * @returns the section, marked as added.
 */
export function glossaryTable(rows: readonly TermRow[], options: GlossaryTableOptions): Element {
  const {t} = options
  const heading = added('h2', {}, [t('glossary')])
  const lang = options.ui ?? 'en'
  if (rows.length === 0)
    return added('section', {className: ['zg-glossary'], lang}, [heading, added('p', {className: ['zg-empty']}, [t('noTerms')])])
  const head = added('thead', {}, [
    added(
      'tr',
      {},
      columns
        .filter(([className]) => options.forms === true || className !== 'zg-col-forms')
        .map(([className, key]) => added('th', {className: [className], scope: 'col'}, [t(key, {language: options.languageName})]))
    )
  ])
  const body = added(
    'tbody',
    {},
    rows.map((row) => tableRow(row, options))
  )
  return added(
    'section',
    {className: ['zg-glossary', ...(options.forms ? ['zg-with-forms'] : [])], lang, ariaLabelledBy: 'zg-glossary-heading'},
    [{...heading, properties: {...heading.properties, id: 'zg-glossary-heading'}}, added('table', {}, [head, body])]
  )
}

/**
 * One row of the table.
 *
 * @param row the term.
 * @param options the gloss language and what to print.
 * @returns the `<tr>`.
 */
function tableRow(row: TermRow, options: GlossaryTableOptions): Element {
  const {lang} = options
  const cells: ElementContent[] = [
    added('td', {}, [String(row.number)]),
    added('td', {lang: 'zh'}, [added('span', {className: ['zg-term']}, [row.written])]),
    ...(options.forms ? [added('td', {lang: 'zh'}, otherForms(row.otherForms))] : []),
    added('td', {lang: 'zh-Latn-pinyin'}, [row.pinyin]),
    added('td', {lang}, [row.gloss]),
    added('td', {lang, className: ['zg-note']}, [options.notes === 'long' ? row.note : shortNote(row.note)])
  ]
  return added('tr', {id: rowId(row.id), dataEntry: row.id}, cells)
}

/**
 * The other forms, `A · B · C`, each separator bound to the form before it
 * so that no line of a narrow cell starts with a lone dot.
 *
 * @param forms the forms.
 * @returns spans and the spaces between them.
 */
function otherForms(forms: readonly string[]): ElementContent[] {
  return forms.flatMap((form, index) => {
    const last = index === forms.length - 1
    const span = added('span', {className: ['zg-form']}, [last ? form : `${form}\u00A0·`])
    return last ? [span] : [span, {type: 'text' as const, value: ' '}]
  })
}

/**
 * The first sentence of a note, cut at a word near the length a table cell
 * holds: the glossary of a handout is for reading the article, not an encyclopedia.
 *
 * @param note the whole note.
 * @returns the short note.
 */
export function shortNote(note: string): string {
  const first = /^.*?[.!?。！？](?=\s|$)/su.exec(note)?.[0] ?? note
  if (first.length <= shortNoteLength) return first
  const cut = first.slice(0, shortNoteLength)
  const space = cut.lastIndexOf(' ')
  return `${(space > shortNoteLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`
}
