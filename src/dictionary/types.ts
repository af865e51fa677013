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
  /** Whether some headword starts with this text (the word itself included), so that the segmenter stops trying longer words where none can be. (default: longer words are always tried) */
  hasPrefix?(text: string): boolean
}

/** Where the dictionary came from, for attribution on pages that embed its entries. */
export interface DictionaryAbout {
  readonly source: string
  readonly licence: string
  readonly edition: {readonly date: string; readonly entries: number}
  readonly frequencies: string
  readonly total: number
}

/** The dictionary: a lexicon whose words are loaded as texts ask for them. */
export interface Dictionary extends Lexicon {
  /** The source, licence and edition, for attribution on pages. */
  readonly table: DictionaryAbout
  /** Read the entries that start with any of these characters (already-read ones are skipped). */
  load(characters: Iterable<string>): void
  /** The entries of a simplified headword, or undefined. */
  entries(word: string): readonly DictionaryEntry[] | undefined
  /** The frequency rank of a headword (1 the most frequent), or 0 when the list lacks it. */
  rank(word: string): number
}
