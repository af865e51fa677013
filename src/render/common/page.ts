/**
 * The shell shared by the HTML outputs: a complete, self-contained document
 * around the article. Everything added here is outside the article's text
 * (`<head>`) or marked `data-added`.
 */
import type {Element, ElementContent, Root} from 'hast'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {h} from 'hastscript'

/** What a page is made of. */
export interface PageParts {
  /** The `lang` of the document (the article's language). */
  lang: string
  title: string
  /** CSS, inlined. */
  style: string
  /** JavaScript, inlined at the end of the body. (default: none) */
  script?: string
  /** The article body. */
  article: ElementContent[]
  /** Added content before the article (title block, controls); each is marked `data-added`. */
  before?: ElementContent[]
  /** Added content after the article (glossary, tooltips); each is marked `data-added`. */
  after?: ElementContent[]
  /** Write empty attributes the short way (`data-added` for `data-added=""`): the same document, lighter. (default: `false`) */
  compact?: boolean
}

/**
 * Build and serialize a page.
 *
 * @param parts what goes in.
 * @returns the HTML document as a string.
 */
export function renderPage(parts: PageParts): string {
  const {before, blocks, after} = writePage(parts, (html) => html)
  return `${before}${blocks.join('')}${after}\n`
}

/**
 * Build and serialize a page as UTF-8: each block of the article is encoded
 * as soon as it is written, so that a long page is never held as one string
 * (two bytes a Chinese character) beside its bytes.
 *
 * @param parts what goes in.
 * @returns the HTML document, the same as `renderPage`'s, as UTF-8.
 */
export function renderPageBytes(parts: PageParts): Uint8Array {
  const encoder = new TextEncoder()
  const {before, blocks, after} = writePage(parts, (html) => encoder.encode(html))
  const chunks = [encoder.encode(before), ...blocks, encoder.encode(`${after}\n`)]
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return bytes
}

/**
 * Write the page's shell with an empty `<main>`, and the article block by
 * block: one tree written at once joins its HTML anew at every level, and a
 * long article's page would be copied as many times.
 *
 * @param parts what goes in.
 * @param keep what to keep of each block's HTML (the string, or its bytes).
 * @returns the shell before and after the article, and the article's blocks.
 */
function writePage<T>(parts: PageParts, keep: (html: string) => T): {before: string; blocks: T[]; after: string} {
  const head = h('head', [
    h('meta', {charSet: 'utf-8'}),
    h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
    h('meta', {httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy}),
    h('title', parts.title),
    h('style', parts.style)
  ])
  const body = h('body', [
    ...(parts.before ?? []).map(markAdded),
    h('main', {id: 'article'}),
    ...(parts.after ?? []).map(markAdded),
    ...(parts.script ? [h('script', parts.script)] : [])
  ])
  const tree: Root = {type: 'root', children: [{type: 'doctype'}, h('html', {lang: parts.lang}, [head, body])]}
  const options = parts.compact ? {collapseEmptyAttributes: true} : {}
  const processor = unified().use(rehypeStringify, options)
  const shell = processor.stringify(tree)
  const at = shell.indexOf(emptyMain) + emptyMain.length - '</main>'.length
  const blocks = parts.article.map((node) => keep(processor.stringify({type: 'root', children: [node]})))
  return {before: shell.slice(0, at), blocks, after: shell.slice(at)}
}

/** The article's element as the shell writes it, before the article goes in. */
const emptyMain = '<main id="article"></main>'

/** Nothing from the network; inline style and script only. */
const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/**
 * Mark an added element as added, so that the article's own text can be told apart.
 *
 * @param node an element or text the tool adds.
 * @returns the node, wrapped in a `data-added` span when it is text.
 */
export function markAdded(node: ElementContent): ElementContent {
  if (node.type === 'element') {
    node.properties = {...node.properties, dataAdded: ''}
    return node
  }
  return h('span', {dataAdded: ''}, [node])
}

/**
 * Make an element marked as added.
 *
 * @param tag the tag name (with optional `.class`).
 * @param properties its properties.
 * @param children its content.
 * @returns the element with `data-added`.
 */
export function added(tag: string, properties: Record<string, unknown>, children: Array<ElementContent | string> = []): Element {
  return h(tag, {...properties, dataAdded: ''}, children)
}
