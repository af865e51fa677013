/**
 * The handout's settings, and reading them from the command line's flag values.
 */
import {paperSizes, type PaperSize} from './style.js'

/** Which occurrences of a term are marked: the first of each entry, or all. */
export const densities = ['first', 'all'] as const

export type Density = (typeof densities)[number]

/** Where pinyin goes: over marked terms, over all Chinese text, or nowhere. */
export const pinyinModes = ['terms', 'all', 'none'] as const

export type PinyinMode = (typeof pinyinModes)[number]

/** Settings of the handout that the command line passes through. */
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
}

/**
 * Read the handout's settings from flag values, ignoring values that are not
 * allowed (the command line has already refused them).
 *
 * @param flags flag values by name: `density`, `pinyin`, `bilingual`, `paper`, `glossary`.
 * @returns the settings.
 */
export function handoutSettingsOf(flags: Readonly<Record<string, unknown>>): HandoutSettings {
  const settings: HandoutSettings = {bilingual: flags['bilingual'] === true}
  const density = densities.find((value) => value === flags['density'])
  const pinyin = pinyinModes.find((value) => value === flags['pinyin'])
  const paper = paperSizes.find((value) => value === flags['paper'])
  if (density) settings.density = density
  if (pinyin) settings.pinyin = pinyin
  if (paper) settings.paper = paper
  if (typeof flags['glossary'] === 'string') settings.glossaryName = flags['glossary']
  return settings
}
