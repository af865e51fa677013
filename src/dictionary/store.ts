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
        addLines(words, buffer.toString('utf8'))
      }
    } finally {
      closeSync(descriptor)
    }
  }
  return {
    table: about,
    total: table.total,
    load,
    has: (word) => words.has(word),
    count: (word) => words.get(word)?.count ?? 0,
    rank: (word) => words.get(word)?.rank ?? 0,
    entries: (word) => words.get(word)?.entries
  }
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
