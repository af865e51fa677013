/**
 * `term-forbidden`: a rendering the glossary marks as wrong, anywhere in the
 * translation, whether or not the source block has the term.
 */
import type {RenderingSpan} from '../../glossary/renderings.js'
import type {Glossary} from '../../glossary/create.js'
import type {Block} from '../../article/blocks.js'
import {makeFinding, type LocatedFinding, type Range} from './located.js'
import {orList, quote} from './context.js'

/**
 * Find forbidden renderings in a translated block.
 *
 * @param target the translated block.
 * @param renderings the renderings found in it.
 * @param glossary the glossary.
 * @param lang the language of the translation.
 * @param source the aligned source block, if any.
 * @returns the findings.
 */
export function checkForbidden(
  target: Block,
  renderings: readonly RenderingSpan[],
  glossary: Glossary,
  lang: string,
  source?: Block
): LocatedFinding[] {
  const findings: LocatedFinding[] = []
  for (const span of renderings) {
    if (span.status !== 'forbidden') continue
    const gloss = glossary.gloss(span.id, lang)
    const term = source?.terms.find((item) => item.id === span.id)
    const sourceRange: Range | undefined = source && term ? {block: source, start: term.start, end: term.end} : undefined
    findings.push(
      makeFinding({
        rule: 'term-forbidden',
        severity: 'error',
        term: span.id,
        ...(sourceRange ? {source: sourceRange} : {}),
        target: {block: target, start: span.start, end: span.end},
        message: `${quote(span.text)} is a wrong rendering of ${span.id}${term ? ` (${quote(term.text)})` : ''}: use ${orList([gloss?.gloss ?? span.id, ...(gloss?.accepted ?? [])])}`
      })
    )
  }
  return findings
}
