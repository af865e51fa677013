/**
 * `remarkGloss`: a unified plugin that finds glossary terms in the text of a
 * Markdown tree and wraps each in a `glossTerm` node, which remark-rehype
 * turns into `<span data-term="ID">` and remark-stringify writes as its plain
 * text. Code, inline code, raw HTML, front matter and URLs are never touched.
 */
import type {Link, Nodes, Parent, Root, Text} from 'mdast'
import type {Handle} from 'mdast-util-to-markdown'
import type {} from 'remark-stringify'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Glossary} from '../glossary/create.js'
import {type CueWords, cueWords, cueWordsBefore, foldContext, foldTail, type FoldedTail, type Span} from '../matcher/index.js'
import {createLocator} from './locate.js'
import type {GlossTerm, Occurrence} from './types.js'

export type {GlossData, GlossTerm, Occurrence} from './types.js'

/** Options of `remarkGloss`. */
export interface RemarkGlossOptions {
  /** The glossary whose terms to mark. */
  glossary: Glossary
  /** Class name put on every term element. (default: `'term'`) */
  className?: string
}

/** Node types whose text is never searched. */
const opaque = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'math', 'inlineMath', 'definition', 'glossTerm'])

/**
 * Mark glossary terms in a Markdown tree.
 *
 * @param options the glossary, and how to mark.
 * @returns the transformer.
 */
export const remarkGloss: Plugin<[RemarkGlossOptions], Root> = function (options) {
  if (!options?.glossary) throw new Error('remarkGloss: pass `{glossary}`, made with createGlossary() or loadGlossary()')
  const {glossary} = options
  const className = options.className ?? 'term'
  const data = this.data()
  data.toMarkdownExtensions ??= []
  data.toMarkdownExtensions.push({handlers: {glossTerm: writeTermAsText}})

  return (tree: Root, file: VFile) => {
    const matcher = glossary.matcher
    const locate = createLocator(String(file.value ?? ''))
    const occurrences: Occurrence[] = []
    // A plain walk rather than unist-util-visit: this runs over every node of every article, and visit's list of ancestors per node showed in profiles.
    let tail: FoldedTail | undefined
    /** The article's text prepared for the cue words of headings and cells, once, when a rule first asks. */
    const articleTail = (): FoldedTail => {
      tail ??= foldTail(blockText(tree))
      return tail
    }
    const walk = (parent: Parent, block: CueWords | undefined): void => {
      const children = parent.children as Nodes[]
      // Cue words of sense rules are looked for in the whole block, which may be cut into many text nodes;
      // a heading or a table cell is too short to hold them, so the article's text counts there too.
      // Each block is folded once and each cue looked for once in it; the article's text once for all headings and cells.
      let context = block
      if (matcher.usesContext && blocks.has(parent.type)) {
        const node = parent as Nodes
        if (parent.type === 'paragraph') context = cueWords(() => foldContext(blockText(node)))
        else context = cueWordsBefore(() => blockText(node), articleTail)
      }
      // The new list of children is made only once something is split, and then whole: splicing each term in is quadratic in long paragraphs.
      let changed: Nodes[] | undefined
      for (let index = 0; index < children.length; index++) {
        const node = children[index] as Nodes
        if (opaque.has(node.type) || isAutolink(node)) {
          changed?.push(node)
          continue
        }
        if ('children' in node) walk(node, context)
        const spans = node.type === 'text' ? matcher.match(node.value, context === undefined ? undefined : {cues: context}) : none
        if (spans.length === 0) {
          changed?.push(node)
          continue
        }
        changed ??= children.slice(0, index)
        splitText(node as Text, spans, className, changed)
        for (const span of spans) occurrences.push(locate.occurrence(node as Text, span))
      }
      if (changed) parent.children = changed as typeof parent.children
    }
    walk(tree, undefined)
    file.data.gloss = {occurrences}
  }
}

/** In Markdown out, a term is its text again: Markdown has no way to say more. */
const writeTermAsText: Handle = (node: GlossTerm, _parent, state, info) => state.containerPhrasing(node, info)

/** Blocks whose text is the context of the sense rules' cue words. */
const blocks = new Set(['paragraph', 'heading', 'tableCell'])

/** The text of a block, its inline code included. */
function blockText(node: Nodes): string {
  const parts: string[] = []
  collectText(node, parts)
  // Joined once: joining at every level copied the whole article's text once per level of the tree.
  return parts.join('')
}

/** Put the texts of a node, inline code included, in order into `parts`. */
function collectText(node: Nodes, parts: string[]): void {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) parts.push(node.value)
  else if ('children' in node) for (const child of node.children as Nodes[]) collectText(child, parts)
}

/** A link whose text is its own address (GFM autolink literal or `<https://…>`): its text is a URL. */
function isAutolink(node: {type: string}): boolean {
  if (node.type !== 'link') return false
  const link = node as Link
  const [only] = link.children
  return (
    link.children.length === 1 && only?.type === 'text' && link.url.replace(/^mailto:/, '').endsWith(only.value.replace(/^mailto:/, ''))
  )
}

/** No spans: shared, never changed. */
const none: readonly Span[] = []

/** Cut a text node into text and term nodes, added to `result`. */
function splitText(node: Text, spans: readonly Span[], className: string, result: Nodes[]): void {
  let last = 0
  for (const span of spans) {
    if (span.start > last) result.push({type: 'text', value: node.value.slice(last, span.start)})
    result.push(termNode(node.value.slice(span.start, span.end), span, className))
    last = span.end
  }
  if (last < node.value.length) result.push({type: 'text', value: node.value.slice(last)})
}

function termNode(text: string, span: Span, className: string): GlossTerm {
  const properties: Record<string, string> = {className, dataTerm: span.id}
  if (span.model !== undefined) properties['dataModel'] = span.model
  const term: GlossTerm = {
    type: 'glossTerm',
    id: span.id,
    children: [{type: 'text', value: text}],
    data: {hName: 'span', hProperties: properties}
  }
  if (span.model !== undefined) term.model = span.model
  return term
}
