/**
 * What a source block accounts for in its translation's capitalised words:
 * its Latin words, the senses of its words (Premier for 总理, Beijing for
 * 京) and the pinyin of its Han strings (Wang Yi for 王毅). A capitalised
 * run of the translation none of these explains names something the
 * source may not say.
 */
import type {Block} from '../../article/blocks.js'
import type {RenderingSpan} from '../../glossary/renderings.js'
import {cutWords} from '../../dictionary/lookup.js'
import {readSyllables} from '../../dictionary/pinyin.js'
import type {Dictionary, DictionaryEntry} from '../../dictionary/types.js'
import {capitalisedRuns, keyOf, keysOfPlain, partsOf, plainSyllable, type RunWord, saidBySenses, senseStems} from './name-runs.js'

/** An aligned pair of blocks and the glossary renderings of its translation. */
export interface NamePair {
  source: Block
  target: Block
  renderings: readonly RenderingSpan[]
}

/** What the rule knows of one pair. */
export interface Prepared {
  pair: NamePair
  /** Syllables by UTF-16 offset of the source block. */
  readonly syllables: ReadonlyMap<number, string>
  /** The source's Latin words, as keys. */
  latin: Set<string>
  runs: RunWord[][]
  /** Every part of each run, with its key (see `partsOf`). */
  parts: ReadonlyArray<ReadonlyArray<{first: number; last: number; key: string}>>
  /** Keys of every part of every run. */
  keys: Set<string>
  /** For each word of each run, the source's words whose senses say it (Premier: 总理). */
  readonly said: ReadonlyArray<ReadonlyArray<readonly Range[]>>
  /** The Han strings of 2 to 4 characters of the source, by the pinyin keys they may be written as (wangyi: 王毅). */
  readonly written: ReadonlyMap<string, readonly Range[]>
}

/** A range of the source block. */
interface Range {
  start: number
  end: number
}

/** A run's words from first to last. */
export type RunPart = {run: readonly RunWord[]; first: number; last: number}

/**
 * Read what the name rules need of a pair once. The source's side (its
 * syllables, senses and Han strings) is read when a rule first asks for
 * it: most pairs hold no name the rules follow.
 *
 * @param pair the aligned blocks and the glossary renderings of the translation.
 * @param dictionary the dictionary.
 * @returns the pair with its source's syllables, senses and Latin words, and its translation's runs.
 */
export function prepare(pair: NamePair, dictionary: Dictionary): Prepared {
  const text = pair.source.text
  const latin = new Set((text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).map(keyOf))
  const runs = capitalisedRuns(pair.target.text, pair.renderings)
  const parts = runs.map(partsOf)
  const keys = new Set(parts.flatMap((list) => list.map((part) => part.key)))
  let syllables: Map<number, string> | undefined
  let said: Prepared['said'] | undefined
  let written: Prepared['written'] | undefined
  return {
    pair,
    latin,
    runs,
    parts,
    keys,
    get syllables() {
      syllables ??= syllablesOf(text)
      return syllables
    },
    get said() {
      said ??= runs.length === 0 ? [] : saidOf(text, runs, dictionary)
      return said
    },
    get written() {
      written ??= hanStrings(text, this.syllables)
      return written
    }
  }
}

/** The syllables of a text by UTF-16 offset. */
function syllablesOf(text: string): Map<number, string> {
  const syllables = new Map<number, string>()
  const characters = [...text]
  let offset = 0
  readSyllables(text).forEach((syllable, index) => {
    if (syllable !== undefined) syllables.set(offset, syllable)
    offset += (characters[index] ?? '').length
  })
  return syllables
}

/** For each word of each run, the words of the source text whose senses say it. */
function saidOf(text: string, runs: readonly RunWord[][], dictionary: Dictionary): Prepared['said'] {
  const words = cutWords(text, dictionary).map((word) => ({
    start: word.start,
    end: word.end,
    stems: (dictionary.entries(word.key) ?? []).map(stemsOf)
  }))
  return runs.map((run) => run.map((word) => words.filter((source) => saidBySenses(word, source.stems))))
}

/** The stems of an entry's senses, made once per entry: common words come in every block. */
const entryStems = new WeakMap<DictionaryEntry, ReadonlySet<string>>()

/** The stems of an entry's senses. */
function stemsOf(entry: DictionaryEntry): ReadonlySet<string> {
  let stems = entryStems.get(entry)
  if (!stems) {
    stems = senseStems(entry.senses)
    entryStems.set(entry, stems)
  }
  return stems
}

/** The Han strings of 2 to 4 characters of a text, by their pinyin keys. */
function hanStrings(text: string, syllables: ReadonlyMap<number, string>): Map<string, Range[]> {
  const written = new Map<string, Range[]>()
  const plain = new Map<number, string>()
  const plainAt = (offset: number): string => {
    let key = plain.get(offset)
    if (key === undefined) {
      key = plainSyllable(syllables.get(offset) ?? '')
      plain.set(offset, key)
    }
    return key
  }
  for (const run of text.matchAll(/\p{Script=Han}{2,}/gu)) {
    for (let start = run.index; start < run.index + run[0].length; start++) {
      for (let length = 2; length <= 4 && start + length <= run.index + run[0].length; length++) {
        const read = [...text.slice(start, start + length)].map((_, index) => plainAt(start + index))
        for (const key of keysOfPlain(read)) {
          const ranges = written.get(key) ?? []
          ranges.push({start, end: start + length})
          written.set(key, ranges)
        }
      }
    }
  }
  return written
}

/**
 * The parts of the translation's capitalised runs that nothing of the
 * source outside some ranges accounts for.
 *
 * @param at the prepared pair.
 * @param outside whether a range of the source counts (the name being followed does not explain itself).
 * @returns the unexplained parts, in order.
 */
export function unexplainedParts(at: Prepared, outside: (start: number, end: number) => boolean): RunPart[] {
  const anyOutside = (ranges: readonly Range[] | undefined): boolean => ranges?.some((range) => outside(range.start, range.end)) ?? false
  const candidates: RunPart[] = []
  at.runs.forEach((run, runIndex) => {
    const explained = run.map((word, index) => at.latin.has(word.key) || anyOutside(at.said[runIndex]?.[index]))
    for (const part of at.parts[runIndex] ?? [])
      if (anyOutside(at.written.get(part.key))) for (let i = part.first; i <= part.last; i++) explained[i] = true
    let first = -1
    for (let index = 0; index <= run.length; index++) {
      if (index < run.length && !explained[index]) {
        if (first < 0) first = index
        continue
      }
      if (first >= 0) candidates.push({run, first, last: index - 1})
      first = -1
    }
  })
  return candidates
}

/** The text of a run's part as written. */
export function textOf(at: Prepared, part: RunPart): string {
  return at.pair.target.text.slice(part.run[part.first]?.start ?? 0, part.run[part.last]?.end ?? 0)
}
