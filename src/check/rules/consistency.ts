/**
 * `term-inconsistent`: one entry rendered in two ways in the same
 * translation. A short form is not a second rendering: an acronym of the
 * full rendering (MIIT), one introduced in brackets after it
 * ("high-bandwidth memory (HBM)"), or a shorter name made of its words
 * ("Cyberspace Administration").
 */
import type {Glossary} from '../../glossary/create.js'
import type {RenderingSpan} from '../../glossary/renderings.js'
import type {Block} from '../../article/blocks.js'
import {makeFinding, type LocatedFinding} from './located.js'
import {quote} from './context.js'

/** The renderings found in one translated block. */
export interface BlockRenderings {
  block: Block
  renderings: readonly RenderingSpan[]
  /** Entries of the aligned source block: only their renderings translate a term. */
  terms: ReadonlySet<string>
}

/**
 * Find entries rendered in more than one way across a translation.
 *
 * @param blocks every translated block with its renderings.
 * @param glossary the glossary.
 * @param lang the language of the translation.
 * @returns the findings, one per extra rendering.
 */
export function checkConsistency(blocks: readonly BlockRenderings[], glossary: Glossary, lang: string): LocatedFinding[] {
  const used = new Map<string, Map<string, {block: Block; span: RenderingSpan}>>()
  const introduced = new Set<string>()
  for (const {block, renderings, terms} of blocks) {
    renderings.forEach((span, index) => {
      if ((span.status !== 'preferred' && span.status !== 'accepted') || !terms.has(span.id)) return
      const key = keyOf(span, glossary, lang)
      const byKey = used.get(span.id) ?? new Map<string, {block: Block; span: RenderingSpan}>()
      if (!byKey.has(key)) byKey.set(key, {block, span})
      used.set(span.id, byKey)
      const next = renderings[index + 1]
      if (next && next.id === span.id && /^\s*[(（]\s*$/.test(block.text.slice(span.end, next.start))) {
        introduced.add(`${span.id}\u0000${key}\u0000${keyOf(next, glossary, lang)}`)
      }
    })
  }
  const findings: LocatedFinding[] = []
  for (const [id, byKey] of used) {
    const [first, ...others] = [...byKey.entries()]
    if (!first) continue
    for (const [key, {block, span}] of others) {
      const related = [...byKey.keys()].some(
        (other) =>
          other !== key &&
          (introduced.has(`${id}\u0000${other}\u0000${key}`) ||
            introduced.has(`${id}\u0000${key}\u0000${other}`) ||
            isShortForm(other, key) ||
            isShortForm(key, other))
      )
      if (related) continue
      const firstPlace = first[1].block.place(first[1].span.start)
      findings.push(
        makeFinding({
          rule: 'term-inconsistent',
          severity: 'warning',
          term: id,
          target: {block, start: span.start, end: span.end},
          message: `${id} is rendered ${quote(span.text)} here but ${quote(first[1].span.text)} at line ${firstPlace.line}: use one rendering throughout (the glossary prefers ${quote(glossary.gloss(id, lang)?.gloss ?? id)})`
        })
      )
    }
  }
  return findings
}

/** The rendering a span stands for, folded where case does not matter. */
function keyOf(span: RenderingSpan, glossary: Glossary, lang: string): string {
  return glossary.gloss(span.id, lang)?.ignoreCase ? span.rendering.toLowerCase() : span.rendering
}

/** Whether `short` is an acronym of `long` or made of some of its words. */
function isShortForm(short: string, long: string): boolean {
  const words = long.split(/[\s-]+/).filter(Boolean)
  const initials = words.map((word) => word.charAt(0)).join('')
  const content = words
    .filter((word) => !/^(?:of|and|the|for|in|on)$/i.test(word))
    .map((word) => word.charAt(0))
    .join('')
  if (/^[A-Z&]{2,}$/.test(short) && (short === initials.toUpperCase() || short === content.toUpperCase())) return true
  const shortWords = short
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
  const longWords = new Set(words.map((word) => word.toLowerCase()))
  return shortWords.length < longWords.size && shortWords.every((word) => longWords.has(word))
}
