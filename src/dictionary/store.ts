/**
 * The compiled dictionary on disk, read a first character at a time: a text
 * needs only the entries that start with one of its characters, so only
 * those byte ranges of the index are ever read.
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
  /** Where each headword's first line starts, in the text of its first character's range. */
  const starts = new Map<string, number>()
  /** The text of each range read, by first character. */
  const texts = new Map<string, string>()
  /** Headwords parsed so far. */
  const words = new Map<string, Headword>()
  const loaded = new Set<string>()
  const {ranges, ...about} = table
  const load = (characters: Iterable<string>): void => {
    const wanted = [...new Set(characters)].filter((character) => !loaded.has(character) && ranges[character])
    if (wanted.length === 0) return
    const descriptor = openSync(dataPath, 'r')
    try {
      for (const character of wanted) {
        loaded.add(character)
        const [start, end] = ranges[character] ?? [0, 0]
        const buffer = Buffer.alloc(end - start)
        readSync(descriptor, buffer, 0, buffer.length, start)
        const text = buffer.toString('utf8')
        texts.set(character, text)
        indexLines(starts, text)
      }
    } finally {
      closeSync(descriptor)
    }
  }
  /** A headword's entries, parsed when first asked for. */
  const headword = (word: string): Headword | undefined => {
    const known = words.get(word)
    if (known) return known
    const start = starts.get(word)
    const text = start === undefined ? undefined : texts.get(String.fromCodePoint(word.codePointAt(0) ?? 0))
    if (start === undefined || text === undefined) return undefined
    const parsed = parseHeadword(text, start, word)
    words.set(word, parsed)
    return parsed
  }
  return {
    table: about,
    total: table.total,
    load,
    has: (word) => starts.has(word),
    count: (word) => headword(word)?.count ?? 0,
    rank: (word) => headword(word)?.rank ?? 0,
    entries: (word) => headword(word)?.entries
  }
}

/**
 * Note where each headword of a range starts. Most headwords of a range are
 * never asked for, so their lines are not parsed: parsing every line cost
 * each thread of a build about 120 ms for our articles, and as much again in
 * garbage collection.
 *
 * @param starts headword → offset of its first line, added to.
 * @param text the range's lines (sorted by headword, so a headword's lines are together).
 */
function indexLines(starts: Map<string, number>, text: string): void {
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at) >>> 0
    const tab = text.indexOf('\t', at)
    if (tab >= 0 && tab < end) {
      const word = text.slice(at, tab)
      if (!starts.has(word)) starts.set(word, at)
    }
    at = end + 1
  }
}

/**
 * Parse a headword's lines: its entries in the index's order, its count and rank from the first.
 *
 * @param text the range's lines.
 * @param start the offset of the headword's first line.
 * @param word the headword.
 * @returns the headword.
 */
function parseHeadword(text: string, start: number, word: string): Headword {
  const entries: DictionaryEntry[] = []
  let count = 0
  let rank = 0
  for (let at = start; at < text.length; ) {
    const end = Math.min(text.indexOf('\n', at) >>> 0, text.length)
    const [simplified = '', traditional = '', pinyin = '', senses = '', listed = '0', place = '0'] = text.slice(at, end).split('\t')
    if (simplified !== word) break
    if (entries.length === 0) {
      count = Number(listed)
      rank = Number(place)
    }
    entries.push({simplified, traditional, pinyin, senses: senses.split('/')})
    at = end + 1
  }
  return {entries, count, rank}
}
