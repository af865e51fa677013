/**
 * Matching one text: every candidate the automaton finds is kept by where
 * it starts; then a walk from left to right takes, at each start, the
 * longest candidate whose edges and sense rules hold, and jumps past it. A
 * candidate inside a match already taken is never checked, so the word
 * segmenter only runs where a choice depends on it.
 */
import type {Automaton} from './automaton.js'
import type {BoundaryGuard} from './boundary.js'
import {joinBreaks} from './breaks.js'
import {foldTable, isWordCode} from './fold.js'
import {bareModelAt, isCapitalCode, modelEnd, pluralEnd} from './models.js'
import {type CueWords, cueWords, type FoldedRules, foldContext, rulesHold} from './senses.js'
import type {Span} from './span.js'

/** Edge kinds, decided once per pattern. */
export enum Edge {
  Free,
  Word,
  Segment
}

/** One searchable string of an entry (a form, or its spaced variant). */
export interface Pattern {
  readonly id: string
  /** The form as the glossary writes it. */
  readonly form: string
  readonly start: Edge
  readonly end: Edge
  /** For a series: the model number's shape (null: any); undefined for other entries. */
  readonly model: RegExp | null | undefined
  /** Whether a plural `s` may follow. */
  readonly plural: boolean
  readonly rules: FoldedRules | undefined
  /** A spaced variant of a one-letter prefix: that letter must be a capital as written. */
  readonly capitalAt: boolean
}

/** A series whose bare model numbers may follow a maker. */
export interface Follower {
  readonly id: string
  readonly pattern: RegExp | undefined
}

/** What a matcher hands to each search. */
export interface Matching {
  readonly patterns: readonly Pattern[]
  readonly lengths: Int32Array
  readonly followers: ReadonlyMap<string, readonly Follower[]>
  readonly guard: BoundaryGuard
}

/**
 * Candidates in flat arrays, and the order they are tried in: by start,
 * then the longest (by end, then by the form's end) first. A list sorted as
 * it is filled, rather than a table by start the length of the text: most
 * texts have a few candidates, and the table was a buffer per text node and
 * a step per code unit.
 */
interface Candidates {
  count: number
  start: Int32Array
  end: Int32Array
  formEnd: Int32Array
  pattern: Int32Array
  order: Int32Array
}

/** Empty lists with room for `size` candidates. */
function candidateLists(size: number): Candidates {
  const list = (): Int32Array => new Int32Array(size)
  return {count: 0, start: list(), end: list(), formEnd: list(), pattern: list(), order: list()}
}

/** Lists kept between searches: a search takes them and gives them back, so that a search inside another (from a caller's cue words) makes its own. */
let spare: Candidates | undefined

/**
 * Find the spans of a text.
 *
 * @param text the text as written.
 * @param automaton the matcher's automaton.
 * @param matching the matcher's patterns and helpers.
 * @param context the block's text, for cue words, or its cue words already prepared.
 * @returns the spans, in order, in offsets of the text as written.
 */
export function findSpans(text: string, automaton: Automaton, matching: Matching, context: string | CueWords | undefined): Span[] {
  const folding = foldTable()
  const joined = joinBreaks(text, folding)
  const scanned = joined?.text ?? text
  const found = spare ?? candidateLists(64)
  spare = undefined
  try {
    findCandidates(scanned, automaton, matching, folding, found)
    if (found.count === 0) return []
    let own: CueWords | undefined
    const cues = (cue: string): boolean => {
      if (typeof context === 'object') return context.has(cue)
      own ??= cueWords(() => foldContext(context ?? text))
      return own.has(cue)
    }
    const spans = chooseSpans(scanned, found, matching, folding, cues)
    if (!joined) return spans
    const {offsets} = joined
    return spans.map((span) => ({...span, start: offsets[span.start] ?? 0, end: (offsets[span.end - 1] ?? 0) + 1}))
  } finally {
    found.count = 0
    spare = found
  }
}

/** Put every occurrence of every pattern into `found`, with its end after a model number or plural. */
function findCandidates(text: string, automaton: Automaton, matching: Matching, folding: Uint16Array, found: Candidates): void {
  automaton.scan(text, folding, (index, formEnd) => {
    const pattern = matching.patterns[index]
    if (!pattern) return
    const start = formEnd - (matching.lengths[index] ?? 0)
    let end = formEnd
    if (pattern.model !== undefined) end = modelEnd(text, formEnd, folding, pattern.model ?? undefined)
    else if (pattern.plural) end = pluralEnd(text, formEnd, folding)
    addCandidate(found, start, end, formEnd, index)
  })
}

/** Add a candidate in its place in the order; the automaton reports by end, so starts come almost in order and an insertion moves an item a step or two at most. */
function addCandidate(found: Candidates, start: number, end: number, formEnd: number, pattern: number): void {
  const item = found.count++
  if (item === found.start.length) grow(found)
  found.start[item] = start
  found.end[item] = end
  found.formEnd[item] = formEnd
  found.pattern[item] = pattern
  const {order} = found
  let at = item
  while (at > 0 && triedBefore(found, item, order[at - 1] ?? 0)) {
    order[at] = order[at - 1] ?? 0
    at--
  }
  order[at] = item
}

