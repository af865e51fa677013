/**
 * The dictionary layer for Node.js: look up every word of a text in
 * CC-CEDICT (compiled by the build), and read text in pinyin.
 */
import {lookupWords as lookupIn, type WordSegment} from './lookup.js'
import {openDictionary} from './store.js'
import type {Dictionary} from './types.js'

export {bandLimits, bandOf, type WordSegment} from './lookup.js'
export {readSyllables, readText} from './pinyin.js'
export {openDictionary, readDictionary} from './store.js'
export type {Dictionary, DictionaryAbout, DictionaryEntry, Lexicon} from './types.js'

/**
 * Cut a text into words and look each one up.
 *
 * @param text any text, in either script.
 * @param dictionary the dictionary. (default: the one compiled by the build)
 * @returns the segments, covering the whole text in order.
 */
export function lookupWords(text: string, dictionary: Dictionary = openDictionary()): WordSegment[] {
  return lookupIn(text, dictionary)
}
