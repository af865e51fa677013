/**
 * `remarkCjkUrls`: a bare URL ends where Chinese text begins. GFM ends a
 * literal autolink only at white space, and Chinese has none, so
 * `详见https://example.com/report。英伟达表示` becomes one link reaching to
 * the next space. The link is cut before the first Chinese character or
 * full-width punctuation mark (and any ASCII punctuation left at its end,
 * as GFM trims it), and the rest goes back to the text, where terms are
 * found again. Only literal autolinks are cut: a link written `[text](url)`
 * or `<url>` says where it ends.
 */
import type {Link, Nodes, Parent, Root, Text} from 'mdast'
import type {Plugin} from 'unified'

/** Han characters, CJK punctuation and full-width forms: never part of a bare URL in Chinese prose. */
const cjk = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/

/** ASCII punctuation GFM trims from the end of a literal autolink. */
const trailing = /[.,:;!?'"*_~]+$/

/**
 * Cut literal autolinks at the first Chinese character.
 *
 * @returns the transformer.
 */
export const remarkCjkUrls: Plugin<[], Root> = () => (tree: Root) => {
  walk(tree)
}

/** Visit every parent, cutting its links. */
function walk(parent: Parent): void {
  const children = parent.children as Nodes[]
  for (let index = 0; index < children.length; index++) {
    const node = children[index] as Nodes
    if (node.type === 'link') {
      const tail = cut(node)
      const next = children[index + 1]
      // The cut-off text joins the text after the link, so that a term running on from it is one text to match.
      if (tail && next?.type === 'text') {
        next.value = tail.value + next.value
        if (next.position && tail.position) next.position.start = tail.position.start
      } else if (tail) children.splice(index + 1, 0, tail)
    } else if ('children' in node) walk(node)
  }
}

/** Cut one link if it is a literal autolink that runs into Chinese; returns the text cut off. */
function cut(link: Link): Text | undefined {
  const [only] = link.children
  if (link.children.length !== 1 || only?.type !== 'text' || !link.url.endsWith(only.value)) return undefined
  const start = link.position?.start.offset
  const end = link.position?.end.offset
  // A literal autolink's source is its text; `<…>` and `[…](…)` are longer than their text.
  if (start === undefined || end === undefined || end - start !== only.value.length) return undefined
  const at = only.value.search(cjk)
  if (at <= 0) return undefined
  const kept = only.value.slice(0, at).replace(trailing, '')
  if (!/[/.][^/.]/.test(kept)) return undefined
  const rest = only.value.slice(kept.length)
  link.url = link.url.slice(0, link.url.length - rest.length)
  only.value = kept
  const text: Text = {type: 'text', value: rest}
  if (link.position) {
    const {start: from, end: to} = link.position
    const middle = {line: to.line, column: to.column - rest.length, offset: (to.offset ?? 0) - rest.length}
    link.position = {start: from, end: middle}
    only.position = {start: from, end: middle}
    text.position = {start: middle, end: to}
  }
  return text
}
