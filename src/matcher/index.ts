/**
 * The matcher: finds glossary forms in plain text. Pure: text in, spans out;
 * it knows nothing of Markdown or trees.
 *
 * Rules: the leftmost, longest match wins; a Latin or digit form never
 * matches inside a longer Latin or digit token; Latin case and width, and
 * traditional against simplified characters, are folded; short Chinese forms
 * must be words where they stand; a series followed by a model number
 * (昇腾910C) is one match.
 */
import {createAutomaton} from './automaton.js'
import {createBoundaryGuard, type BoundaryGuard} from './boundary.js'
import {fold, foldTable, isHanCode, isWordCode} from './fold.js'

export {fold} from './fold.js'

/** What the matcher needs of a glossary entry. */
export interface MatcherEntry {
  /** The entry id, reported on each span. */
  readonly id: string
  /** The written forms to find. */
  readonly forms: readonly string[]
  /** A model number after a form belongs to the match. (default: `false`) */
  readonly models?: boolean
  /** `'none'` turns the word-boundary guard off for this entry. (default: `'segment'`) */
  readonly boundary?: 'segment' | 'none'
}

/** One match in a text. Offsets are UTF-16 code units, `end` exclusive. */
export interface Span {
  /** Where the match starts. */
  readonly start: number
  /** Where it ends (exclusive), after any model number. */
  readonly end: number
  /** The entry's id. */
  readonly id: string
  /** The glossary form that matched (as the glossary writes it). */
  readonly form: string
  /** The model number that followed the form, as written (`910C`). */
  readonly model?: string
}

/** A matcher built for one set of entries. */
export interface Matcher {
  /**
   * Find every match in a text, left to right, without overlaps.
   *
   * @param text the text to search.
   * @returns the spans, in order.
   */
  match(text: string): Span[]
  /** Number of distinct folded forms. */
  readonly size: number
  /** How often the word segmenter ran and how often a kept answer served instead. */
  readonly boundaryStats: {readonly segmented: number; readonly remembered: number}
}

/** Han forms up to this length are checked against word segmentation. */
const guardedLength = 3

/** Edge kinds, decided once per pattern. */
enum Edge {
  Free,
  Word,
  Segment
}

interface Pattern {
  readonly entry: MatcherEntry
  readonly form: string
  readonly start: Edge
  readonly end: Edge
}

/**
 * Build a matcher for glossary entries. When two entries share a form (after
 * folding), the first keeps it; the glossary loader reports such clashes.
 *
 * @param entries the entries to find.
 * @returns the matcher.
 */
export function createMatcher(entries: Iterable<MatcherEntry>): Matcher {
  const byFolded = new Map<string, Pattern>()
  for (const entry of entries) {
    for (const form of entry.forms) {
      const folded = fold(form)
      if (folded.length > 0 && !byFolded.has(folded)) byFolded.set(folded, describePattern(entry, form, folded))
    }
  }
  const patterns = [...byFolded.values()]
  const automaton = createAutomaton([...byFolded.keys()])
  const {lengths} = automaton
  const guard = createBoundaryGuard()

  return {
    size: patterns.length,
    boundaryStats: guard.stats,
    match(text) {
      const folding = foldTable()
      const bestEnd = new Int32Array(text.length)
      const bestPattern = new Int32Array(text.length)
      automaton.scan(text, folding, (index, formEnd) => {
        const start = formEnd - (lengths[index] ?? 0)
        const pattern = patterns[index]
        if (!pattern) return
        const end = pattern.entry.models ? modelEnd(text, formEnd, folding) : formEnd
        if (end <= (bestEnd[start] ?? 0)) return
        if (!edgesHold(guard, text, start, end, end === formEnd ? pattern.end : Edge.Free, pattern.start, folding)) return
        bestEnd[start] = end
        bestPattern[start] = index
      })
      return collectSpans(text, bestEnd, bestPattern, patterns, lengths)
    }
  }
}

/** Decide once how each edge of a form is to be checked. */
function describePattern(entry: MatcherEntry, form: string, folded: string): Pattern {
  const guarded = entry.boundary !== 'none' && [...form].filter((char) => isHanCode(char.charCodeAt(0))).length <= guardedLength
  const kind = (code: number): Edge => (isWordCode(code) ? Edge.Word : guarded && isHanCode(code) ? Edge.Segment : Edge.Free)
  return {entry, form, start: kind(folded.charCodeAt(0)), end: kind(folded.charCodeAt(folded.length - 1))}
}

/** Check both edges of a candidate; the cheap checks run before segmentation. */
function edgesHold(
  guard: BoundaryGuard,
  text: string,
  start: number,
  end: number,
  endEdge: Edge,
  startEdge: Edge,
  folding: Uint16Array
): boolean {
  if (startEdge === Edge.Word && start > 0 && isWordCode(folding[text.charCodeAt(start - 1)] ?? 0)) return false
  if (endEdge === Edge.Word && end < text.length && isWordCode(folding[text.charCodeAt(end)] ?? 0)) return false
  const segmentStart = startEdge === Edge.Segment
  const segmentEnd = endEdge === Edge.Segment
  return !(segmentStart || segmentEnd) || guard.isWordAt(text, start, end, segmentStart, segmentEnd)
}

/**
 * Where a model number after a series name ends: an optional space, then
 * Latin letters and digits with at least one digit. Without one, the form's end.
 */
function modelEnd(text: string, formEnd: number, folding: Uint16Array): number {
  let position = formEnd
  if (text.charCodeAt(position) === 0x20) position++
  let digits = 0
  let end = position
  while (end < text.length) {
    const code = folding[text.charCodeAt(end)] ?? 0
    if (!isWordCode(code)) break
    if (code <= 0x39) digits++
    end++
  }
  return digits > 0 && end > position ? end : formEnd
}

/** Walk left to right taking the longest match at each start. */
function collectSpans(
  text: string,
  bestEnd: Int32Array,
  bestPattern: Int32Array,
  patterns: readonly Pattern[],
  lengths: Int32Array
): Span[] {
  const spans: Span[] = []
  for (let start = 0; start < text.length; ) {
    const end = bestEnd[start] ?? 0
    if (end === 0) {
      start++
      continue
    }
    const index = bestPattern[start] ?? 0
    const pattern = patterns[index]
    if (pattern) {
      const formEnd = start + (lengths[index] ?? 0)
      const model = end > formEnd ? text.slice(formEnd, end).trimStart() : undefined
      spans.push(
        model === undefined
          ? {start, end, id: pattern.entry.id, form: pattern.form}
          : {start, end, id: pattern.entry.id, form: pattern.form, model}
      )
    }
    start = end
  }
  return spans
}
