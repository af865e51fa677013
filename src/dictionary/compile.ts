/**
 * Compile CC-CEDICT and a word-frequency list into the dictionary's index:
 * one line per entry, sorted by the simplified headword, and a table of the
 * byte range that each first character's entries take, so that a reader of
 * the index reads only the ranges the characters of its text need.
 *
 * Pure functions: the build script (build-data.ts) reads the sources and
 * writes the files.
 */

/** One CC-CEDICT entry, as compiled. */
export interface CompiledEntry {
  /** Simplified headword (the index key). */
  readonly simplified: string
  /** Traditional headword. */
  readonly traditional: string
  /** Pinyin with tone marks, syllables separated by spaces. */
  readonly pinyin: string
  /** English senses. */
  readonly senses: readonly string[]
}

/** What the build reads from the dictionary's header. */
export interface Edition {
  /** The publication date of the edition (`2026-09-10`). */
  readonly date: string
  /** The number of entries the header announces. */
  readonly entries: number
}

/** The table of the index: its edition and the byte range of each first character. */
export interface IndexTable {
  readonly source: string
  readonly licence: string
  readonly edition: Edition
  readonly frequencies: string
  /** Total count of the frequency list, for probabilities. */
  readonly total: number
  /** Where each first character's lines are in the index file: the first characters, in index order, as one string… */
  readonly first: string
  /** …and where each one's lines start, then where the last one's end (see `compactRanges`). */
  readonly starts: readonly number[]
}

/**
 * The ranges of `buildIndex` in the compact form of the table: a string and
 * a list of numbers parse many times faster than an object of ten thousand
 * keys, in every process that opens the dictionary. A character is found by
 * `first.indexOf`, so `starts` has an item per UTF-16 unit of `first`: the
 * second unit of a character beyond the BMP repeats its start.
 *
 * @param ranges first character → [start, end), one range after the other.
 * @returns the first characters in order and where each range starts, with the end of the last.
 */
export function compactRanges(ranges: Readonly<Record<string, readonly [number, number]>>): {first: string; starts: number[]} {
  const ordered = Object.entries(ranges).sort(([, a], [, b]) => a[0] - b[0])
  const starts = ordered.flatMap(([character, range]) => Array.from({length: character.length}, () => range[0]))
  return {first: ordered.map(([character]) => character).join(''), starts: [...starts, ordered.at(-1)?.[1][1] ?? 0]}
}

const marks: Readonly<Record<string, string>> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ'
}

/**
 * One numbered pinyin syllable with a tone mark: `zhong1` → `zhōng`, `lu:4` → `lǜ`.
 *
 * @param syllable CC-CEDICT's syllable.
 * @returns the syllable with its tone mark (none for tone 5 or an unnumbered item).
 */
export function markSyllable(syllable: string): string {
  const match = /^([A-Za-zü:]+)([1-5])$/.exec(syllable)
  if (!match) return syllable.replace(/u:/g, 'ü').replace(/U:/g, 'Ü')
  const letters = (match[1] ?? '').replace(/u:/g, 'ü').replace(/U:/g, 'Ü')
  const tone = Number(match[2])
  if (tone === 5) return letters
  const lower = letters.toLowerCase()
  // The standard rule: a or e takes the mark, o in ou, else the last vowel.
  const at = /[ae]/.test(lower) ? lower.search(/[ae]/) : lower.includes('ou') ? lower.indexOf('o') : lastVowel(lower)
  const base = lower[at] ?? ''
  const marked = marks[base]?.[tone - 1]
  if (marked === undefined) return letters
  const upper = letters[at] !== base
  return letters.slice(0, at) + (upper ? marked.toUpperCase() : marked) + letters.slice(at + 1)
}

/** The index of the last vowel of a syllable without a or e (liu → u, gui → i, guo → o). */
function lastVowel(lower: string): number {
  for (let index = lower.length - 1; index >= 0; index--) if ('iouü'.includes(lower[index] ?? '')) return index
  return -1
}

/**
 * Parse CC-CEDICT's text (`傳統 传统 [chuan2 tong3] /tradition/traditional/`).
 *
 * @param text the dictionary file.
 * @returns its edition and entries, in file order.
 */
