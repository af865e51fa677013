/**
 * `number-mismatch`: every number, percentage and date of a source block
 * must be in its translation, read as values (180亿美元 is $18 billion,
 * 2025年8月 is August 2025), and the translation adds none.
 */
import {makeFinding, type LocatedFinding} from './located.js'
import {describeNumber, readChineseNumbers, readEnglishNumbers, sameNumber, type NumberMention} from '../quantities/numbers.js'
import {quote, type PairContext} from './context.js'

/**
 * Compare the numbers of a pair.
 *
 * @param pair the aligned blocks.
 * @returns the findings.
 */
export function checkNumbers(pair: PairContext): LocatedFinding[] {
  const sourceNumbers = readChineseNumbers(pair.source.text)
  const targetNumbers = readEnglishNumbers(pair.target.text)
  const lost = sourceNumbers.filter((number) => !targetNumbers.some((other) => sameNumber(number, other)))
  const added = targetNumbers.filter((number) => !sourceNumbers.some((other) => sameNumber(number, other)))
  const findings: LocatedFinding[] = []
  const count = Math.max(lost.length, added.length)
  for (let index = 0; index < count; index++) {
    const was = lost[index]
    const now = added[index]
    const source = was ? {block: pair.source, start: was.start, end: was.end} : {block: pair.source, start: 0, end: 0}
    const target = now ? {block: pair.target, start: now.start, end: now.end} : {block: pair.target, start: 0, end: 0}
    findings.push(makeFinding({rule: 'number-mismatch', severity: 'error', source, target, message: messageOf(was, now)}))
  }
  return findings
}

/** What a translator reads: the source number, what the translation has, and what to write. */
function messageOf(was: NumberMention | undefined, now: NumberMention | undefined): string {
  if (was && now)
    return `the source has ${quote(was.text)} (${describeNumber(was)}) where the translation has ${quote(now.text)} (${describeNumber(now)}): write ${describeNumber(was)}`
  if (was) return `${quote(was.text)} (${describeNumber(was)}) of the source is missing from the translated block`
  return `${quote(now?.text ?? '')} (${now ? describeNumber(now) : ''}) in the translation is not in the source block: check the number`
}
