/**
 * End a bare URL where the URL ends. GFM's autolink literals run until white
 * space, and Chinese is written without spaces, so `见https://example.com获取`
 * would link 获取 too. A Han character or CJK punctuation cannot end a URL
 * written in running Chinese text, so the link stops before the first one
 * and the rest goes back to the text, with its position.
 */
import type {Link, Root, Text} from 'mdast'
import {SKIP, visit} from 'unist-util-visit'

/** Han characters, CJK punctuation and full-width forms. */
const cjk = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60\u2018-\u201f\u2026]/u

/**
 * The remark plugin: split autolink literals at their first CJK character.
 *
 * @returns the transformer.
 */
export function remarkCjkUrls() {
  return (tree: Root): void => {
    visit(tree, 'link', (node: Link, index, parent) => {
      if (parent === undefined || index === undefined) return
      const tail = splitLink(node)
      if (tail === undefined) return
      parent.children.splice(index + 1, 0, tail)
      return [SKIP, index + 2]
    })
  }
}

/** Shorten an autolink literal that runs into Chinese text; return the text cut off, or undefined. */
function splitLink(node: Link): Text | undefined {
  const [only] = node.children
  if (node.children.length !== 1 || only?.type !== 'text') return undefined
  const value = only.value
  // Only a literal URL: its text is the URL itself (www. links get http:// in front, emails mailto:).
  if (!(node.url === value || node.url.endsWith(`://${value}`) || node.url === `mailto:${value}`)) return undefined
  const cut = value.search(cjk)
  if (cut <= 0) return undefined
  const rest = value.slice(cut)
  only.value = value.slice(0, cut)
  node.url = node.url.slice(0, node.url.length - rest.length)
  const tail: Text = {type: 'text', value: rest}
  const start = only.position?.start
  const end = node.position?.end
  if (start?.offset !== undefined && end !== undefined) {
    const middle = {line: start.line, column: start.column + cut, offset: start.offset + cut}
    tail.position = {start: middle, end: {...end}}
    if (only.position) only.position.end = {...middle}
    if (node.position) node.position.end = {...middle}
  }
  return tail
}
