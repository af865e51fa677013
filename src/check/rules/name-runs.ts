/**
 * What the name checks read of both sides: runs of capitalised words in a
 * translation (where names are), and the ways a Chinese name may be written
 * in Latin letters (its pinyin, either order, and its dictionary senses).
 */
import {stemmer} from 'stemmer'

/** A word of a run: where it is and how it compares. */
export interface RunWord {
  start: number
  end: number
  /** Letters only, lower case: Huang's and HUANG compare alike. */
  key: string
}

/** Words that start sentences, titles of people (Premier Li is Li), and month and day names: never a name's rendering. */
const notNames = new Set(
  (
    'a an the and or but nor so yet for of in on at to by with from as into onto over under after before since until while when ' +
    'if although though because meanwhile however also still then now today yesterday tomorrow this that these those there here ' +
    'it its he his him she her they them their we our us you your i my me what which who whom whose where why how all both each ' +
    'every some many most other such no not more less last next first new according mr mrs ms dr prof ' +
    'president premier prime minister chairman chairwoman chair secretary general deputy vice chief executive ceo director ' +
    'governor mayor senator ambassador spokesperson spokesman spokeswoman chancellor king queen prince princess emperor pope ' +
    'judge commissioner lord sir dame captain colonel coach founder leader state councilor councillor counselor foreign ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' ')
)

/**
 * The runs of capitalised words of a text (Jensen Huang, Cambricon
 * Technologies), with words that start sentences only (The, However) and
 * month names left out of them.
 *
 * @param text a translated block.
 * @param skip ranges already accounted for (glossary renderings), left out.
 * @returns each run as its words.
 */
export function capitalisedRuns(text: string, skip: ReadonlyArray<{start: number; end: number}> = []): RunWord[][] {
  const runs: RunWord[][] = []
  let run: RunWord[] = []
  let last = -1
  for (const match of text.matchAll(/[\p{L}][\p{L}\p{M}'’.-]*/gu)) {
    const written = match[0].replace(/(?:['’]s?|[.-])+$/u, '')
    const start = match.index
    const end = start + written.length
    const between = last < 0 ? '' : text.slice(last, start)
    const capital = /^\p{Lu}/u.test(written)
    const key = keyOf(written)
    const usable = capital && key.length > 1 && !notNames.has(key) && !skip.some((range) => range.start < end && start < range.end)
    if (run.length > 0 && (!usable || !/^[ \u00a0-]$/.test(between))) {
      runs.push(run)
      run = []
    }
    if (usable) run.push({start, end, key})
    last = end
  }
  if (run.length > 0) runs.push(run)
  return runs
}

/**
 * Letters only, lower case, accents removed.
 *
 * @param text a word or words.
 * @returns the key.
 */
export function keyOf(text: string): string {
  let key = keys.get(text)
  if (key === undefined) {
    key = text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\d]/gu, '')
      .toLowerCase()
    if (keys.size > 50_000) keys.clear()
    keys.set(text, key)
  }
  return key
}

/** Keys already made: a translation's words come again and again as its paragraphs are compared. */
const keys = new Map<string, string>()

/**
 * Every contiguous part of a run, with its key: a name is found inside a
 * longer run ("Nvidia CEO Jensen Huang").
 *
 * @param run the words.
 * @returns each part's first and last word and key.
 */
export function partsOf(run: readonly RunWord[]): Array<{first: number; last: number; key: string}> {
  const parts: Array<{first: number; last: number; key: string}> = []
  for (let first = 0; first < run.length; first++) {
    let key = ''
    for (let last = first; last < run.length; last++) {
      key += run[last]?.key ?? ''
      parts.push({first, last, key})
    }
  }
  return parts
}

/**
 * The pinyin keys a Chinese name may be written as: its syllables together
 * (Huangrenxun for Huang Renxun) and, for a person's name, given name first.
 *
 * @param syllables the name's syllables, tone marks and all.
 * @returns the keys.
 */
export function pinyinKeys(syllables: readonly string[]): string[] {
  return keysOfPlain(syllables.map(plainSyllable))
}

/**
 * A syllable as name keys spell it: letters only, lower case, ü as u.
 *
 * @param syllable a syllable, tone marks and all.
 * @returns its key, empty when it has no letters.
 */
export function plainSyllable(syllable: string): string {
  return keyOf(syllable.replace(/ü/g, 'u'))
}

/**
 * The keys of a name from its plain syllables (see `pinyinKeys`).
 *
 * @param plain each syllable's key.
 * @returns the keys, none when a syllable has no letters.
 */
export function keysOfPlain(plain: readonly string[]): string[] {
  if (plain.some((syllable) => syllable === '')) return []
  const together = plain.join('')
  const givenFirst = [...plain.slice(1), plain[0] ?? ''].join('')
  return together === givenFirst ? [together] : [together, givenFirst]
}

/**
 * The names a dictionary entry's senses give (Cambrian, Bloomberg, Xi
 * Jinping): each sense's leading run of capitalised words.
 *
 * @param senses the senses.
 * @returns their keys.
 */
export function senseNames(senses: readonly string[]): string[] {
  const names: string[] = []
  for (const sense of senses) {
    const lead = /^(?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)*/u.exec(sense.trim())?.[0]
    const key = lead ? keyOf(lead) : ''
    if (key.length > 2 && !notNames.has(key)) names.push(key)
  }
  return names
}

/**
 * The words of dictionary senses, stemmed: what a source block says in
 * English words, so that a translation's capitalised word found there is
 * no unexplained name.
 *
 * @param senses the senses of a block's words.
 * @returns the stems.
 */
export function senseStems(senses: readonly string[]): Set<string> {
  const stems = new Set<string>()
  for (const sense of senses) {
    for (const word of sense.match(/\p{L}+/gu) ?? []) if (word.length > 2) stems.add(stemOf(keyOf(word)))
  }
  return stems
}

/**
 * Whether a word is said by a source word's senses.
 *
 * @param word a run's word.
 * @param stems the stems of the senses of each entry of the source word.
 * @returns true when its stem is among them.
 */
export function saidBySenses(word: RunWord, stems: ReadonlyArray<ReadonlySet<string>>): boolean {
  const stem = stemOf(word.key)
  return stems.some((set) => set.has(stem))
}

/** Stems already made: the senses of common words share their words, and a run's words are asked about for every name. */
const stems = new Map<string, string>()

/** The stem of a key, remembered. */
function stemOf(key: string): string {
  let stem = stems.get(key)
  if (stem === undefined) {
    stem = stemmer(key)
    if (stems.size > 50_000) stems.clear()
    stems.set(key, stem)
  }
  return stem
}
