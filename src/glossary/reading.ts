/**
 * Pinyin for a term as written: the glossary's reading where it has one,
 * the reading of the whole phrase otherwise (pinyin-pro through the
 * simplified folding, with our polyphone words: see dictionary/pinyin.ts).
 */
import {readText} from '../dictionary/pinyin.js'
import {fold} from '../matcher/index.js'
import {hasHan} from './create.js'
import type {Entry} from './types.js'

/**
 * The pinyin of an entry's form as written in a text.
 *
 * @param entry the glossary entry.
 * @param written the matched text (without any model number).
 * @returns the pinyin, or undefined when the text has no Han characters.
 */
export function readingOf(entry: Entry, written: string): string | undefined {
  if (!hasHan(written)) return undefined
  const key = fold(written)
  for (const [form, reading] of Object.entries(entry.readings)) {
    if (fold(form) === key) return reading
  }
  const first = entry.forms.find(hasHan)
  if (entry.pinyin !== undefined && first !== undefined && fold(first) === key) return entry.pinyin
  return readPhrase(written)
}

/**
 * The reading of a phrase, with tone marks, read as a whole so that
 * polyphonic characters take the reading of the word (银行 yín háng), and
 * traditional text reads like its simplified copy (於 yú, 們 men).
 *
 * @param text Chinese text in either script.
 * @returns the pinyin, syllables separated by spaces.
 */
export function readPhrase(text: string): string {
  return readText(text)
}
