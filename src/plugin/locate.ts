/**
 * Map a match inside a text node back to its line and column in the file.
 * A text node's value equals its source when the source has no escapes or
 * entities; otherwise the match is looked for in the node's source.
 */
import type {Text} from 'mdast'
import type {Span} from '../matcher/index.js'
import {countCodePoints, createPlacer, type Place} from '../core/problem.js'
import type {Occurrence} from './types.js'

export interface Locator {
  /**
   * Describe a span of a text node as an occurrence with its place.
   *
   * @param node the text node.
   * @param span the match within `node.value`.
   * @param text the matched text, `node.value.slice(span.start, span.end)`, when the caller has it.
   * @returns the occurrence.
   */
  occurrence(node: Text, span: Span, text?: string): Occurrence
}

/**
 * Make a locator for one file.
 *
 * @param source the file's text.
 * @returns the locator.
 */
export function createLocator(source: string): Locator {
  const place = placeFrom(source)
  let searchFrom = 0
  // A text node usually holds several matches: compare it with its source once.
  let lastNode: Text | undefined
  let lastExact = false

  return {
    occurrence(node, span, matched) {
      const text = matched ?? node.value.slice(span.start, span.end)
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      let offset = start ?? 0
      if (start !== undefined && end !== undefined) {
        if (node !== lastNode) {
          lastNode = node
          lastExact = end - start === node.value.length && source.startsWith(node.value, start)
        }
        if (lastExact) offset = start + span.start
        else offset = findInSource(source, text, Math.max(start, searchFrom), start, end)
        searchFrom = offset + text.length
      }
      const {line, column} = place(offset)
      // Written out field by field, in the order reports show them: spreading the place cost more than placing it.
      const occurrence: Occurrence = {id: span.id, text, line, column, offset}
      if (span.model !== undefined) occurrence.model = span.model
      return occurrence
    }
  }
}

/**
 * Where a match lies in the source of a node that differs from its text. A
 * match across a line break is looked for by its first line, followed by
 * the break: the source has the indentation (or the `>` of a quote) that
 * the text lost.
 */
function findInSource(source: string, text: string, from: number, start: number, end: number): number {
  const cut = text.indexOf('\n')
  const found = source.indexOf(cut === -1 ? text : text.slice(0, cut + 1), from)
  return found !== -1 && found < end ? found : start
}

/**
 * Place offsets that mostly come in order: from the last place when no line
 * break lies between, else by the file's line table. Counting from the
 * line's start for every match was quadratic in long paragraphs.
 */
function placeFrom(source: string): (offset: number) => Place {
  const place = createPlacer(source)
  let lastOffset = -1
  let lineEnd = -1
  let last: Place = {line: 1, column: 1}
  return (offset) => {
    if (lastOffset !== -1 && offset >= lastOffset && offset <= lineEnd) {
      last = {line: last.line, column: last.column + countCodePoints(source, lastOffset, offset)}
    } else {
      last = place(offset)
      const end = source.indexOf('\n', offset)
      lineEnd = end === -1 ? source.length : end
    }
    lastOffset = offset
    return last
  }
}