/** Double the room of the lists, keeping what they hold. */
function grow(found: Candidates): void {
  const bigger = (list: Int32Array): Int32Array => {
    const made = new Int32Array(list.length * 2)
    made.set(list)
    return made
  }
  found.start = bigger(found.start)
  found.end = bigger(found.end)
  found.formEnd = bigger(found.formEnd)
  found.pattern = bigger(found.pattern)
  found.order = bigger(found.order)
}

/** Whether candidate `a` is tried before `b`: it starts earlier, or at the same start it is longer. */
function triedBefore(found: Candidates, a: number, b: number): boolean {
  const startA = found.start[a] ?? 0
  const startB = found.start[b] ?? 0
  if (startA !== startB) return startA < startB
  const endA = found.end[a] ?? 0
  const endB = found.end[b] ?? 0
  return endA !== endB ? endA > endB : (found.formEnd[a] ?? 0) > (found.formEnd[b] ?? 0)
}

/** Walk left to right taking, at each start past the last match, the first candidate that holds. */
function chooseSpans(text: string, found: Candidates, matching: Matching, folding: Uint16Array, cues: (cue: string) => boolean): Span[] {
  const spans: Span[] = []
  const {order, count} = found
  let position = 0
  for (let at = 0; at < count; ) {
    const start = found.start[order[at] ?? 0] ?? 0
    let chosen = -1
    for (; at < count && found.start[order[at] ?? 0] === start; at++) {
      const item = order[at] ?? 0
      if (chosen === -1 && start >= position && holds(text, start, item, found, matching, folding, cues)) chosen = item
    }
    if (chosen === -1) continue
    const pattern = matching.patterns[found.pattern[chosen] ?? 0] as Pattern
    const end = found.end[chosen] ?? start
    const formEnd = found.formEnd[chosen] ?? end
    const model = end > formEnd && pattern.model !== undefined ? text.slice(formEnd, end).trimStart() : undefined
    spans.push(
      model === undefined ? {start, end, id: pattern.id, form: pattern.form} : {start, end, id: pattern.id, form: pattern.form, model}
    )
    position = end
    const bare = bareModelAfter(text, end, pattern.id, found, matching, folding)
    if (bare) {
      spans.push(bare)
      position = bare.end
    }
  }
  return spans
}

/** Whether a candidate's capital, edges and sense rules hold. */
function holds(
  text: string,
  start: number,
  item: number,
  found: Candidates,
  matching: Matching,
  folding: Uint16Array,
  cues: (cue: string) => boolean
): boolean {
  const pattern = matching.patterns[found.pattern[item] ?? 0]
  const end = found.end[item] ?? 0
  if (!pattern || (pattern.capitalAt && !isCapitalCode(text.charCodeAt(start)))) return false
  const endEdge = end === found.formEnd[item] ? pattern.end : Edge.Free
  if (!edgesHold(matching.guard, text, start, end, pattern.start, endEdge, folding)) return false
  return !pattern.rules || rulesHold(pattern.rules, text, start, end, cues)
}

/** Check both edges of a candidate; the cheap checks run before segmentation. */
function edgesHold(
  guard: BoundaryGuard,
  text: string,
  start: number,
  end: number,
  startEdge: Edge,
  endEdge: Edge,
  folding: Uint16Array
): boolean {
  if (startEdge === Edge.Word && start > 0 && isWordCode(folding[text.charCodeAt(start - 1)] ?? 0)) return false
  if (endEdge === Edge.Word && end < text.length && isWordCode(folding[text.charCodeAt(end)] ?? 0)) return false
  const segmentStart = startEdge === Edge.Segment
  const segmentEnd = endEdge === Edge.Segment
  return !(segmentStart || segmentEnd) || guard.isWordAt(text, start, end, segmentStart, segmentEnd)
}

/** A series' model number written bare right after its maker (华为 910C), unless a glossary form starts there. */
function bareModelAfter(
  text: string,
  from: number,
  maker: string,
  found: Candidates,
  matching: Matching,
  folding: Uint16Array
): Span | undefined {
  const series = matching.followers.get(maker)
  if (!series || from >= text.length) return undefined
  for (const {id, pattern} of series) {
    const model = bareModelAt(text, from, folding, pattern)
    if (!model || startsAt(found, model.start)) continue
    const written = text.slice(model.start, model.end)
    return {start: model.start, end: model.end, id, form: '', model: written}
  }
  return undefined
}

/** Whether some candidate starts at `position` (a search in the sorted order). */
function startsAt(found: Candidates, position: number): boolean {
  const {order, count} = found
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if ((found.start[order[middle] ?? 0] ?? 0) < position) low = middle + 1
    else high = middle
  }
  return low < count && found.start[order[low] ?? 0] === position
}
