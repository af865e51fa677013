/**
 * Pinyin for a term as written: the glossary's reading where it has one,
 * pinyin-pro's reading of the whole phrase otherwise.
 */
import {pinyin} from 'pinyin-pro'
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
 * pinyin-pro's reading of a phrase, with tone marks, read as a whole so that
 * polyphonic characters take the reading of the word (银行 yín háng).
 *
 * @param text Chinese text.
 * @returns the pinyin, syllables separated by spaces.
 */
export function readPhrase(text: string): string {
  return pinyin(text, {toneType: 'symbol', type: 'string', nonZh: 'consecutive'})
}
