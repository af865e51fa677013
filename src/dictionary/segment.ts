/**
 * Word segmentation by the dictionary: of all the ways to cut a run of Han
 * characters into headwords (or single characters), take the most probable
 * one, each word's probability its count in the frequency list (a headword
 * the list lacks counts as rare, a character the dictionary lacks as rarer
 * still). This is jieba's method on CC-CEDICT's words: every segment it
 * gives is a word a reader can look up.
 */
import type {Lexicon} from './types.js'

/** The longest headword tried, in characters. */
const longestWord = 12
/** The count given to a headword the frequency list lacks. */
const unlistedWord = 2
/** The count given to a character the dictionary lacks. */
const unknownCharacter = 0.5

/**
 * Cut a run of characters (keys already folded to simplified) into words.
 *
 * @param characters the run, one item per character.
 * @param lexicon the words and their counts.
 * @returns the length in characters of each word, in order.
 */
export function segmentRun(characters: readonly string[], lexicon: Lexicon): number[] {
  const size = characters.length
  const logTotal = Math.log(lexicon.total)
  // best[i]: the cost of the best cut of characters[i…]; step[i]: its first word's length.
  const best = new Float64Array(size + 1)
  const step = new Int32Array(size + 1)
  for (let start = size - 1; start >= 0; start--) {
    best[start] = Number.POSITIVE_INFINITY
    let word = ''
    for (let length = 1; length <= Math.min(longestWord, size - start); length++) {
      word += characters[start + length - 1]
      const known = lexicon.has(word)
      if (known || length === 1) {
        const count = known ? Math.max(lexicon.count(word), unlistedWord) : unknownCharacter
        const cost = logTotal - Math.log(count) + (best[start + length] ?? 0)
        if (cost < (best[start] ?? 0)) {
          best[start] = cost
          step[start] = length
        }
      }
      // No headword is longer than one the lexicon says no headword starts with.
      if (lexicon.hasPrefix?.(word) === false) break
    }
  }
  const lengths: number[] = []
  for (let at = 0; at < size; at += step[at] ?? 1) lengths.push(step[at] ?? 1)
  return lengths
}
