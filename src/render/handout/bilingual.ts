/**
 * The bilingual handout: each top-level block of the article followed by the
 * block of the translation at the same place. The translation is added
 * content (`data-added`); its glossary renderings are set off so a student
 * can see which English word renders which term.
 */
import type {ElementContent} from 'hast'
import {added} from '../common/page.js'
import {blocksOf} from '../common/translation.js'

/**
 * Pair the article's top-level blocks with the translation's, in order.
 * Blocks the translation has beyond the article's come after the last one.
 *
 * @param source the article's top-level nodes.
 * @param translation the translation's top-level nodes, renderings marked.
 * @param lang the translation's language.
 * @returns the article's nodes with a translation block after each of its blocks.
 */
export function interleaveTranslation(
  source: readonly ElementContent[],
  translation: readonly ElementContent[],
  lang: string
): ElementContent[] {
  const blocks = blocksOf(translation).map((block) => added('div', {className: ['zg-translation'], lang}, [block]))
  const result: ElementContent[] = []
  let paired = 0
  for (const node of source) {
    result.push(node)
    const block = node.type === 'element' ? blocks[paired++] : undefined
    if (block) result.push({type: 'text', value: '\n'}, block)
  }
  for (const block of blocks.slice(paired)) result.push({type: 'text', value: '\n'}, block)
  return result
}
