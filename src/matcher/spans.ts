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

/** Candidates by start: linked lists in flat arrays. */
interface Candidates {
  readonly head: Int32Array
  readonly next: number[]
  readonly pattern: number[]
  readonly formEnd: number[]
  readonly end: number[]
}

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
  const candidates = findCandidates(scanned, automaton, matching, folding)
  if (!candidates) return []
  let own: CueWords | undefined
  const cues = (cue: string): boolean => {
    if (typeof context === 'object') return context.has(cue)
    own ??= cueWords(() => foldContext(context ?? text))
    return own.has(cue)
  }
  const spans = chooseSpans(scanned, candidates, matching, folding, cues)
  if (!joined) return spans
  const {offsets} = joined
  return spans.map((span) => ({...span, start: offsets[span.start] ?? 0, end: (offsets[span.end - 1] ?? 0) + 1}))
}

/** Every occurrence of every pattern, with its end after a model number or plural; undefined when there is none. */
function findCandidates(text: string, automaton: Automaton, matching: Matching, folding: Uint16Array): Candidates | undefined {
  let found: Candidates | undefined
  automaton.scan(text, folding, (index, formEnd) => {
    const pattern = matching.patterns[index]
    if (!pattern) return
    found ??= {head: new Int32Array(text.length).fill(-1), next: [], pattern: [], formEnd: [], end: []}
    const start = formEnd - (matching.lengths[index] ?? 0)
    let end = formEnd
    if (pattern.model !== undefined) end = modelEnd(text, formEnd, folding, pattern.model ?? undefined)
    else if (pattern.plural) end = pluralEnd(text, formEnd, folding)
    found.next.push(found.head[start] ?? -1)
    found.head[start] = found.pattern.length
    found.pattern.push(index)
    found.formEnd.push(formEnd)
    found.end.push(end)
  })
  return found
}

/** Walk left to right taking the best candidate that holds at each start. */
function chooseSpans(text: string, found: Candidates, matching: Matching, folding: Uint16Array, cues: (cue: string) => boolean): Span[] {
  const spans: Span[] = []
  for (let start = 0; start < text.length; ) {
    const chosen = (found.head[start] ?? -1) === -1 ? -1 : best(text, start, found, matching, folding, cues)
    if (chosen === -1) {
      start++
      continue
    }
    const pattern = matching.patterns[found.pattern[chosen] ?? 0] as Pattern
    const end = found.end[chosen] ?? start
    const formEnd = found.formEnd[chosen] ?? end
    const model = end > formEnd && pattern.model !== undefined ? text.slice(formEnd, end).trimStart() : undefined
    spans.push(
      model === undefined ? {start, end, id: pattern.id, form: pattern.form} : {start, end, id: pattern.id, form: pattern.form, model}
    )
    start = end
    const bare = bareModelAfter(text, end, pattern.id, found, matching, folding)
    if (bare) {
      spans.push(bare)
      start = bare.end
    }
  }
  return spans
}

/** The longest candidate at `start` (a longer form first at equal length) whose edges and rules hold, or -1. */
function best(
  text: string,
  start: number,
  found: Candidates,
  matching: Matching,
  folding: Uint16Array,
  cues: (cue: string) => boolean
): number {
  const first = found.head[start] ?? -1
  // Most starts have one candidate: no list to make and sort.
  if ((found.next[first] ?? -1) === -1) return holds(text, start, first, found, matching, folding, cues) ? first : -1
  const here: number[] = []
  for (let item = first; item !== -1; item = found.next[item] ?? -1) here.push(item)
  here.sort((a, b) => (found.end[b] ?? 0) - (found.end[a] ?? 0) || (found.formEnd[b] ?? 0) - (found.formEnd[a] ?? 0))
  for (const item of here) if (holds(text, start, item, found, matching, folding, cues)) return item
  return -1
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
    if (!model || (found.head[model.start] ?? -1) !== -1) continue
    const written = text.slice(model.start, model.end)
    return {start: model.start, end: model.end, id, form: '', model: written}
  }
  return undefined
}
