/**
 * The translation beside the article: top-level blocks paired in order, each
 * pair a row (side by side on a wide screen, one under the other on a phone),
 * the English side marked `data-added` since it is not the article's text.
 */
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {added} from '../common/page.js'
import {blocksOf} from '../common/translation.js'

/**
 * Pair the article's blocks with the translation's.
 *
 * @param article the article's top-level nodes (decorated).
 * @param translation the translation's top-level nodes (marked).
 * @param lang the translation's language.
 * @returns one row per pair; a side without a block is left empty.
 */
export function pairBlocks(article: readonly ElementContent[], translation: readonly ElementContent[], lang: string): ElementContent[] {
  const left = blocksOf(article)
  const right = blocksOf(translation)
  const rows: ElementContent[] = []
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const zh = left[i]
    const en = right[i]
    rows.push(
      h('div', {className: ['zg-row']}, [
        h('div', {className: ['zg-zh']}, zh ? [zh] : []),
        added('div', {className: ['zg-en'], lang}, en ? [en] : [])
      ])
    )
  }
  return rows
}
