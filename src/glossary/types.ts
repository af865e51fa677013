/**
 * The glossary as it is kept on disk (i18next resources) and as the rest of
 * zhgloss sees it once loaded.
 */

/** Kinds of entry; shown to readers and used to group the glossary. */
export const categories = ['company', 'person', 'product', 'technology', 'concept', 'policy', 'organization', 'media', 'event'] as const

export type Category = (typeof categories)[number]

/** Parts of speech, named as TBX-Basic names them. */
export const partsOfSpeech = ['noun', 'properNoun', 'verb', 'adjective'] as const

export type PartOfSpeech = (typeof partsOfSpeech)[number]

/** One entry of `glossary/zh/terms.json`. */
export interface ZhEntryResource {
  /** Every way the term is written in Chinese text; the first is the headword. */
  forms: string[]
  /** Hanyu Pinyin of the first form written in Chinese characters, with tone marks. */
  pinyin?: string
  /** Pinyin of other forms that are not read like the preferred form. */
  readings?: Record<string, string>
  /** What kind of thing the term names. */
  category: Category
  /** (default: `'noun'`, or `'properNoun'` for names) */
  partOfSpeech?: PartOfSpeech
  /** Whether a model number written after a form belongs to the match (昇腾910C). (default: `false`) */
  models?: boolean
  /** Whether short Han forms must agree with word segmentation. (default: `'segment'`) */
  boundary?: 'segment' | 'none'
  /** The shape of a model number: a regular expression the whole number must match, any case (`[1-9]E?`). (default: letters and digits with a digit) */
  modelPattern?: string
  /** Ids of makers after whose forms a bare model number of `modelPattern`'s shape is this series' (华为 910C). (default: none) */
  modelsAfter?: string[]
  /** Longer words in which a form is not this term (`["外交部长"]` for 外交部). (default: none) */
  notInside?: string[]
  /** Cue words, one of which must be in the same paragraph, heading or cell (`["模型", "算力"]` for 训练). (default: none) */
  onlyWith?: string[]
  /** Cue words that, in the same paragraph, heading or cell, mean another sense. (default: none) */
  notWith?: string[]
}

/** One entry of `glossary/LNG/terms.json` for a gloss language. */
export interface GlossEntryResource {
  /** The approved rendering, shown to readers and required of translators. */
  gloss: string
  /** One sentence a reader learns from. */
  note?: string
  /** Other renderings a translator may use. */
  accepted?: string[]
  /** Renderings that are wrong. */
  forbidden?: string[]
  /** The term is kept exactly as written in a translation. (default: `false`) */
  doNotTranslate?: boolean
  /** Renderings may be written in any case. (default: `false`) */
  ignoreCase?: boolean
  /** Severity of a missing rendering. (default: `'error'` for names and do-not-translate terms, else `'warning'`) */
  severity?: 'error' | 'warning' | 'off'
  /** Derived or irregular forms a translation may use (overcapacity). (default: none) */
  inflections?: string[]
}

/** The shape of the glossary folder: `{zh: {terms: {...}}, en: {terms: {...}}, ...}`. */
export interface GlossaryResources {
  zh: {terms: Record<string, ZhEntryResource>}
  [lang: string]: {terms: Record<string, unknown>}
}

/** An entry of the loaded glossary: what matching and rendering need. */
export interface Entry {
  /** The entry id (`[a-z0-9][a-z0-9-]*`). */
  readonly id: string
  /** Every written form, trimmed; the first is the headword. */
  readonly forms: readonly string[]
  /** The form shown as the entry's headword. */
  readonly preferred: string
  readonly pinyin: string | undefined
  readonly readings: Readonly<Record<string, string>>
  /** What kind of thing the term names. */
  readonly category: Category
  /** Part of speech, `properNoun` by default for names. */
  readonly partOfSpeech: PartOfSpeech
  /** Whether a model number after a form belongs to the match. */
  readonly models: boolean
  /** Whether short Han forms must agree with word segmentation. */
  readonly boundary: 'segment' | 'none'
  /** The shape of a model number, if the glossary gives one. */
  readonly modelPattern: string | undefined
  /** Makers after which a bare model number is this series'. */
  readonly modelsAfter: readonly string[]
  /** Longer words in which a form is not this term. */
  readonly notInside: readonly string[]
  /** Cue words, one of which must be in the same block. */
  readonly onlyWith: readonly string[]
  /** Cue words that rule the term out in the same block. */
  readonly notWith: readonly string[]
}

/** The gloss of an entry in one language, with defaults filled in. */
export interface Gloss {
  /** The approved rendering. */
  readonly gloss: string
  /** One sentence a reader learns from (empty when the glossary has none). */
  readonly note: string
  /** Other renderings a translator may use. */
  readonly accepted: readonly string[]
  /** Renderings that are wrong. */
  readonly forbidden: readonly string[]
  /** The term is kept exactly as written in a translation. */
  readonly doNotTranslate: boolean
  /** Renderings may be written in any case. */
  readonly ignoreCase: boolean
  /** The language the gloss came from (`en` when the asked language lacks it). */
  readonly lang: string
}
