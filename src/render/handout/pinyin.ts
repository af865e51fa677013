/**
 * Pinyin over all the Chinese text of an article (the handout's
 * `pinyin: 'all'`): every run of Han characters becomes `<ruby>` with one
 * reading per character, read as a phrase so that polyphonic characters take
 * the reading of their word.
 */
import type {ElementContent} from 'hast'
import {rubyText} from '../common/ruby.js'

/** Elements whose text never gets pinyin: code, and what already has or is a reading. */
const skipped = new Set(['ruby', 'rt', 'rp', 'code', 'pre', 'script', 'style', 'template'])

/**
 * Put pinyin over every run of Han characters, leaving existing ruby, code
 * and added content alone.
 *
 * @param nodes the article's (cloned) nodes; elements are changed in place.
 * @returns the nodes, text split around the new `<ruby>` elements.
 */
export function addPinyinToText(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node) => {
    if (node.type === 'text') return rubyText(node.value) ?? [node]
    if (node.type === 'element' && !skipped.has(node.tagName) && node.properties['dataAdded'] === undefined)
      node.children = addPinyinToText(node.children)
    return [node]
  })
}
