/**
 * The word-boundary guard for short Chinese forms: a form is taken only where
 * a word segmenter, run over a short window around it, starts and ends words
 * at its edges (升腾 is not a word in 上升腾飞).
 *
 * Intl.Segmenter's cost grows faster than the length of what it is given, so
 * it only ever sees a few characters either side of a candidate.
 */
import {isHanCode} from './fold.js'

/** Characters of context on each side of a candidate. */
const reach = 6

let segmenter: Intl.Segmenter | null | undefined

/**
 * Whether the offsets `start` and `end` of `text` are word boundaries.
 * An edge next to a character that is not Han is always a boundary.
 *
 * @param text the whole text node.
 * @param start where the candidate starts.
 * @param end where it ends (exclusive).
 * @param checkStart whether to check the start edge.
 * @param checkEnd whether to check the end edge.
 * @returns false when the segmenter puts a word across either edge.
 */
export function isWordAt(text: string, start: number, end: number, checkStart: boolean, checkEnd: boolean): boolean {
  const needStart = checkStart && start > 0 && isHanCode(text.charCodeAt(start - 1))
  const needEnd = checkEnd && end < text.length && isHanCode(text.charCodeAt(end))
  if (!needStart && !needEnd) return true
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', {granularity: 'word'}) : null
  if (!segmenter) return true
  const from = Math.max(0, start - reach)
  const to = Math.min(text.length, end + reach)
  let startOk = !needStart
  let endOk = !needEnd
  for (const {index} of segmenter.segment(text.slice(from, to))) {
    const offset = from + index
    if (offset === start) startOk = true
    if (offset === end) endOk = true
    if (offset > end) break
  }
  return startOk && endOk
}
