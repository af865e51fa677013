/**
 * Pinyin over all the Chinese text of an article (`--pinyin all`), one rule
 * for every output: each run of Han characters becomes ruby, one reading per
 * character, read as a phrase so that polyphonic characters take the reading
 * of their word.
 */
import type {Element, ElementContent} from 'hast'
import {rubyText} from './ruby.js'

/** Elements whose text never gets pinyin: code, what already is or has a reading, and what is not shown as text. */
const skipped = new Set(['code', 'pre', 'kbd', 'samp', 'ruby', 'rt', 'rp', 'script', 'style', 'template'])

/** Options of `addTextPinyin`. */
export interface TextPinyinOptions {
  /** Whether the text of glossary terms gets it too; a page that gives terms their own ruby says no. (default: `true`) */
  terms?: boolean
}

/**
 * Put pinyin over every run of Han characters, leaving code, existing ruby
 * and added content alone.
 *
 * @param nodes the article's (cloned) nodes; elements are changed in place.
 * @param options whether terms are included.
 * @returns the nodes, text split around the new `<ruby>` elements.
 */
export function addTextPinyin(nodes: readonly ElementContent[], options: TextPinyinOptions = {}): ElementContent[] {
  const terms = options.terms ?? true
  return nodes.flatMap((node) => {
    if (node.type === 'text') return rubyText(node.value) ?? [node]
    if (node.type === 'element' && !isSkipped(node, terms)) node.children = addTextPinyin(node.children, options)
    return [node]
  })
}

/**
 * Whether an element's text is left without pinyin.
 *
 * @param element the element.
 * @param terms whether terms get pinyin.
 * @returns true to skip it.
 */
function isSkipped(element: Element, terms: boolean): boolean {
  const {properties} = element
  return skipped.has(element.tagName) || properties['dataAdded'] !== undefined || (!terms && properties['dataTerm'] !== undefined)
}
