/**
 * The dictionary layer for Node.js: look up every word of a text in
 * CC-CEDICT (compiled by the build), and read text aloud in pinyin.
 */
export {bandLimits, bandOf, lookupWords, type WordSegment} from './lookup.js'
export {readSyllables, readText} from './pinyin.js'
export {type Dictionary, openDictionary, readDictionary} from './store.js'
export type {DictionaryEntry, Lexicon} from './types.js'
