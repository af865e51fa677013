/**
 * `untranslated`: Chinese characters left in a translated block.
 */
import type {Block} from '../../article/blocks.js'
import {makeFinding, type LocatedFinding} from './located.js'
import {quote} from './context.js'

/**
 * Find runs of Chinese text in a translated block.
 *
 * @param target the translated block.
 * @param source the aligned source block, if any.
 * @returns the findings.
 */
export function checkUntranslated(target: Block, source?: Block): LocatedFinding[] {
  const findings: LocatedFinding[] = []
  for (const match of target.text.matchAll(/[\p{Script=Han}][\p{Script=Han}\p{Script=Bopomofo}，。、；：！？“”「」（）《》]*/gu)) {
    findings.push(
      makeFinding({
        rule: 'untranslated',
        severity: 'error',
        ...(source ? {source: {block: source, start: 0, end: 0}} : {}),
        target: {block: target, start: match.index, end: match.index + match[0].length},
        message: `${quote(match[0])} is Chinese text left in the translation: translate it`
      })
    )
  }
  return findings
}
