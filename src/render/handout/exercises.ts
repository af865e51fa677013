/**
 * Exercises made from the glossary, for the end of the handout: match each
 * term with its meaning, and fill each term back into its own sentence of
 * the article. The answers go on a page of their own, so that a teacher can
 * keep them back. Everything here is added content.
 */
import type {Element, Root} from 'hast'
import {toString as hastText} from 'hast-util-to-string'
import type {TFunction} from 'i18next'
import {visit} from 'unist-util-visit'
import {hasHan} from '../../glossary/create.js'
import type {TermRow} from '../common/rows.js'
import {added} from '../common/page.js'

/** How many terms an exercise asks about: enough for a lesson, few enough for one page. */
const perExercise = 8

/** A fill-in item: the sentence with a gap, and the term that fills it. */
interface Gap {
  readonly sentence: string
  readonly answer: string
}

/**
 * The exercises and their answers.
 *
 * @param rows the article's terms.
 * @param tree the article's own tree (sentences are taken from it).
 * @param options strings and the gloss language.
 * @returns the exercise section and the answer section.
 */
export function exercises(rows: readonly TermRow[], tree: Root, options: {t: TFunction; lang: string}): Element[] {
  const {t, lang} = options
  const chosen = rows.filter((row) => hasHan(row.written)).slice(0, perExercise)
  if (chosen.length < 2) return []
  const glosses = shuffled(chosen)
  const letter = (i: number): string => String.fromCharCode(65 + i)
  const used = new Set<string>()
  const gaps = chosen.flatMap((row) => gapFor(row, tree, used))
  const match = added('ol', {className: ['zg-match']}, [
    ...chosen.map((row) => added('li', {lang: 'zh'}, [row.written])),
    ...glosses.map((row, i) => added('li', {className: ['zg-match-gloss'], lang, value: i + 1}, [`${letter(i)}. ${row.gloss}`]))
  ])
  const fill = added(
    'ol',
    {className: ['zg-fill'], lang: 'zh'},
    gaps.map((gap) => added('li', {}, [gap.sentence]))
  )
  const answers = chosen.map((row, i) => `${i + 1}–${letter(glosses.indexOf(row))}`).join('  ')
  return [
    added('section', {className: ['zg-exercises']}, [
      added('h2', {}, [t('exercises')]),
      added('h3', {}, [t('matchHeading')]),
      match,
      ...(gaps.length > 0 ? [added('h3', {}, [t('fillHeading')]), fill] : [])
    ]),
    added('section', {className: ['zg-answers']}, [
      added('h2', {}, [t('answers')]),
      added('p', {}, [`${t('matchHeading')}: ${answers}`]),
      ...(gaps.length > 0
        ? [
            added('p', {}, [
              `${t('fillHeading')}: `,
              added('span', {lang: 'zh'}, [gaps.map((gap, i) => `${i + 1}.\u00A0${gap.answer}`).join('  ')])
            ])
          ]
        : [])
    ])
  ]
}

/**
 * The terms in an order that does not follow the list (so that 1 is not A),
 * the same on every build: sorted by a small hash of their ids.
 *
 * @param rows the terms.
 * @returns the same terms, reordered.
 */
function shuffled(rows: readonly TermRow[]): TermRow[] {
  const hash = (text: string): number => [...text].reduce((sum, character) => (sum * 31 + (character.codePointAt(0) ?? 0)) % 1_000_003, 7)
  const order = [...rows].sort((a, b) => hash(a.id) - hash(b.id))
  return order.every((row, i) => row === rows[i]) ? [...rows.slice(1), ...rows.slice(0, 1)] : order
}

/**
 * The first sentence of the article that holds a term and is not used yet
 * for another term, with the term taken out.
 *
 * @param row the term.
 * @param tree the article's tree.
 * @param used sentences already used; added to.
 * @returns the gap, or nothing when no free sentence holds the term as written.
 */
function gapFor(row: TermRow, tree: Root, used: Set<string>): Gap[] {
  const term = row.written
  let found: Gap | undefined
  visit(tree, 'element', (element) => {
    if (found || element.tagName !== 'p') return
    const sentence = (hastText(element).match(/[^。！？]+[。！？]?/gu) ?? []).find((piece) => piece.includes(term) && !used.has(piece))
    if (!sentence) return
    used.add(sentence)
    found = {sentence: sentence.trim().replace(term, '＿＿＿＿'), answer: term}
  })
  return found ? [found] : []
}
