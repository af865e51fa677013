/**
 * Blocks: the units a translation is aligned and checked by. A heading, a
 * paragraph, a caption (a paragraph in a block quote), a list item's
 * paragraph or a table cell becomes one block of plain text that remembers
 * where each piece of it stands in the file. Code is left out: it is not
 * translated.
 */
import type {Nodes, Root} from 'mdast'
import {createPlacer, type Place} from '../core/problem.js'

export type BlockKind = 'heading' | 'paragraph' | 'caption' | 'item' | 'cell'

/** A glossary term marked in a block of the source. */
export interface BlockTerm {
  id: string
  /** The text as written. */
  text: string
  model?: string
  /** Offsets in the block's text. */
  start: number
  end: number
}

/** One block. */
export interface Block {
  /** Position among the blocks of its file. */
  index: number
  kind: BlockKind
  /** Heading depth; for cells, the column. */
  level: number
  /** The block's text, inline code replaced by a space. */
  text: string
  /** Terms marked by `remarkGloss` (source side). */
  terms: BlockTerm[]
  /**
   * The place in the file of an offset in `text`.
   *
   * @param offset UTF-16 offset in `text`.
   * @returns 1-based line and column in characters.
   */
  place(offset: number): Place
}

/** A piece of a block's text and where it came from. */
interface Piece {
  /** Offset in the block's text. */
  from: number
  length: number
  /** Offset in the file of the piece's first character. */
  offset: number
  /** Whether the file holds the piece verbatim (no escapes or entities). */
  verbatim: boolean
}

/** Options of `extractBlocks`. */
export interface ExtractOptions {
  /** The title from the front matter, read as the first block (a heading of level 0). (default: none) */
  title?: string | undefined
  /** Find terms in the title, which `remarkGloss` leaves alone with the rest of the front matter. (default: none) */
  findTerms?: (text: string) => BlockTerm[]
}

/**
 * Cut a marked Markdown tree into blocks.
 *
 * @param tree the mdast (terms as `glossTerm` nodes, or none).
 * @param source the file's text, for places.
 * @param options the front matter title and how to find its terms.
 * @returns the blocks in document order.
 */
export function extractBlocks(tree: Root, source: string, options: ExtractOptions = {}): Block[] {
  const toPlace = createPlacer(source)
  const blocks: Block[] = []
  const title = options.title === undefined ? undefined : titleBlock(tree, source, options.title, toPlace)
  if (title) blocks.push({...title, terms: options.findTerms?.(title.text) ?? []})
  const walk = (node: Nodes, inQuote: boolean, inItem: boolean): void => {
    switch (node.type) {
      case 'heading':
        blocks.push(leafBlock(node, 'heading', node.depth))
        return
      case 'paragraph':
        blocks.push(leafBlock(node, inQuote ? 'caption' : inItem ? 'item' : 'paragraph', 0))
        return
      case 'tableCell':
        blocks.push(leafBlock(node, 'cell', cellColumn(node)))
        return
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
        return
      default:
        if ('children' in node) {
          for (const child of node.children) walk(child, inQuote || node.type === 'blockquote', inItem || node.type === 'listItem')
        }
    }
  }
  const cellColumns = tableColumns(tree)
  const cellColumn = (node: Nodes): number => cellColumns.get(node) ?? 0
  const leafBlock = (node: Nodes, kind: BlockKind, level: number): Block =>
    leafBlockOf(node, {kind, level, index: blocks.length}, source, toPlace)
  walk(tree, false, false)
  return blocks
}

/** The column of every table cell of a tree. */
function tableColumns(tree: Root): Map<Nodes, number> {
  const columns = new Map<Nodes, number>()
  for (const table of collect(tree, 'table')) {
    for (const row of 'children' in table ? table.children : []) {
      for (const [column, cell] of ('children' in row ? row.children : []).entries()) columns.set(cell, column)
    }
  }
  return columns
}

/** One block's text, terms and a way back from an offset in its text to its place in the file. */
function leafBlockOf(
  node: Nodes,
  at: {kind: BlockKind; level: number; index: number},
  source: string,
  toPlace: (offset: number) => Place
): Block {
  const pieces: Piece[] = []
  const terms: BlockTerm[] = []
  const nodeEnd = node.position?.end.offset ?? source.length
  let cursor = node.position?.start.offset ?? 0
  let text = ''
  // Split text nodes carry no position: each piece is found in the file after the previous one.
  const addText = (value: string, at: Nodes): void => {
    const start = at.position?.start.offset
    const end = at.position?.end.offset
    let offset = cursor
    let verbatim = false
    if (start !== undefined && end !== undefined && source.slice(start, end) === value) {
      offset = start
      verbatim = true
    } else {
      const found = source.indexOf(value, cursor)
      if (found !== -1 && found + value.length <= nodeEnd) {
        offset = found
        verbatim = true
      } else if (start !== undefined) offset = start
    }
    pieces.push({from: text.length, length: value.length, offset, verbatim})
    if (verbatim) cursor = offset + value.length
    text += value
  }
  const inline = (child: Nodes): void => {
    if (child.type === 'text') addText(child.value, child)
    else if (child.type === 'glossTerm') {
      const [leaf] = child.children
      const start = text.length
      addText(leaf.value, leaf)
      const term: BlockTerm = {id: child.id, text: leaf.value, start, end: text.length}
      if (child.model !== undefined) term.model = child.model
      terms.push(term)
    } else if (child.type === 'inlineCode' || child.type === 'break' || child.type === 'image') {
      text += ' '
    } else if ('children' in child) {
      for (const grandchild of child.children) inline(grandchild)
    }
  }
  if ('children' in node) for (const child of node.children) inline(child)
  const nodeOffset = node.position?.start.offset ?? 0
  return {
    ...at,
    text,
    terms,
    place(offset) {
      const piece = findPiece(pieces, offset)
      if (!piece) return toPlace(nodeOffset)
      return toPlace(piece.verbatim ? piece.offset + Math.min(offset - piece.from, piece.length) : piece.offset)
    }
  }
}

/** The front matter title as a block, placed at its value in the YAML. */
function titleBlock(tree: Root, source: string, title: string, toPlace: (offset: number) => Place): Block | undefined {
  const yaml = tree.children[0]
  if (yaml?.type !== 'yaml' || title.trim() === '') return undefined
  const start = yaml.position?.start.offset ?? 0
  const end = yaml.position?.end.offset ?? source.length
  const found = source.indexOf(title, start)
  const line = /^title:[ \t]*/m.exec(source.slice(start, end))
  const offset = found !== -1 && found < end ? found : start + (line ? line.index + line[0].length : 0)
  const verbatim = found !== -1 && found < end
  return {
    index: 0,
    kind: 'heading',
    level: 0,
    text: title,
    terms: [],
    place: (at) => toPlace(verbatim ? offset + Math.min(at, title.length) : offset)
  }
}

/** Every node of a type, in document order. */
function collect(tree: Nodes, type: string): Nodes[] {
  const found: Nodes[] = []
  const visit = (node: Nodes): void => {
    if (node.type === type) found.push(node)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return found
}

/** The piece holding an offset (the last one for the end of the text). */
function findPiece(pieces: readonly Piece[], offset: number): Piece | undefined {
  let found: Piece | undefined
  for (const piece of pieces) {
    if (piece.from <= offset) found = piece
    else break
  }
  return found
}
