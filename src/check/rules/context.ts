/**
 * What a rule sees of one aligned pair of blocks.
 */
import type {Glossary} from '../../glossary/create.js'
import type {RenderingSpan} from '../../glossary/renderings.js'
import type {Block} from '../../article/blocks.js'

/** One source block, its translation, and what was found in the translation. */
export interface PairContext {
  source: Block
  target: Block
  /** Glossary renderings found in the target block. */
  renderings: readonly RenderingSpan[]
  glossary: Glossary
  /** The language of the translation. */
  lang: string
  /** Entries already rendered in earlier blocks of the translation, to which a short reference may point. */
  earlier?: ReadonlySet<string>
}

/**
 * Quote a piece of text for a message, shortened when long.
 *
 * @param text the text.
 * @param limit most characters kept. (default: `40`)
 * @returns the text in quotation marks.
 */
export function quote(text: string, limit = 40): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  return `"${chars.length > limit ? `${chars.slice(0, limit).join('')}…` : chars.join('')}"`
}

/**
 * List renderings for a message: `"Nvidia" or "NVIDIA"`.
 *
 * @param renderings the renderings, preferred first.
 * @returns the list in words.
 */
export function orList(renderings: readonly string[]): string {
  const quoted = renderings.map((rendering) => quote(rendering, 60))
  if (quoted.length <= 1) return quoted.join('')
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`
}
