/**
 * What the matcher reports: one match in a text.
 */

/** One match in a text. Offsets are UTF-16 code units, `end` exclusive. */
export interface Span {
  /** Where the match starts. */
  readonly start: number
  /** Where it ends (exclusive), after any model number. */
  readonly end: number
  /** The entry's id. */
  readonly id: string
  /** The glossary form that matched (as the glossary writes it); empty for a model number after its maker. */
  readonly form: string
  /** The model number that followed the form, as written (`910C`), or the bare model number. */
  readonly model?: string
}
