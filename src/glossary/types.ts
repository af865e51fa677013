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
  /** The entry applies only in a paragraph with one of these words (训练 beside 模型). (default: everywhere) */
  context?: string[]
  /** Longer words in which a form is not this entry (外交部长 for 外交部). (default: none) */
  notInside?: string[]
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
