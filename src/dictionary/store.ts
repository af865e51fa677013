/**
 * The compiled dictionary on disk, read a first character at a time: a text
 * needs only the entries that start with one of its characters, so only
 * those byte ranges of the index are ever read. Even those are mostly
 * words the text does not hold (a common character starts thousands), so a
 * range is kept as bytes and a word's lines are found by binary search and
 * decoded and parsed only when the word is asked for.
 */
import {closeSync, openSync, readFileSync, readSync} from 'node:fs'
import {ZhglossError} from '../core/problem.js'
import type {IndexTable} from './compile.js'
import {indexFiles} from './files.js'
import type {Dictionary, DictionaryEntry} from './types.js'

export type {Dictionary} from './types.js'

/** A headword's entries and its frequency. */
interface Headword {
  readonly entries: DictionaryEntry[]
  readonly count: number
  readonly rank: number
}

/** What the index says of a text: the headword it is, if any, and whether any headword starts with it. */
interface Found {
  readonly headword: Headword | null
  readonly prefix: boolean
}

/** A text whose first character is not loaded: nothing is known of it. */
const unknown: Found = {headword: null, prefix: false}

let shared: Dictionary | undefined

/**
 * The dictionary compiled by the build (`lib/dictionary/`), opened once.
 *
 * @returns the dictionary.
 * @throws ZhglossError when the build has not compiled it.
 */
export function openDictionary(): Dictionary {
  shared ??= readDictionary(indexFiles().data, indexFiles().table)
  return shared
}

/**
 * Open a compiled dictionary from its two files.
 *
 * @param dataPath the index (`cedict.tsv`).
 * @param tablePath its table (`cedict.json`).
 * @returns the dictionary.
 */
export function readDictionary(dataPath: string, tablePath: string): Dictionary {
  let table: IndexTable
  try {
    table = JSON.parse(readFileSync(tablePath, 'utf8')) as IndexTable
  } catch {
    throw new ZhglossError([
      {
        file: tablePath,
        message: 'the compiled dictionary is missing or unreadable; run `npm run build` to compile it',
        rule: 'dictionary-missing',
        severity: 'error'
      }
    ])
  }
  const chunks = new Map<string, Chunk>()
  const words = new Map<string, Found>()
  const {source, licence, edition, frequencies, total} = table
  const about = {source, licence, edition, frequencies, total}
  const rangeOf = rangeLookup(table)
  const load = (characters: Iterable<string>): void => {
    let descriptor: number | undefined
    try {
      for (const character of characters) {
        if (chunks.has(character)) continue
        const range = rangeOf(character)
        if (!range) continue
        descriptor ??= openSync(dataPath, 'r')
        const buffer = Buffer.allocUnsafe(range[1] - range[0])
        const read = readSync(descriptor, buffer, 0, buffer.length, range[0])
        chunks.set(character, chunkOf(buffer.subarray(0, read)))
      }
    } finally {
      if (descriptor !== undefined) closeSync(descriptor)
    }
  }
  // Words asked for, found or not: a text asks for the same words again and again.
  const find = (word: string): Found => {
    const known = words.get(word)
    if (known !== undefined) return known
    const chunk = chunks.get(String.fromCodePoint(word.codePointAt(0) ?? 0))
    // Not cached: the word's first character may be loaded later.
    if (!chunk) return unknown
    const found = findHeadword(chunk, word)
    words.set(word, found)
    return found
  }
  return {
    table: about,
    total: table.total,
    load,
    has: (word) => find(word).headword !== null,
    hasPrefix: (text) => find(text).prefix,
    count: (word) => find(word).headword?.count ?? 0,
    rank: (word) => find(word).headword?.rank ?? 0,
    entries: (word) => find(word).headword?.entries
  }
}

/** Where each first character's lines are: found in the table's string of first characters. */
function rangeLookup(table: IndexTable): (character: string) => readonly [number, number] | undefined {
  const {first, starts} = table
  return (character) => {
    const at = character ? first.indexOf(character) : -1
    return at < 0 ? undefined : [starts[at] ?? 0, starts[at + character.length] ?? 0]
  }
}

/** The index lines of one first character, as read: their bytes and where each line starts. */
interface Chunk {
  readonly bytes: Buffer
  /** Offset of each line in `bytes`, and one past the end. */
  readonly starts: Int32Array
}

/** Find where the lines of a chunk start, leaving them undecoded until a word is asked for. */
function chunkOf(bytes: Buffer): Chunk {
  const starts: number[] = [0]
  for (let at = bytes.indexOf(newline); at >= 0; at = bytes.indexOf(newline, at + 1)) starts.push(at + 1)
  if (bytes.at(-1) !== newline) starts.push(bytes.length + 1)
  return {bytes, starts: Int32Array.from(starts)}
}

const newline = 0x0a
const tab = 0x09

/** The headword of line `index` of a chunk (decoded alone: compared as JavaScript strings, as the index was sorted). */
function headwordAt(chunk: Chunk, index: number): string {
  const start = chunk.starts[index] ?? 0
  return chunk.bytes.toString('utf8', start, chunk.bytes.indexOf(tab, start))
}

/**
 * A word's lines in a chunk, by binary search: the index is sorted by
 * simplified headword (in JavaScript's string order) and a headword's
 * lines follow each other in the dictionary's order.
 */
function findHeadword(chunk: Chunk, word: string): Found {
  const lines = chunk.starts.length - 1
  let low = 0
  let high = lines
  while (low < high) {
    const middle = (low + high) >>> 1
    if (headwordAt(chunk, middle) < word) low = middle + 1
    else high = middle
  }
  // The first headword not before the word starts with it if any does.
  const prefix = low < lines && headwordAt(chunk, low).startsWith(word)
  let last = low
  while (last < lines && headwordAt(chunk, last) === word) last++
  if (last === low) return {headword: null, prefix}
  const text = chunk.bytes.toString('utf8', chunk.starts[low] ?? 0, (chunk.starts[last] ?? 0) - 1)
  const words = new Map<string, Headword>()
  addLines(words, text)
  return {headword: words.get(word) ?? null, prefix}
}

/** Parse index lines into the headword map. */
function addLines(words: Map<string, Headword>, text: string): void {
  for (const line of text.split('\n')) {
    if (!line) continue
    const [simplified = '', traditional = '', pinyin = '', senses = '', count = '0', rank = '0'] = line.split('\t')
    const entry: DictionaryEntry = {simplified, traditional, pinyin, senses: senses.split('/')}
    const known = words.get(simplified)
    if (known) known.entries.push(entry)
    else words.set(simplified, {entries: [entry], count: Number(count), rank: Number(rank)})
  }
}
