/**
 * Pinyin over all the Chinese text of an article (the handout's
 * `pinyin: 'all'`): every run of Han characters becomes `<ruby>` with one
 * reading per character, read as a phrase so that polyphonic characters take
 * the reading of their word.
 */
import type {Element, ElementContent} from 'hast'
import {readPhrase} from '../glossary/reading.js'

/** Elements whose text never gets pinyin: code, and what already has or is a reading. */
const skipped = new Set(['ruby', 'rt', 'rp', 'code', 'pre', 'script', 'style', 'template'])

/** A run of Han characters (the ideographic zero and iteration mark are Han too). */
const hanRun = /[\p{Script=Han}〇々]+/gu

/**
 * Put pinyin over every run of Han characters, leaving existing ruby, code
 * and added content alone.
 *
 * @param nodes the article's (cloned) nodes; elements are changed in place.
 * @returns the nodes, text split around the new `<ruby>` elements.
 */
export function addPinyinToText(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node) => {
    if (node.type === 'text') return rubyText(node.value)
    if (node.type === 'element' && !skipped.has(node.tagName) && node.properties['dataAdded'] === undefined) node.children = addPinyinToText(node.children)
    return [node]
  })
}

/**
 * Text with pinyin over its Han characters.
 *
 * @param text any text.
 * @returns text nodes and `<ruby>` elements that read, without their `rt`/`rp`, as the text.
 */
export function rubyText(text: string): ElementContent[] {
  const result: ElementContent[] = []
  let last = 0
  for (const match of text.matchAll(hanRun)) {
    if (match.index > last) result.push({type: 'text', value: text.slice(last, match.index)})
    result.push(...rubiesOf(match[0]))
    last = match.index + match[0].length
  }
  if (last < text.length) result.push({type: 'text', value: text.slice(last)})
  return result
}

/**
 * `<ruby class="zg-py">` for a run of Han characters: one per character
 * where the phrase reads syllable for character, else one over the whole
 * run. One element per character, so that the style sheet can give each
 * reading its own width: Chromium lets a reading overhang the neighbouring
 * characters, and with every character annotated the readings would run into
 * each other.
 *
 * @param run Han characters only.
 * @returns the ruby elements.
 */
function rubiesOf(run: string): Element[] {
  const characters = [...run]
  const syllables = readPhrase(run).split(/\s+/).filter(Boolean)
  if (syllables.length !== characters.length) return [ruby(run, syllables.join(' '))]
  return characters.map((character, index) => ruby(character, syllables[index] ?? ''))
}

/**
 * One `<ruby>`: base text and its reading.
 *
 * @param base the text.
 * @param reading its pinyin.
 * @returns the element.
 */
function ruby(base: string, reading: string): Element {
  return {type: 'element', tagName: 'ruby', properties: {className: ['zg-py']}, children: [{type: 'text', value: base}, ...readingNodes(reading)]}
}

/**
 * A reading with its fallback parentheses, for browsers without ruby.
 *
 * @param reading the pinyin.
 * @returns `rp`, `rt`, `rp`.
 */
function readingNodes(reading: string): Element[] {
  return [
    {type: 'element', tagName: 'rp', properties: {}, children: [{type: 'text', value: '('}]},
    {type: 'element', tagName: 'rt', properties: {}, children: [{type: 'text', value: reading}]},
    {type: 'element', tagName: 'rp', properties: {}, children: [{type: 'text', value: ')'}]}
  ]
}
