/**
 * The translation beside the article: top-level blocks paired in order, each
 * pair a row (side by side on a wide screen, one under the other on a phone),
 * the English side marked `data-added` since it is not the article's text.
 * The glossary's renderings in the English are marked with the entry they
 * stand for, so the page can link them to the Chinese terms.
 */
import type {Element, ElementContent, Parent, Root, RootContent} from 'hast'
import {h} from 'hastscript'
import {SKIP, visit} from 'unist-util-visit'
import type {Glossary} from '../../glossary/create.js'
import {createRenderingMatcher, type RenderingMatcher, type RenderingSpan} from '../../glossary/renderings.js'
import type {Article} from '../../article/analyze.js'
import {added} from '../common/page.js'

/** Elements whose text is never searched for renderings. */
const opaque = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style'])

/**
 * Pair the article's blocks with the translation's.
 *
 * @param article the article's top-level nodes (decorated).
 * @param translation the translation's top-level nodes (marked).
 * @param lang the translation's language.
 * @returns one row per pair; a side without a block is left empty.
 */
export function pairBlocks(article: readonly RootContent[], translation: readonly RootContent[], lang: string): ElementContent[] {
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

/**
 * The translation's tree, ready to sit beside the article: the Chinese term
 * marks its analysis made (Latin forms such as H200) are unwrapped, and the
 * glossary's renderings are marked `<span class="zg-rendering" data-rendering="ID">`.
 *
 * @param translation the analyzed translation.
 * @param glossary the glossary.
 * @param lang the translation's language.
 * @returns a new tree.
 */
export function markTranslation(translation: Article, glossary: Glossary, lang: string): Root {
  const tree: Root = structuredClone(translation.hast)
  unwrapTerms(tree)
  markRenderings(tree, createRenderingMatcher(glossary, lang))
  return tree
}

/**
 * The blocks of a tree's top level: elements, not the white space between them.
 *
 * @param nodes top-level nodes.
 * @returns the elements.
 */
function blocksOf(nodes: readonly RootContent[]): Element[] {
  return nodes.filter((node): node is Element => node.type === 'element')
}

/**
 * Replace every `data-term` element by its text and join the text around it
 * again, so that renderings are searched in whole sentences.
 *
 * @param tree the translation's tree; changed.
 * @returns nothing.
 */
function unwrapTerms(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node)) return
    const parent: Parent = node
    const children: RootContent[] = []
    for (const child of parent.children) {
      const inner = child.type === 'element' && child.properties['dataTerm'] !== undefined ? child.children : [child]
      for (const piece of inner) {
        const previous = children.at(-1)
        if (piece.type === 'text' && previous?.type === 'text') previous.value += piece.value
        else children.push(piece)
      }
    }
    parent.children = children
  })
}

/**
 * Wrap each rendering found in the text in a span naming its entry.
 *
 * @param tree the translation's tree; changed.
 * @param matcher finds renderings in text.
 * @returns nothing.
 */
function markRenderings(tree: Root, matcher: RenderingMatcher): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && opaque.has(node.tagName)) return SKIP
    if (node.type !== 'text' || parent?.type !== 'element' || index === undefined) return
    const spans = matcher.find(node.value)
    if (spans.length === 0) return
    const pieces = splitAt(node.value, spans)
    parent.children.splice(index, 1, ...pieces)
    return index + pieces.length
  })
}

/**
 * Cut a text into plain text and rendering spans.
 *
 * @param text a text node's value.
 * @param spans the renderings found in it, in order.
 * @returns the pieces.
 */
function splitAt(text: string, spans: readonly RenderingSpan[]): ElementContent[] {
  const pieces: ElementContent[] = []
  let last = 0
  for (const span of spans) {
    if (span.start > last) pieces.push({type: 'text', value: text.slice(last, span.start)})
    pieces.push(
      h('span', {className: ['zg-rendering'], dataRendering: span.id, dataStatus: span.status}, [text.slice(span.start, span.end)])
    )
    last = span.end
  }
  if (last < text.length) pieces.push({type: 'text', value: text.slice(last)})
  return pieces
}
