/**
 * The contract's text rule, as test helpers: remove what zhgloss adds and the
 * page's text must equal the bare pipeline's text of the same article.
 */
import type {Element, Nodes, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import rehypeStringify from 'rehype-stringify'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'

/** Tags whose content is never the article's text. */
const addedTags = new Set(['rt', 'rp', 'script', 'style', 'head', 'template'])

/**
 * The HTML the bare pipeline makes of an article (all plugins with defaults).
 *
 * @param markdown the article.
 * @returns the HTML.
 */
export function bareHtml(markdown: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(remarkGfm)
      .use(remarkCjkFriendly)
      .use(remarkCjkFriendlyGfmStrikethrough)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown)
  )
}

/**
 * The article's own text in an HTML page or fragment: added content removed,
 * white space collapsed.
 *
 * @param html the page or fragment.
 * @returns the text.
 */
export function ownText(html: string): string {
  const tree = fromHtml(html)
  const body = findBody(tree) ?? tree
  return collect(body).replace(/\s+/g, ' ').trim()
}

/**
 * Parse HTML and list the parse errors (as the HTML standard defines them).
 *
 * @param html the document.
 * @returns the error codes with their places.
 */
export function htmlParseErrors(html: string): string[] {
  const errors: string[] = []
  fromHtml(html, {
    onerror(error) {
      errors.push(`${error.ruleId ?? error.reason} at ${error.line}:${error.column}`)
    }
  })
  return errors
}

function findBody(node: Nodes): Element | undefined {
  if (node.type === 'element' && node.tagName === 'body') return node
  if (!('children' in node)) return undefined
  for (const child of node.children) {
    const found = findBody(child)
    if (found) return found
  }
  return undefined
}

function collect(node: Nodes | Root): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && (addedTags.has(node.tagName) || node.properties['dataAdded'] !== undefined)) return ''
  if (!('children' in node)) return ''
  const inner = node.children.map(collect).join('')
  return node.type === 'element' && isBlock(node.tagName) ? ` ${inner} ` : inner
}

/** Block elements separate words even where the serializer put no white space. */
function isBlock(tag: string): boolean {
  return /^(p|h[1-6]|li|ul|ol|table|tr|td|th|thead|tbody|blockquote|pre|div|section|hr|br|main|header|footer|nav|aside|dl|dt|dd|figure|figcaption)$/.test(
    tag
  )
}
