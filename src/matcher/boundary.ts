/**
 * The word-boundary guard for short Chinese forms: a form is refused where a
 * word segmenter, run over a short window around it, puts a word across one
 * of its edges that is at least as long as the form (升腾 is not a word in
 * 上升腾飞, 北大 is not in 向北大概). A shorter crossing word loses to the
 * longer glossary form (向台 against 台積電), and a word that holds the whole
 * form is a compound of it (晶圆 in 晶圆代工), so neither refuses the form.
 *
 * Intl.Segmenter's cost grows faster than the length of what it is given, so
 * it only ever sees a few characters either side of a candidate.
 */
import {isHanCode} from './fold.js'

/** Characters of context on each side of a candidate. */
const reach = 6

let segmenter: Intl.Segmenter | null | undefined

/**
 * Whether a candidate at `start`–`end` of `text` stands as a word.
 * An edge next to a character that is not Han is always a boundary.
 *
 * @param text the whole text node.
 * @param start where the candidate starts.
 * @param end where it ends (exclusive).
 * @param checkStart whether to check the start edge.
 * @param checkEnd whether to check the end edge.
 * @returns false when the segmenter puts a word at least as long as the candidate across a checked edge.
 */
export function isWordAt(text: string, start: number, end: number, checkStart: boolean, checkEnd: boolean): boolean {
  const needStart = checkStart && start > 0 && isHanCode(text.charCodeAt(start - 1))
  const needEnd = checkEnd && end < text.length && isHanCode(text.charCodeAt(end))
  if (!needStart && !needEnd) return true
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', {granularity: 'word'}) : null
  if (!segmenter) return true
  const from = Math.max(0, start - reach)
  const length = end - start
  // Only the word holding an edge's character can cross that edge; asking for it is cheaper than walking every word.
  const segments = segmenter.segment(text.slice(from, Math.min(text.length, end + reach)))
  if (needStart) {
    const word = segments.containing(start - from)
    const wordStart = from + (word?.index ?? 0)
    const wordEnd = wordStart + (word?.segment.length ?? 0)
    if (word && wordStart < start && wordEnd < end && word.segment.length >= length) return false
  }
  if (needEnd) {
    const word = segments.containing(end - from)
    const wordStart = from + (word?.index ?? 0)
    if (word && wordStart > start && wordStart < end && word.segment.length >= length) return false
  }
  return true
}
