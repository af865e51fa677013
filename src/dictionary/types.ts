/**
 * The shapes the dictionary layer shares: an entry, a lexicon for the
 * segmenter, and a looked-up segment.
 */

/** One dictionary entry: one reading of a headword with its senses. */
export interface DictionaryEntry {
  /** Simplified headword. */
  readonly simplified: string
  /** Traditional headword. */
  readonly traditional: string
  /** Pinyin with tone marks, one syllable per character, separated by spaces. */
  readonly pinyin: string
  /** English senses, in the dictionary's order. */
  readonly senses: readonly string[]
}

/** What the segmenter needs to know of words (keys are simplified). */
export interface Lexicon {
  /** Whether a word is a headword. */
  has(word: string): boolean
  /** The word's count in the frequency list (0 when unlisted). */
  count(word: string): number
  /** The sum of all counts of the frequency list. */
  readonly total: number
}
