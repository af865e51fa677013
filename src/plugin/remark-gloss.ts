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
import {type CueWords, cueInPieces, cueWords, cueWordsBefore, foldContext, foldTail, type FoldedTail, type Span} from '../matcher/index.js'
import {createLocator, type Locator} from './locate.js'
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
      tail ??= foldTail(blockParts(tree))
      return tail
    }
    let inPiece: ((cue: string) => boolean) | undefined
    /** A heading's cue is mostly in the article's first paragraphs: looked for there before the whole text is folded. */
    const inArticlePiece = (cue: string): boolean => {
      inPiece ??= cueInPieces(textsOf(tree))
      return inPiece(cue)
    }
    const walk = (parent: Parent, block: CueWords | undefined): void => {
      const children = parent.children as Nodes[]
      // Cue words of sense rules are looked for in the whole block, which may be cut into many text nodes;
      // a heading or a table cell is too short to hold them, so the article's text counts there too.
      // Each block is folded once and each cue looked for once in it; the article's text once for all headings and cells.
      let context = block
      if (matcher.usesContext && blocks.has(parent.type)) {
        const node = parent as Nodes
        if (parent.type === 'paragraph') context = cueWords(() => foldContext(blockParts(node)))
        else context = cueWordsBefore(() => blockParts(node).join(''), articleTail, inArticlePiece)
      }
      const options = context === undefined ? undefined : {cues: context}
      // The new list of children is made only once something is split, and then whole: splicing each term in is quadratic in long paragraphs.
      let changed: Nodes[] | undefined
      for (let index = 0; index < children.length; index++) {
        const node = children[index] as Nodes
        const spans = node.type === 'text' ? matcher.match(node.value, options) : none
        if (spans.length > 0) {
          changed ??= children.slice(0, index)
          splitText(node as Text, spans, className, changed, occurrences, locate)
          continue
        }
        changed?.push(node)
        if (node.type !== 'text' && (node as Partial<Parent>).children !== undefined && !opaque.has(node.type) && !isAutolink(node)) {
          walk(node as Parent, context)
        }
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

/** The texts of a block, inline code included, in order: joined (or folded) once by the caller, so that the article's text is copied once and not once per level of the tree. */
function blockParts(node: Nodes): string[] {
  const parts: string[] = []
  collectText(node, parts)
  return parts
}

/** Put the texts of a node, inline code included, in order into `parts`. */
function collectText(node: Nodes, parts: string[]): void {
  const type = node.type
  if (type === 'text' || type === 'inlineCode') {
    parts.push(node.value)
    return
  }
  // Read as a property, not asked with `in` nor walked with an iterator: over the whole article that was three times the cost.
  const children = (node as Partial<Parent>).children as Nodes[] | undefined
  if (children !== undefined) for (let index = 0; index < children.length; index++) collectText(children[index] as Nodes, parts)
}

/**
 * The texts of a tree, inline code included, in order, read one at a time.
 * The tree is being marked meanwhile: a list of children the marking has
 * replaced still holds the same text, so either list gives the same texts.
 */
function* textsOf(tree: Root): Generator<string> {
  const stack: Array<{children: Nodes[]; index: number}> = [{children: tree.children as Nodes[], index: 0}]
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    const node = top.children[top.index++]
    if (node === undefined) stack.pop()
    else if (node.type === 'text' || node.type === 'inlineCode') yield node.value
    else {
      const children = (node as Partial<Parent>).children as Nodes[] | undefined
      if (children !== undefined) stack.push({children, index: 0})
    }
  }
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

/** Cut a text node into text and term nodes, added to `result`, and record each term's occurrence. */
function splitText(
  node: Text,
  spans: readonly Span[],
  className: string,
  result: Nodes[],
  occurrences: Occurrence[],
  locate: Locator
): void {
  const value = node.value
  let last = 0
  for (const span of spans) {
    if (span.start > last) result.push({type: 'text', value: value.slice(last, span.start)})
    const text = value.slice(span.start, span.end)
    result.push(termNode(text, span, className))
    occurrences.push(locate.occurrence(node, span, text))
    last = span.end
  }
  if (last < value.length) result.push({type: 'text', value: value.slice(last)})
}

/** The term node of a span: the data remark-rehype turns into `<span class data-term>`. */
function termNode(text: string, span: Span, className: string): GlossTerm {
  const children: [Text] = [{type: 'text', value: text}]
  if (span.model === undefined) {
    const hProperties: Record<string, string> = {className, dataTerm: span.id}
    return {type: 'glossTerm', id: span.id, children, data: {hName: 'span', hProperties}}
  }
  const hProperties: Record<string, string> = {className, dataTerm: span.id, dataModel: span.model}
  return {type: 'glossTerm', id: span.id, children, data: {hName: 'span', hProperties}, model: span.model}
}
