/**
 * The word-boundary guard for short Chinese forms: a form is refused where a
 * word segmenter, run over a short window around it, puts a word across one
 * of its edges that is at least as long as the form (升腾 is not a word in
 * 上升腾飞, 北大 is not in 向北大概). A shorter crossing word loses to the
 * longer glossary form (向台 against 台積電), and a word that holds the whole
 * form is a compound of it (晶圆 in 晶圆代工), so neither refuses the form.
 *
 * Intl.Segmenter's cost grows faster than the length of what it is given, so
 * it only ever sees a few characters either side of a candidate. It is also
 * the matcher's dearest step by far, and its answer depends on nothing but
 * that window: answers are kept, so a term in a context seen before (the same
 * phrase again, a heading repeated in the text) costs one map lookup.
 */
import {isHanCode} from './fold.js'

/** Characters of context on each side of a candidate. */
const reach = 6

/** Answers kept per guard before the store starts over (a bound on memory, about 6 MB). */
const kept = 50_000

let segmenter: Intl.Segmenter | null | undefined

/** A word-boundary guard with its own store of answers. */
export interface BoundaryGuard {
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
  isWordAt(text: string, start: number, end: number, checkStart: boolean, checkEnd: boolean): boolean
  /** How many answers the segmenter gave and how many came from the store, for the benchmark. */
  readonly stats: {segmented: number; remembered: number}
}

/**
 * Make a guard. A matcher owns one, so its store lives as long as the matcher.
 *
 * @returns the guard.
 */
export function createBoundaryGuard(): BoundaryGuard {
  // By window, then by where the candidate lies in it and which edges are asked: no key string to build per question.
  const answers = new Map<string, Map<number, boolean>>()
  let size = 0
  const stats = {segmented: 0, remembered: 0}
  return {
    stats,
    isWordAt(text, start, end, checkStart, checkEnd) {
      const needStart = checkStart && start > 0 && isHanCode(text.charCodeAt(start - 1))
      const needEnd = checkEnd && end < text.length && isHanCode(text.charCodeAt(end))
      if (!needStart && !needEnd) return true
      const from = Math.max(0, start - reach)
      const window = text.slice(from, Math.min(text.length, end + reach))
      // The window, where the candidate lies in it and which edges are asked decide the answer (start - from is at most `reach`).
      const place = (needStart ? 2 : 0) + (needEnd ? 1 : 0) + 4 * (start - from) + 4 * (reach + 1) * (end - start)
      let places = answers.get(window)
      const known = places?.get(place)
      if (known !== undefined) {
        stats.remembered++
        return known
      }
      stats.segmented++
      const answer = segmentsAgree(window, start - from, end - from, needStart, needEnd)
      if (size >= kept) {
        answers.clear()
        size = 0
        places = undefined
      }
      if (!places) {
        places = new Map()
        answers.set(window, places)
      }
      places.set(place, answer)
      size++
      return answer
    }
  }
}

/** Ask the segmenter about the edges of `start`–`end` in a window of text. */
function segmentsAgree(window: string, start: number, end: number, needStart: boolean, needEnd: boolean): boolean {
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', {granularity: 'word'}) : null
  if (!segmenter) return true
  const length = end - start
  // Only the word holding an edge's character can cross that edge; asking for it is cheaper than walking every word.
  const segments = segmenter.segment(window)
  if (needStart) {
    const word = segments.containing(start)
    const wordStart = word?.index ?? 0
    const wordEnd = wordStart + (word?.segment.length ?? 0)
    if (word && wordStart < start && wordEnd < end && word.segment.length >= length) return false
  }
  if (needEnd) {
    const word = segments.containing(end)
    const wordStart = word?.index ?? 0
    if (word && wordStart > start && wordStart < end && word.segment.length >= length) return false
  }
  return true
}
