/**
 * English renderings found through inflection and spelling variants: a
 * rendering matches when the translation has the same words up to their
 * Porter stems (trains for train, valued for value), with a hyphen for a
 * space (single-precision floating-point), in any case. Short references to a name already rendered count too: the
 * surname of a person (Huang), "the company" or the last word of a body's
 * name (the ministry).
 *
 * The stemmer is the `stemmer` package (Porter's algorithm, no
 * dependencies, typed, from the same makers as the Markdown pipeline): a
 * lemmatiser with a word list (wink-lemmatizer) knows irregular forms but is
 * a hundred times larger, and irregular forms can be listed on an entry.
 */
import {stemmer} from 'stemmer'

/** A range of a text, `end` exclusive. */
export interface TextRange {
  start: number
  end: number
}

interface Word extends TextRange {
  stem: string
  /** The word as written, for acronyms (AI) and initials (artificial intelligence). */
  written: string
}

/** The text with acronyms' dots moved behind them (A.I. read AI..), offsets kept. */
function undot(text: string): string {
  return text.replace(/\b(?:[A-Z]\.){2,}/g, (acronym) => acronym.replace(/\./g, '') + '.'.repeat(acronym.length / 2))
}

/** The words of a text with their stems; a possessive ending is dropped. */
function wordsOf(text: string): Word[] {
  const words: Word[] = []
  // Letters and digits are words apart (5nm is 5 and nm), on both sides alike.
  for (const match of text.matchAll(/[A-Za-z]+(?:['’][A-Za-z]+)?|[0-9]+/g)) {
    const bare = match[0].replace(/['’]s?$/i, '')
    words.push({start: match.index, end: match.index + match[0].length, stem: stemmer(bare.toLowerCase()), written: bare})
  }
  return words
}

/**
 * Find a rendering in a text up to inflection, case and hyphenation; an
 * acronym of the rendering (AI) also matches the words it stands for
 * (artificial intelligence), and a one-word rendering the head of a
 * compound (chip in chipmaker).
 *
 * @param input the translated block.
 * @param rendering a rendering of the glossary.
 * @param expansions what acronyms stand for, from the glossary (AI: artificial intelligence). (default: none)
 * @returns where it is written, or undefined.
 */
export function findInflected(input: string, rendering: string, expansions: Expansions = new Map()): TextRange | undefined {
  const text = undot(input)
  const wanted = wordsOf(undot(rendering))
  if (wanted.length === 0) return undefined
  const words = wordsOf(text)
  for (let index = 0; index < words.length; index++) {
    const end = matchFrom({text, words, expansions}, index, wanted, 0)
    const first = words[index]
    const last = end === undefined ? undefined : words[end - 1]
    if (first && last) return {start: first.start, end: last.end}
  }
  return undefined
}

/** Acronyms and the words they stand for, as the glossary gives both (AI: artificial intelligence). */
export type Expansions = ReadonlyMap<string, readonly string[]>

/** What matching runs over: the text (dots of acronyms moved), its words, and the acronyms' expansions. */
interface Scan {
  text: string
  words: readonly Word[]
  expansions: Expansions
}

/** Match the wanted words from a word on; the index after the last word matched, or undefined. */
function matchFrom(scan: Scan, at: number, wanted: readonly Word[], next: number): number | undefined {
  if (next === wanted.length) return at
  const want = wanted[next]
  const word = scan.words[at]
  if (!want || !word) return undefined
  // Words of one rendering stand together: only spaces, hyphens or an acronym's dots between them.
  const previous = scan.words[at - 1]
  if (next > 0 && previous && !/^[\s\-‐–.]*$/.test(scan.text.slice(previous.end, word.start))) return undefined
  const compound = wanted.length === 1 && want.stem.length >= 4 && word.stem.startsWith(want.stem)
  if (word.stem === want.stem || compound) {
    const found = matchFrom(scan, at + 1, wanted, next + 1)
    if (found !== undefined) return found
  }
  for (const expansion of scan.expansions.get(want.written) ?? []) {
    const spelled = wordsOf(expansion)
    const found = matchFrom(scan, at, [...spelled, ...wanted.slice(next + 1)], 0)
    if (found !== undefined) return found
  }
  return undefined
}

/** Words that refer back to a body already named. */
const bodyWords =
  /\b(?:the|its|this)\s+(?:company|firm|group|chipmaker|chip maker|maker|ministry|agency|administration|regulator|newspaper|paper|department|office|commission)\b/i

/**
 * Find a short reference to a name already rendered earlier in the
 * translation: a person's surname, or "the company" for a body.
 *
 * @param text the translated block.
 * @param rendering the entry's rendering (Jensen Huang, Ministry of Foreign Affairs).
 * @param kind whether the entry names a person or a body.
 * @returns where the reference is written, or undefined.
 */
export function findShortReference(text: string, rendering: string, kind: 'person' | 'body'): TextRange | undefined {
  const words = rendering.split(/\s+/).filter(Boolean)
  if (kind === 'person') {
    const surname = words.at(-1)
    if (!surname || words.length < 2) return undefined
    const match = new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(text)
    return match ? {start: match.index, end: match.index + match[0].length} : undefined
  }
  const match = bodyWords.exec(text)
  return match ? {start: match.index, end: match.index + match[0].length} : undefined
}
