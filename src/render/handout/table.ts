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
}

/** Columns, by class and interface string key. */
const columns = [
  ['zg-col-number', 'number'],
  ['zg-col-term', 'term'],
  ['zg-col-forms', 'otherForms'],
  ['zg-col-pinyin', 'pinyin'],
  ['zg-col-gloss', 'gloss'],
  ['zg-col-note', 'note'],
  ['zg-col-count', 'occurrences']
] as const

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
      columns.map(([className, key]) => added('th', {className: [className], scope: 'col'}, [t(key, {language: options.languageName})]))
    )
  ])
  const body = added(
    'tbody',
    {},
    rows.map((row) => tableRow(row, options.lang))
  )
  return added('section', {className: ['zg-glossary'], lang, ariaLabelledBy: 'zg-glossary-heading'}, [
    {...heading, properties: {...heading.properties, id: 'zg-glossary-heading'}},
    added('table', {}, [head, body])
  ])
}

/**
 * One row of the table.
 *
 * @param row the term.
 * @param lang the gloss language.
 * @returns the `<tr>`.
 */
function tableRow(row: TermRow, lang: string): Element {
  const cells: ElementContent[] = [
    added('td', {}, [String(row.number)]),
    added('td', {lang: 'zh'}, [added('span', {className: ['zg-term']}, [row.written])]),
    added('td', {lang: 'zh'}, otherForms(row.otherForms)),
    added('td', {lang: 'zh-Latn-pinyin'}, [row.pinyin]),
    added('td', {lang}, [row.gloss]),
    added('td', {lang, className: ['zg-note']}, [row.note]),
    added('td', {}, [String(row.occurrences)])
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
