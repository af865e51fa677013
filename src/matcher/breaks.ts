/**
 * Line breaks inside a paragraph: Markdown joins a paragraph's lines, so a
 * term cut by a line break (wire copy wrapped at 40 characters a line) is
 * still one term. Before matching, each single line break, with the white
 * space around it, is taken out of the text; it stays as one space between
 * two Latin letters or digits (`Blackwell\nUltra`, `HBM\n3E`), and goes
 * between anything else, Chinese above all. Two breaks in a row (a
 * paragraph break, in plain text) are left as they are. Positions in the
 * joined text map back to the text as written.
 */
import {isWordCode} from './fold.js'

/** A text with its single line breaks joined, and where each of its code units was. */
export interface Joined {
  /** The joined text. */
  readonly text: string
  /** For each code unit of `text`, its offset in the text as written; one more entry for the end. */
  readonly offsets: Int32Array
}

/** Spaces and tabs. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09
}

/**
 * Join the single line breaks of a text.
 *
 * @param text the text as written.
 * @param folding the folding table, to tell Latin letters and digits.
 * @returns the joined text, or undefined when the text has no line break to join.
 */
export function joinBreaks(text: string, folding: Uint16Array): Joined | undefined {
  if (!text.includes('\n')) return undefined
  let joined = ''
  const offsets: number[] = []
  let from = 0
  let changed = false
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    let before = index
    while (before > from && isBlank(text.charCodeAt(before - 1))) before--
    if (before > from && text.charCodeAt(before - 1) === 0x0d) before--
    let after = index + 1
    while (after < text.length && isBlank(text.charCodeAt(after))) after++
    // A paragraph break, or a break at either end of the text, is not inside a term.
    const paragraph = text.charCodeAt(before - 1) === 0x0a || text.charCodeAt(after) === 0x0a || text.charCodeAt(after) === 0x0d
    if (before === 0 || after >= text.length || paragraph) continue
    for (let position = from; position < before; position++) offsets.push(position)
    joined += text.slice(from, before)
    const latin = isWordCode(folding[text.charCodeAt(before - 1)] ?? 0) && isWordCode(folding[text.charCodeAt(after)] ?? 0)
    if (latin) {
      joined += ' '
      offsets.push(index)
    }
    from = after
    index = after - 1
    changed = true
  }
  if (!changed) return undefined
  for (let position = from; position < text.length; position++) offsets.push(position)
  joined += text.slice(from)
  offsets.push(text.length)
  return {text: joined, offsets: Int32Array.from(offsets)}
}
