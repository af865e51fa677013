/**
 * Glossary suggestions: the words of a set of articles that the glossary
 * lacks and a reader is likely to need, namely dictionary words outside the
 * everyday core (rarer than the N most frequent words) and Latin tokens
 * (model names, acronyms), ranked by how many articles use them times how
 * often, weighted by how rare the word is in general use (a word the
 * frequency list lacks weighs most). Each comes with a draft: pinyin as read in the articles, and the
 * dictionary's senses as a draft gloss.
 */
import type {Root} from 'mdast'
import {SKIP, visit} from 'unist-util-visit'
import {lookupWords} from './lookup.js'
import type {Dictionary} from './types.js'

/** One proposed entry. */
export interface Suggestion {
  /** The word as first written. */
  readonly text: string
  /** The simplified headword, or the Latin token. */
  readonly key: string
  /** Other ways the articles write it (traditional, other case). */
  readonly variants: readonly string[]
  /** Whether it is a Latin token rather than a Chinese word. */
  readonly latin: boolean
  /** Pinyin as read in the articles (Chinese words only). */
  readonly pinyin: string
  /** The dictionary's senses, the first entry's first (empty when the dictionary lacks it). */
  readonly senses: readonly string[]
  /** Occurrences in all the articles. */
  readonly count: number
  /** Number of articles it occurs in. */
  readonly spread: number
  /** Frequency rank in the word list (0 when unlisted). */
  readonly rank: number
}

/** Options of `suggestEntries`. */
export interface SuggestOptions {
  /** Words among the N most frequent are everyday words, never proposed. (default: `5000`) */
  core?: number
  /** Fewest occurrences for a proposal. (default: `2`) */
  min?: number
  /** Most proposals. (default: `50`) */
  limit?: number
}

/** A tally of one candidate across articles. */
interface Tally {
  text: string
  variants: Set<string>
  latin: boolean
  pinyin: string
  senses: readonly string[]
  rank: number
  count: number
  articles: Set<number>
}

/** A Latin token worth glossing: letters with a digit or a capital after the first letter (H200, CoWoS, HBM). */
const latinToken = /[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/g

/**
 * Propose entries for what a set of articles uses and the glossary lacks.
 *
 * @param trees the articles' Markdown trees, terms already marked (`glossTerm` nodes are skipped).
 * @param dictionary the dictionary.
 * @param options thresholds.
 * @returns the proposals, most widespread and frequent first.
 */
export function suggestEntries(trees: readonly Root[], dictionary: Dictionary, options: SuggestOptions = {}): Suggestion[] {
  const core = options.core ?? 5000
  const tallies = new Map<string, Tally>()
  trees.forEach((tree, article) => {
    for (const text of plainTexts(tree)) {
      for (const segment of lookupWords(text, dictionary)) {
        if (segment.han) {
          const everyday = segment.rank > 0 && segment.rank <= core
          if ([...segment.text].length < 2 || everyday || segment.entries.length === 0) continue
          const senses = segment.entries.flatMap((entry) => entry.senses)
          count(tallies, segment.key, segment.text, article, {latin: false, pinyin: segment.pinyin, senses, rank: segment.rank})
        } else {
          for (const match of segment.text.matchAll(latinToken)) {
            if (!isWorthGlossing(match[0])) continue
            count(tallies, match[0].toLowerCase(), match[0], article, {latin: true, pinyin: '', senses: [], rank: 0})
          }
        }
      }
    }
  })
  return [...tallies.entries()]
    .filter(([, tally]) => tally.count >= (options.min ?? 2))
    .map(([key, tally]) => toSuggestion(key, tally))
    .sort((a, b) => score(b) - score(a) || (a.key < b.key ? -1 : 1))
    .slice(0, options.limit ?? 50)
}

/**
 * How strongly to propose a word: spread times frequency, times the log of
 * its general frequency rank, so that domain words beat common ones.
 *
 * @param suggestion the tallied word.
 * @returns the score.
 */
export function score(suggestion: Suggestion): number {
  return suggestion.spread * suggestion.count * Math.log10(suggestion.rank > 0 ? suggestion.rank : 100_000)
}

/** Add one occurrence to the tallies. */
function count(
  tallies: Map<string, Tally>,
  key: string,
  text: string,
  article: number,
  about: Pick<Tally, 'latin' | 'pinyin' | 'senses' | 'rank'>
): void {
  const tally = tallies.get(key) ?? {...about, text, variants: new Set<string>(), count: 0, articles: new Set<number>()}
  tally.count++
  tally.articles.add(article)
  if (text !== tally.text) tally.variants.add(text)
  tallies.set(key, tally)
}

/** A tally as a suggestion. */
function toSuggestion(key: string, tally: Tally): Suggestion {
  return {
    text: tally.text,
    key,
    variants: [...tally.variants],
    latin: tally.latin,
    pinyin: tally.pinyin,
    senses: tally.senses,
    count: tally.count,
    spread: tally.articles.size,
    rank: tally.rank
  }
}

/**
 * Whether a Latin token names something (H200, CoWoS, HBM) rather than being
 * an ordinary word or a unit (the, GB, nm).
 *
 * @param token the token.
 * @returns true for tokens with a digit or more than one capital letter, two characters at least.
 */
export function isWorthGlossing(token: string): boolean {
  if (token.length < 2 || /^\d/.test(token)) return false
  if (/^(?:GB|TB|MB|KB|nm|mm|GHz|MHz|kW|MW|GW|TB\/s|GB\/s|Q[1-4]|H[12]|No)$/i.test(token)) return false
  return /\d/.test(token) || (token.match(/[A-Z]/g) ?? []).length >= 2
}

/**
 * The article's own text, outside glossary terms, code, HTML and front matter.
 *
 * @param tree the Markdown tree.
 * @returns the texts, one per text node.
 */
function plainTexts(tree: Root): string[] {
  const texts: string[] = []
  visit(tree, (node) => {
    const type: string = node.type
    if (type === 'glossTerm' || type === 'code' || type === 'inlineCode' || type === 'html' || type === 'yaml') return SKIP
    if (node.type === 'text') texts.push(node.value)
    return undefined
  })
  return texts
}
