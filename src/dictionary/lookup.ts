/**
 * Look up every word of a text: cut each run of Han characters into
 * dictionary words (segment.ts) and give each its entries, its frequency band
 * and, for a long word, its parts. Traditional text is looked up through its
 * simplified folding, so 記憶體 finds 记忆体.
 */
import {fold} from '../matcher/index.js'
import {readSyllables} from './pinyin.js'
import {segmentRun} from './segment.js'
import type {Dictionary, DictionaryEntry, Lexicon} from './types.js'

/** One piece of the text: a word with its entries, or text that is not Chinese. */
export interface WordSegment {
  /** The text as written. */
  readonly text: string
  /** Where it starts in the text (UTF-16 offset). */
  readonly start: number
  /** Where it ends (exclusive). */
  readonly end: number
  /** Whether it is a run of Han characters (a word to look up). */
  readonly han: boolean
  /** The simplified headword it was looked up as. */
  readonly key: string
  /** The pinyin of the word as read in this text, with tone marks. */
  readonly pinyin: string
  /** Dictionary entries, the one read as in this text first; empty when the dictionary lacks the word. */
  readonly entries: readonly DictionaryEntry[]
  /** Frequency rank (1 the most frequent word), 0 when unlisted. */
  readonly rank: number
  /** Frequency band 1 (most frequent) to 6 (rare or unlisted); see `bandOf`. */
  readonly band: number
  /** For a word of three or more characters, the shorter words it is made of. */
  readonly parts: readonly WordSegment[]
}

/** Upper rank of bands 1 to 5; anything rarer, or unlisted, is band 6. */
export const bandLimits = [1000, 2500, 5000, 10000, 20000] as const

/**
 * The frequency band of a rank.
 *
 * @param rank 1 for the most frequent word, 0 for a word the list lacks.
 * @returns 1 (the 1,000 most frequent words) to 6 (rarer than the 20,000th, or unlisted).
 */
export function bandOf(rank: number): number {
  if (rank <= 0) return 6
  const band = bandLimits.findIndex((limit) => rank <= limit)
  return band < 0 ? 6 : band + 1
}

/**
 * Cut a text into words and look each one up.
 *
 * @param text any text, in either script.
 * @param dictionary the dictionary (in Node.js, `openDictionary()` gives the one compiled by the build).
 * @returns the segments, covering the whole text in order.
 */
export function lookupWords(text: string, dictionary: Dictionary): WordSegment[] {
  const segments: WordSegment[] = []
  for (const run of text.matchAll(/\p{Script=Han}+|\P{Script=Han}+/gu)) {
    const start = run.index
    if (!/\p{Script=Han}/u.test(run[0])) {
      segments.push(plain(run[0], start))
      continue
    }
    segments.push(...lookupRun(run[0], start, dictionary, dictionary))
  }
  return segments
}

/** A word of a text as the segmenter cuts it, without its reading or parts. */
export interface WordSpan {
  /** Where it starts in the text (UTF-16 offset). */
  readonly start: number
  /** Where it ends (exclusive). */
  readonly end: number
  /** The simplified headword it is looked up as. */
  readonly key: string
}

/**
 * Cut the Han runs of a text into words as `lookupWords` does, for callers
 * that need only the words and their entries: no pinyin is read and long
 * words are not split into parts, which is most of a lookup's cost.
 *
 * @param text any text, in either script.
 * @param dictionary the dictionary.
 * @returns the words of its Han runs, in order (the text between them left out).
 */
export function cutWords(text: string, dictionary: Dictionary): WordSpan[] {
  const words: WordSpan[] = []
  for (const run of text.matchAll(/\p{Script=Han}+/gu)) {
    const characters = [...run[0]]
    const keys = characters.map((character) => fold(character))
    dictionary.load(keys)
    let index = 0
    let offset = run.index
    for (const length of cutRun(keys, dictionary)) {
      const end = offset + characters.slice(index, index + length).join('').length
      words.push({start: offset, end, key: keys.slice(index, index + length).join('')})
      index += length
      offset = end
    }
  }
  return words
}

/** The cuts of Han runs already segmented, by dictionary: the reader's word layer and the name rules cut the same runs. */
const cuts = new WeakMap<Dictionary, Map<string, readonly number[]>>()

/** Cut a run (keys already folded) into words with the whole dictionary, remembered. */
function cutRun(keys: readonly string[], dictionary: Dictionary): readonly number[] {
  let known = cuts.get(dictionary)
  if (!known) {
    known = new Map()
    cuts.set(dictionary, known)
  }
  const run = keys.join('')
  let lengths = known.get(run)
  if (!lengths) {
    lengths = segmentRun(keys, dictionary)
    if (known.size >= 10_000) known.clear()
    known.set(run, lengths)
  }
  return lengths
}

/** Segments of one Han run (with the parts of its long words, unless `withParts` is false). */
function lookupRun(run: string, start: number, dictionary: Dictionary, lexicon: Lexicon, withParts = true): WordSegment[] {
  const characters = [...run]
  const keys = characters.map((character) => fold(character))
  dictionary.load(keys)
  const syllables = readSyllables(run)
  const segments: WordSegment[] = []
  let index = 0
  let offset = start
  for (const length of lexicon === dictionary ? cutRun(keys, dictionary) : segmentRun(keys, lexicon)) {
    const written = characters.slice(index, index + length).join('')
    const key = keys.slice(index, index + length).join('')
    const pinyin = syllables.slice(index, index + length).join(' ')
    const rank = dictionary.rank(key)
    const parts = withParts && length >= 3 ? partsOf(written, key, offset, dictionary) : []
    const entries = orderEntries(dictionary.entries(key) ?? [], written, pinyin)
    segments.push({
      text: written,
      start: offset,
      end: offset + written.length,
      han: true,
      key,
      pinyin,
      entries,
      rank,
      band: bandOf(rank),
      parts
    })
    index += length
    offset += written.length
  }
  return segments
}

/** The shorter words a long word is made of (none when it does not split). */
function partsOf(written: string, key: string, start: number, dictionary: Dictionary): WordSegment[] {
  const without: Lexicon = {
    total: dictionary.total,
    count: (word) => dictionary.count(word),
    has: (word) => word !== key && dictionary.has(word),
    ...(dictionary.hasPrefix ? {hasPrefix: (text: string) => dictionary.hasPrefix?.(text) ?? true} : {})
  }
  // A part's own parts are never shown: they are not looked for.
  const parts = lookupRun(written, start, dictionary, without, false)
  return parts.length > 1 ? parts : []
}

/** Entries with the one read as in the text (and written in its script) first. */
function orderEntries(entries: readonly DictionaryEntry[], written: string, pinyin: string): DictionaryEntry[] {
  if (entries.length < 2) return [...entries]
  const plainReading = (reading: string): string => reading.toLowerCase().replace(/\s+/g, '')
  const read = plainReading(pinyin)
  const score = (entry: DictionaryEntry): number =>
    (plainReading(entry.pinyin) === read ? 0 : 2) + (entry.traditional === written || entry.simplified === written ? 0 : 1)
  // Scored once each; the sort is stable, so entries of one score keep the dictionary's order.
  const scores = new Map(entries.map((entry) => [entry, score(entry)]))
  return [...entries].sort((a, b) => (scores.get(a) ?? 0) - (scores.get(b) ?? 0))
}

/** A piece of text that is not Chinese. */
function plain(text: string, start: number): WordSegment {
  return {text, start, end: start + text.length, han: false, key: text, pinyin: '', entries: [], rank: 0, band: 6, parts: []}
}