export function parseCedict(text: string): {edition: Edition; entries: CompiledEntry[]} {
  const date = /^#! date=(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1] ?? 'unknown'
  const count = Number(/^#! entries=(\d+)/m.exec(text)?.[1] ?? 0)
  const entries: CompiledEntry[] = []
  for (const line of text.split('\n')) {
    const match = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/.exec(line)
    if (!match) continue
    const [, traditional = '', simplified = '', numbered = '', senses = ''] = match
    const pinyin = numbered.split(' ').map(markSyllable).join(' ')
    entries.push({simplified, traditional, pinyin, senses: senses.split('/').filter(Boolean).map(readableSense)})
  }
  return {edition: {date, entries: count}, entries}
}

/** A cross-reference in a sense: `個|个[ge4]` (traditional|simplified) or `着[zhe5]`. */
const reference = /([\p{Script=Han}〇·，]+)(?:\|([\p{Script=Han}〇·，]+))?\[([A-Za-z:0-9 ,-]+)\]/gu

/**
 * A sense as a learner reads it: CC-CEDICT's notation for cross-references
 * and measure words written out (`CL:個|个[ge4]` → `measure word: 个/個 gè`,
 * `see 對不起|对不起[dui4 bu5 qi3]` → `see 对不起/對不起 duì bu qǐ`).
 *
 * @param sense one sense as the dictionary writes it.
 * @returns the sense with each reference as its simplified form, its traditional form when it differs, and marked pinyin.
 */
export function readableSense(sense: string): string {
  const listed = sense.replace(/\bCL:([^;)]*)/g, (_match, list: string) => `measure word: ${list.replace(/,(?=\S)/g, ', ')}`)
  const written = listed.replace(reference, (_match, first: string, second: string | undefined, numbered: string) => {
    const simplified = second ?? first
    const forms = second && second !== first ? `${simplified}/${first}` : simplified
    return `${forms} ${markPinyin(numbered)}`
  })
  return written.replace(/\[([A-Za-z:]+[1-5](?:[ ,-]+[A-Za-z:]+[1-5])*)\]/g, (_match, numbered: string) => markPinyin(numbered))
}

/** Numbered pinyin of several syllables with tone marks (`dui4 bu5 qi3` → `duì bu qǐ`). */
function markPinyin(numbered: string): string {
  return numbered.trim().replace(/[A-Za-z:]+[1-5]/g, markSyllable)
}

/**
 * Parse a `word,count` frequency list.
 *
 * @param text one word and its count per line.
 * @returns word → count.
 */
export function parseFrequencies(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const line of text.split('\n')) {
    const comma = line.lastIndexOf(',')
    if (comma <= 0) continue
    const count = Number(line.slice(comma + 1))
    if (Number.isFinite(count)) counts.set(line.slice(0, comma), (counts.get(line.slice(0, comma)) ?? 0) + count)
  }
  return counts
}

/** Escape the characters that separate fields and senses in an index line. */
function clean(text: string): string {
  return text.replace(/[\t\n\r]/g, ' ')
}

/**
 * Build the index: lines `simplified TAB traditional TAB pinyin TAB senses
 * (joined by `/`) TAB count TAB rank`, sorted by simplified headword, and the byte range of each
 * first character.
 *
 * @param entries the parsed dictionary.
 * @param counts word → count in the frequency list.
 * @returns the index text and the ranges.
 */
export function buildIndex(
  entries: readonly CompiledEntry[],
  counts: ReadonlyMap<string, number>
): {text: string; ranges: Record<string, [number, number]>} {
  const sorted = [...entries].sort((a, b) => (a.simplified < b.simplified ? -1 : a.simplified > b.simplified ? 1 : 0))
  const ranks = rankWords(sorted, counts)
  const ranges: Record<string, [number, number]> = {}
  const encoder = new TextEncoder()
  let text = ''
  let bytes = 0
  for (const entry of sorted) {
    const line = `${[entry.simplified, entry.traditional, entry.pinyin, entry.senses.join('/')].map(clean).join('\t')}\t${counts.get(entry.simplified) ?? 0}\t${ranks.get(entry.simplified) ?? 0}\n`
    const first = String.fromCodePoint(entry.simplified.codePointAt(0) ?? 0)
    const length = encoder.encode(line).length
    const range = ranges[first]
    if (range) range[1] = bytes + length
    else ranges[first] = [bytes, bytes + length]
    text += line
    bytes += length
  }
  return {text, ranges}
}

/**
 * The frequency rank of each headword among the dictionary's headwords that
 * the list counts (1 the most frequent), so that "the N most frequent words"
 * means N words a reader can look up.
 *
 * @param entries the dictionary's entries.
 * @param counts word → count.
 * @returns headword → rank; headwords the list lacks have none.
 */
export function rankWords(entries: readonly CompiledEntry[], counts: ReadonlyMap<string, number>): Map<string, number> {
  const words = [...new Set(entries.map((entry) => entry.simplified))].filter((word) => (counts.get(word) ?? 0) > 0)
  words.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1))
  return new Map(words.map((word, index) => [word, index + 1]))
}
