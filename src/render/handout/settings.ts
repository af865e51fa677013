/**
 * The handout's settings: a typed object with a default for every field.
 * Callers (the command line, library users) build it from their own inputs;
 * `handoutSettings` keeps only the values the handout knows.
 */
import {paperSizes, type PaperSize} from './style.js'

/** Which occurrences of a term are marked: the first of each entry, or all. */
export const densities = ['first', 'all'] as const

export type Density = (typeof densities)[number]

/** Where pinyin goes: over marked terms, over all Chinese text, or nowhere. */
export const pinyinModes = ['terms', 'all', 'none'] as const

export type PinyinMode = (typeof pinyinModes)[number]

/** How much of each entry's note the glossary prints: its first sentence, or all of it. */
export const noteLengths = ['short', 'long'] as const

export type NoteLength = (typeof noteLengths)[number]

/** Where the article comes from, for its script and fonts: mainland (simplified), Taiwan or Hong Kong (traditional). */
export const regions = ['cn', 'tw', 'hk'] as const

export type Region = (typeof regions)[number]

/** Settings of the handout. */
export interface HandoutSettings {
  /** Which occurrences get pinyin and a number. (default: `'first'`) */
  density?: Density
  /** Where pinyin goes. (default: `'terms'`) */
  pinyin?: PinyinMode
  /** Print each block of the translation after the article's block. (default: `false`) */
  bilingual?: boolean
  /** Paper the print style is laid out for. (default: `'a4'`) */
  paper?: PaperSize
  /** The glossary's name (its folder), for the "made with" line. (default: none: the line gives the entry count only) */
  glossaryName?: string
  /** Print each entry's other forms (traditional, aliases) in the glossary. (default: `false`) */
  forms?: boolean
  /** How much of each note the glossary prints. (default: `'short'`) */
  notes?: NoteLength
  /** Number the article's paragraphs in the margin, for "paragraph 3" in class. (default: `false`) */
  numbers?: boolean
  /** Number the article's printed lines, every fifth, in the margin, for "line 12" in class; the page on screen is then laid out as on paper. (default: `false`) */
  lineNumbers?: boolean
  /** A line for the student's name and the date under the title. (default: `true`) */
  nameLine?: boolean
  /** Exercises made from the glossary, with the answers on a page of their own. (default: `false`) */
  exercises?: boolean
  /** The article's region, which decides `zh-Hans` or `zh-Hant` and the fonts. (default: the front matter's `region` or `lang`, else read from the text) */
  region?: Region
}

/** Loosely typed values for the settings, as a caller may hold them (strings from a form or a command line). */
export type HandoutSettingValues = {readonly [Key in keyof HandoutSettings]?: unknown}

/**
 * The settings from loosely typed values: a value the handout does not know
 * (a density of `'most'`) is left out, so the default holds.
 *
 * @param values the values by setting name.
 * @returns the settings.
 */
export function handoutSettings(values: HandoutSettingValues): HandoutSettings {
  const settings: HandoutSettings = {bilingual: values.bilingual === true}
  const density = densities.find((value) => value === values.density)
  const pinyin = pinyinModes.find((value) => value === values.pinyin)
  const paper = paperSizes.find((value) => value === values.paper)
  if (density) settings.density = density
  if (pinyin) settings.pinyin = pinyin
  if (paper) settings.paper = paper
  if (typeof values.glossaryName === 'string') settings.glossaryName = values.glossaryName
  const notes = noteLengths.find((value) => value === values.notes)
  const region = regions.find((value) => value === values.region)
  if (notes) settings.notes = notes
  if (region) settings.region = region
  for (const flag of ['forms', 'numbers', 'lineNumbers', 'exercises'] as const) if (values[flag] === true) settings[flag] = true
  if (values.nameLine === false || values.nameLine === 'off') settings.nameLine = false
  return settings
}
