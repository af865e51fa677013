/**
 * `remarkSections`: parse a long article one section at a time. micromark
 * keeps one list of events per document and edits it in place (GFM tables
 * above all), so its time per megabyte grows with the document; parsed in
 * sections cut before headings, a 2 MB article costs per megabyte what a
 * short one does. The tree is the same as the whole document's: a cut is
 * made only where nothing can run across it (a heading at the margin after
 * a blank line, outside fenced code), and never in a document whose link
 * reference definitions, footnotes or raw HTML blocks could reach from one
 * section into another. Positions are moved back to the whole file's lines
 * and offsets.
 */
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {Node} from 'unist'

/** Documents shorter than this are parsed whole. */
const sectionSize = 4 * 1024

/** A line that may hold a definition, a footnote or a raw HTML block, which sections must not split. */
const global = /^ {0,3}(?:\[[^\n]*\]:|<)/m

/**
 * Parse in sections where a document is long and can be cut safely.
 *
 * @returns nothing; it wraps the processor's parser.
 */
export const remarkSections: Plugin<[], string, Root> = function () {
  const parse = this.parser
  if (!parse) throw new Error('remarkSections: use it after remark-parse')
  this.parser = (document, file) => {
    const cuts = document.length > sectionSize && !global.test(document) ? sectionStarts(document) : []
    if (cuts.length === 0) return parse(document, file)
    const root = parse(document.slice(0, cuts[0]), file) as Root
    let line = 0
    let last = 0
    for (const [index, start] of cuts.entries()) {
      line += countLines(document, last, start)
      last = start
      const section = parse(document.slice(start, cuts[index + 1] ?? document.length), file) as Root
      for (const child of section.children) shift(child, line, start)
      root.children.push(...section.children)
    }
    if (root.position) root.position.end = {...endOf(document)}
    return root
  }
}

/**
 * Offsets at which a section may start: a heading at the margin after a blank line, outside fenced code.
 *
 * @param document the Markdown.
 * @returns the offsets, at least `sectionSize` apart.
 */
export function sectionStarts(document: string): number[] {
  const starts: number[] = []
  let fence: string | undefined
  let blank = false
  let sectionFrom = 0
  for (let start = 0; start < document.length; ) {
    const newline = document.indexOf('\n', start)
    const end = newline === -1 ? document.length : newline
    const line = document.slice(start, end)
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line)) fence = undefined
    } else if (marker) fence = marker
    else if (blank && /^#{1,6}(?:[ \t]|$)/.test(line) && start - sectionFrom >= sectionSize) {
      starts.push(start)
      sectionFrom = start
    }
    blank = line.trim() === ''
    start = end + 1
  }
  return starts
}

/** The number of line breaks between two offsets. */
function countLines(document: string, from: number, to: number): number {
  let count = 0
  for (let index = document.indexOf('\n', from); index !== -1 && index < to; index = document.indexOf('\n', index + 1)) count++
  return count
}

/** The point at the end of a document. */
function endOf(document: string): {line: number; column: number; offset: number} {
  const lastBreak = document.lastIndexOf('\n')
  return {line: countLines(document, 0, document.length) + 1, column: document.length - lastBreak, offset: document.length}
}

/** Move the positions of a section's nodes by the lines and offset before it. */
function shift(node: Node, lines: number, offset: number): void {
  const position = node.position
  if (position) {
    position.start = {...position.start, line: position.start.line + lines, offset: (position.start.offset ?? 0) + offset}
    position.end = {...position.end, line: position.end.line + lines, offset: (position.end.offset ?? 0) + offset}
  }
  const children = (node as {children?: Node[]}).children
  if (children) for (const child of children) shift(child, lines, offset)
}
