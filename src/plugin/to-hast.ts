/**
 * `glossHandlers`: how remark-rehype turns a `glossTerm` node into its
 * `<span data-term>`. Without them remark-rehype gets there on its own,
 * through `data.hName` and `data.hProperties`, but it deep-copies the
 * properties of every term; with them the properties are copied flat.
 * The element is the same either way.
 */
import type {Element, ElementContent, Properties} from 'hast'
import type {State} from 'mdast-util-to-hast'
import type {GlossTerm} from './types.js'

/**
 * Turn a term into its element.
 *
 * @param state remark-rehype's state.
 * @param node the term.
 * @returns the element.
 */
export function glossTermToHast(state: State, node: GlossTerm): Element {
  const properties: Properties = {...(node.data?.hProperties as Properties | undefined)}
  const element: Element = {
    type: 'element',
    tagName: node.data?.hName ?? 'span',
    properties,
    children: state.all(node) as ElementContent[]
  }
  state.patch(node, element)
  return element
}

/** Pass as `handlers` to remark-rehype: `.use(remarkRehype, {handlers: glossHandlers})`. */
export const glossHandlers = {glossTerm: glossTermToHast}
