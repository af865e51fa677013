/**
 * The bilingual handout: each top-level block of the article followed by the
 * block of the translation at the same place. The translation is added
 * content (`data-added`); its glossary renderings are set off so a student
 * can see which English word renders which term.
 */
import type {Element, ElementContent} from 'hast'
import type {Glossary} from '../../glossary/create.js'
import {createRenderingMatcher, type RenderingMatcher} from '../../glossary/renderings.js'
import {added} from '../common/page.js'

/** Options of `interleaveTranslation`. */
export interface InterleaveOptions {
  glossary: Glossary
  /** The translation's language. (default: `'en'`) */
  lang?: string
}

/** Elements whose text is not searched for renderings. */
const opaque = new Set(['code', 'pre', 'script', 'style'])

/**
 * Pair the article's top-level blocks with the translation's, in order.
 * Blocks the translation has beyond the article's come after the last one.
 *
 * @param source the article's top-level nodes (cloned; may be changed).
 * @param translation the translation's top-level nodes (cloned; changed).
 * @param options the glossary and the translation's language.
 * @returns the article's nodes with a translation block after each of its blocks.
 */
export function interleaveTranslation(
  source: readonly ElementContent[],
  translation: readonly ElementContent[],
  options: InterleaveOptions
): ElementContent[] {
  const lang = options.lang ?? 'en'
  const matcher = createRenderingMatcher(options.glossary, lang)
  const blocks = translation
    .filter((node): node is Element => node.type === 'element')
    .map((block) => translationBlock(block, matcher, lang))
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

/**
 * One block of the translation, marked as added and in its own language.
 *
 * @param block a top-level element of the translation.
 * @param matcher finds glossary renderings.
 * @param lang the translation's language.
 * @returns the wrapped block.
 */
function translationBlock(block: Element, matcher: RenderingMatcher, lang: string): Element {
  const [plain] = markRenderings(unwrapTerms([block]), matcher)
  return added('div', {className: ['zg-translation'], lang}, plain ? [plain] : [])
}

/**
 * Remove the Chinese matcher's term elements from the translation: its
 * Latin forms (H200, CUDA) are matched there too, but the translation has
 * no terms of its own; only the article's do.
 *
 * @param nodes nodes of the translation.
 * @returns the nodes with every `data-term` element replaced by its content.
 */
function unwrapTerms(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'element') return [node]
    node.children = unwrapTerms(node.children)
    return node.properties['dataTerm'] === undefined ? [node] : node.children
  })
}

/**
 * Set off the glossary's renderings (preferred or accepted) in the translation.
 *
 * @param nodes nodes of the translation.
 * @param matcher finds renderings.
 * @returns the nodes, text split around `<span class="zg-rendering">`.
 */
function markRenderings(nodes: readonly ElementContent[], matcher: RenderingMatcher): ElementContent[] {
  const merged = mergeTexts(nodes)
  return merged.flatMap((node): ElementContent[] => {
    if (node.type === 'element') {
      if (!opaque.has(node.tagName)) node.children = markRenderings(node.children, matcher)
      return [node]
    }
    if (node.type !== 'text') return [node]
    const spans = matcher.find(node.value).filter((span) => span.status === 'preferred' || span.status === 'accepted')
    const result: ElementContent[] = []
    let last = 0
    for (const span of spans) {
      if (span.start > last) result.push({type: 'text', value: node.value.slice(last, span.start)})
      result.push({
        type: 'element',
        tagName: 'span',
        properties: {className: ['zg-rendering'], dataRendering: span.id},
        children: [{type: 'text', value: span.text}]
      })
      last = span.end
    }
    if (last < node.value.length) result.push({type: 'text', value: node.value.slice(last)})
    return result
  })
}

/**
 * Join neighbouring text nodes (left apart where term elements were
 * unwrapped), so a rendering is found across them.
 *
 * @param nodes sibling nodes.
 * @returns the same nodes with adjacent texts joined.
 */
function mergeTexts(nodes: readonly ElementContent[]): ElementContent[] {
  const result: ElementContent[] = []
  for (const node of nodes) {
    const previous = result.at(-1)
    if (node.type === 'text' && previous?.type === 'text') result[result.length - 1] = {type: 'text', value: previous.value + node.value}
    else result.push(node)
  }
  return result
}
