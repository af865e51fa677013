/**
 * Generated glossary entries for scale: the project glossary's resources plus
 * any number of made-up entries whose forms look like real ones (three or
 * four Chinese characters, or a Latin model name), from a seeded generator so
 * that every run measures the same glossary.
 */
import type {GlossaryResources} from '../src/glossary/types.js'
import {fold} from '../src/matcher/index.js'

/**
 * A small, fast, seeded pseudo-random generator (mulberry32).
 *
 * @param seed the seed.
 * @returns a function giving numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Made-up forms, distinct after folding from each other and from `taken`.
 *
 * @param count how many.
 * @param taken folded forms already in use.
 * @param seed the generator's seed.
 * @returns the forms.
 */
export function generateForms(count: number, taken: ReadonlySet<string>, seed = 1): string[] {
  const random = seededRandom(seed)
  const seen = new Set(taken)
  const forms: string[] = []
  while (forms.length < count) {
    const form =
      random() < 0.7
        ? hanWord(random, 3 + Math.floor(random() * 2))
        : `${String.fromCharCode(65 + Math.floor(random() * 26))}${Math.floor(random() * 1e6)
            .toString(36)
            .toUpperCase()}`
    const folded = fold(form)
    if (seen.has(folded)) continue
    seen.add(folded)
    forms.push(form)
  }
  return forms
}

/** A word of common Han characters (U+4E00–U+6FFF). */
function hanWord(random: () => number, length: number): string {
  let word = ''
  for (let index = 0; index < length; index++) word += String.fromCharCode(0x4e00 + Math.floor(random() * 0x2200))
  return word
}

/**
 * The project glossary's resources with `count` generated entries added.
 *
 * @param project the project glossary's resources.
 * @param count how many entries to add.
 * @returns new resources.
 */
export function withGeneratedEntries(project: GlossaryResources, count: number): GlossaryResources {
  const taken = new Set(Object.values(project.zh.terms).flatMap((entry) => entry.forms.map(fold)))
  const zh: Record<string, unknown> = {...project.zh.terms}
  const en: Record<string, unknown> = {...project['en']?.terms}
  generateForms(count, taken).forEach((form, index) => {
    zh[`gen-${index}`] = {forms: [form], pinyin: 'x', category: 'product'}
    en[`gen-${index}`] = {gloss: `generated ${index}`}
  })
  return {...project, zh: {terms: zh}, en: {terms: en}} as unknown as GlossaryResources
}
