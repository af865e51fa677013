/**
 * What the readers of translators' files give: segment pairs, each side's
 * text with where its pieces stand in the file, so that a finding in a
 * segment can be placed in the file.
 */

/** A piece of a segment's text and the file offset of its first character. */
export interface SegmentPiece {
  /** Offset in the segment's text. */
  from: number
  /** UTF-16 offset in the file. */
  offset: number
}

/** One side of a segment. */
export interface SegmentText {
  text: string
  /** Where the text's pieces are in the file, in order. */
  pieces: SegmentPiece[]
}

/** A source segment and its translation. */
export interface SegmentPair {
  /** The segment's id in the file (trans-unit id, unit/segment id, tuid, or row number). */
  id: string
  source: SegmentText
  target: SegmentText
}

/** A file a reader could not read, with the place and the fix. */
export class SegmentFileError extends Error {
  readonly line: number
  readonly column: number

  /**
   * @param message what is wrong and how to fix it.
   * @param line 1-based line.
   * @param column 1-based column.
   */
  constructor(message: string, line: number, column: number) {
    super(message)
    this.line = line
    this.column = column
  }
}

/**
 * The file offset of an offset in a segment's text.
 *
 * @param side the segment side.
 * @param at an offset in its text.
 * @returns the file offset, or undefined when the side has no pieces.
 */
export function fileOffset(side: SegmentText, at: number): number | undefined {
  let found: SegmentPiece | undefined
  for (const piece of side.pieces) {
    if (piece.from <= at) found = piece
    else break
  }
  return found === undefined ? undefined : found.offset + (at - found.from)
}
