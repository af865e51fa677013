/**
 * The matcher: finds glossary forms in plain text. Pure: text in, spans out;
 * it knows nothing of Markdown or trees.
 *
 * Rules: the leftmost, longest match wins (at equal length, a longer form
 * before a shorter one with a model number: HBM3E is the HBM3E entry, not
 * HBM with model 3E); a Latin or digit form never matches inside a longer
 * Latin or digit token; Latin case and width, and traditional against
 * simplified characters, are folded; short Chinese forms must be words
 * where they stand; a single line break inside a term does not break it; a
 * series followed by a model number (昇腾910C) is one match, and so is a
 * model number right after its maker (华为 910C) where the glossary says
 * so; Latin forms are found spaced (`H 200`) and plural (`H200s`); an
 * entry's sense rules (`notInside`, `onlyWith`, `notWith`) are obeyed.
 */
import {createAutomaton} from './automaton.js'
import {createBoundaryGuard} from './boundary.js'
import {fold, isHanCode, isWordCode} from './fold.js'
import {modelRegExp, spacedVariant, takesPlural} from './models.js'
import {foldRules, type SenseRules} from './senses.js'
import type {Span} from './span.js'
import type {CueWords} from './senses.js'
import {Edge, findSpans, type Follower, type Pattern} from './spans.js'

export {fold} from './fold.js'
export type {Span} from './span.js'
export {occurrenceApplies, type SenseRules} from './senses.js'
export {type CueWords, cueInPieces, cueWords, cueWordsBefore, foldContext, foldContextBefore, foldTail, type FoldedTail} from './senses.js'

/** What the matcher needs of a glossary entry. */
export interface MatcherEntry extends SenseRules {
  /** The entry id, reported on each span. */
  readonly id: string
  /** The written forms to find. */
  readonly forms: readonly string[]
  /** A model number after a form belongs to the match. (default: `false`) */
  readonly models?: boolean
  /** The shape of a model number, a regular expression for the whole number, any case (`[1-9]E?`). (default: any run of letters and digits with a digit) */
  readonly modelPattern?: string | undefined
  /** Ids of makers: a model number of `modelPattern`'s shape right after one of their forms (华为 910C) is this entry's. */
  readonly modelsAfter?: readonly string[]
  /** `'none'` turns the word-boundary guard off for this entry. (default: `'segment'`) */
  readonly boundary?: 'segment' | 'none'
}

/** Options of `match`. */
export interface MatchOptions {
  /** The text of the block the text is part of, where `onlyWith` and `notWith` look for cue words. (default: the text) */
  context?: string
  /**
   * The block's cue words prepared (`cueWords`, `cueWordsBefore`): a caller
   * that asks about many texts of one block folds it and looks for each cue
   * once. (default: from `context`)
   */
  cues?: CueWords
}

/** A matcher built for one set of entries. */
export interface Matcher {
  /**
   * Find every match in a text, left to right, without overlaps.
   *
   * @param text the text to search.
   * @param options the block around it, for cue words.
   * @returns the spans, in order.
   */
  match(text: string, options?: MatchOptions): Span[]
  /** Number of distinct folded forms. */
  readonly size: number
  /** Whether some entry has cue words, so that callers know to pass `context`. */
  readonly usesContext: boolean
  /** How often the word segmenter ran and how often a kept answer served instead. */
  readonly boundaryStats: {readonly segmented: number; readonly remembered: number}
}

/** Han forms up to this length are checked against word segmentation. */
const guardedLength = 3

/**
 * Build a matcher for glossary entries. When two entries share a form (after
 * folding), the first keeps it; the glossary loader reports such clashes.
 *
 * @param entries the entries to find.
 * @returns the matcher.
 * @throws SyntaxError when a `modelPattern` is not a regular expression.
 */
export function createMatcher(entries: Iterable<MatcherEntry>): Matcher {
  const byFolded = new Map<string, Pattern>()
  const listed = [...entries]
  for (const entry of listed) {
    const model = entry.models ? (modelRegExp(entry.modelPattern) ?? null) : undefined
    const rules = foldRules(entry)
    for (const form of entry.forms) {
      const folded = fold(form)
      if (folded.length === 0 || byFolded.has(folded)) continue
      const pattern = describePattern(entry, form, folded, model, rules)
      byFolded.set(folded, pattern)
      const spaced = spacedVariant(form)
      const spacedKey = spaced && fold(spaced.form)
      if (spaced && spacedKey && !byFolded.has(spacedKey)) byFolded.set(spacedKey, {...pattern, capitalAt: spaced.letters === 1})
    }
  }
  const patterns = [...byFolded.values()]
  const automaton = createAutomaton([...byFolded.keys()])
  const followers = followersOf(listed)
  const guard = createBoundaryGuard()
  const matching = {patterns, lengths: automaton.lengths, followers, guard}
  return {
    size: patterns.length,
    usesContext: patterns.some((pattern) => pattern.rules && pattern.rules.onlyWith.length + pattern.rules.notWith.length > 0),
    boundaryStats: guard.stats,
    match: (text, options) => findSpans(text, automaton, matching, options?.cues ?? options?.context)
  }
}

/** Decide once how each edge of a form is to be checked. */
function describePattern(
  entry: MatcherEntry,
  form: string,
  folded: string,
  model: RegExp | null | undefined,
  rules: Pattern['rules']
): Pattern {
  const guarded = entry.boundary !== 'none' && [...form].filter((char) => isHanCode(char.charCodeAt(0))).length <= guardedLength
  const kind = (code: number): Edge => (isWordCode(code) ? Edge.Word : guarded && isHanCode(code) ? Edge.Segment : Edge.Free)
  return {
    id: entry.id,
    form,
    start: kind(folded.charCodeAt(0)),
    end: kind(folded.charCodeAt(folded.length - 1)),
    model,
    plural: model === undefined && takesPlural(form),
    rules,
    capitalAt: false
  }
}

/** For each maker's id, the series whose bare model numbers follow it. */
function followersOf(entries: readonly MatcherEntry[]): Map<string, Follower[]> {
  const followers = new Map<string, Follower[]>()
  for (const entry of entries) {
    const pattern = modelRegExp(entry.modelPattern)
    for (const maker of entry.modelsAfter ?? []) {
      const list = followers.get(maker) ?? []
      list.push({id: entry.id, pattern})
      followers.set(maker, list)
    }
  }
  return followers
}
