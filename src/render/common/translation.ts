/**
 * The translation as the outputs show it beside the article: a copy of its
 * tree without the Chinese matcher's term elements (its Latin forms, H200,
 * CUDA, are matched there too, but the translation has no terms of its own),
 * with the glossary's renderings marked
 * `<span class="zg-rendering" data-rendering="ID" data-status="…">`, so that
 * a page can tie an English word to the term it renders.
 */
import type {ElementContent, RootContent} from 'hast'
import {h} from 'hastscript'
import type {Article} from '../../article/analyze.js'
import type {Glossary} from '../../glossary/create.js'
import {createRenderingMatcher, type RenderingMatcher, type RenderingStatus} from '../../glossary/renderings.js'

/** Elements whose text is never searched for renderings. */
const opaque = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style'])

/** Options of `markTranslation`. */
export interface MarkTranslationOptions {
  glossary: Glossary
  /** The translation's language. */
  lang: string
  /** Which renderings to mark. (default: all: preferred, accepted and forbidden) */
  statuses?: readonly RenderingStatus[]
}

/**
 * The translation's top-level nodes, ready to print beside the article.
 *
 * @param translation the analyzed translation.
 * @param options the glossary, language and statuses to mark.
 * @returns new nodes (the translation's tree is left as it was).
 */
export function markTranslation(translation: Article, options: MarkTranslationOptions): ElementContent[] {
  const matcher = createRenderingMatcher(options.glossary, options.lang)
  const nodes = structuredClone(translation.hast).children.filter((node): node is ElementContent => node.type !== 'doctype')
  const keep = options.statuses
  return markRenderings(unwrapTerms(nodes), (text) => matcher.find(text).filter((span) => !keep || keep.includes(span.status)))
}

/**
 * Replace every `data-term` element by its content, joining the text around
 * it again so that renderings are searched in whole sentences.
 *
 * @param nodes sibling nodes; elements are changed in place.
 * @returns the nodes without term elements.
 */
function unwrapTerms(nodes: readonly ElementContent[]): ElementContent[] {
  const result: ElementContent[] = []
  for (const node of nodes) {
    if (node.type === 'element') node.children = unwrapTerms(node.children)
    const pieces = node.type === 'element' && node.properties['dataTerm'] !== undefined ? node.children : [node]
    for (const piece of pieces) {
      const previous = result.at(-1)
      if (piece.type === 'text' && previous?.type === 'text')
        result[result.length - 1] = {type: 'text', value: previous.value + piece.value}
      else result.push(piece)
    }
  }
  return result
}

/**
 * Wrap each rendering found in the text in a span naming its entry.
 *
 * @param nodes sibling nodes; elements are changed in place.
 * @param find the renderings to mark in a text.
 * @returns the nodes, text split around the spans.
 */
function markRenderings(nodes: readonly ElementContent[], find: RenderingMatcher['find']): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'element') {
      if (!opaque.has(node.tagName)) node.children = markRenderings(node.children, find)
      return [node]
    }
    if (node.type !== 'text') return [node]
    const pieces: ElementContent[] = []
    let last = 0
    for (const span of find(node.value)) {
      if (span.start > last) pieces.push({type: 'text', value: node.value.slice(last, span.start)})
      pieces.push(
        h('span', {className: ['zg-rendering'], dataRendering: span.id, dataStatus: span.status}, [node.value.slice(span.start, span.end)])
      )
      last = span.end
    }
    if (last < node.value.length) pieces.push({type: 'text', value: node.value.slice(last)})
    return pieces
  })
}

/**
 * The blocks of a tree's top level: elements, not the white space between them.
 *
 * @param nodes top-level nodes.
 * @returns the elements.
 */
export function blocksOf(nodes: readonly (RootContent | ElementContent)[]): Extract<ElementContent, {type: 'element'}>[] {
  return nodes.filter((node): node is Extract<ElementContent, {type: 'element'}> => node.type === 'element')
}
