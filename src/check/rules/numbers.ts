/**
 * `number-mismatch`: every number, percentage and date of a source block
 * must be in its translation, read as values (180亿美元 is $18 billion,
 * 2025年8月 is August 2025), and the translation adds none. A number said
 * in words on one side (六户, six families; the 8th, 第八届) is found there
 * too; approximate amounts and ordinals are never reported missing; a
 * rounded amount is a warning, not an error.
 */
import {expectedAt, makeFinding, type LocatedFinding} from './located.js'
import {
  describeNumber,
  hanForms,
  readChineseNumbers,
  readEnglishNumbers,
  roundedNumber,
  sameNumber,
  type NumberMention
} from '../quantities/numbers.js'
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
  const lost = sourceNumbers.filter(
    (number) => !number.weak && !targetNumbers.some((other) => sameNumber(number, other)) && !keptInToken(number, pair.target.text)
  )
  const dateline = datelineEnd(pair.target.text)
  const added = targetNumbers.filter(
    (number) =>
      !number.weak &&
      number.start >= dateline &&
      !sourceNumbers.some((other) => sameNumber(other, number)) &&
      !saidInSource(number, pair.source.text)
  )
  const findings: LocatedFinding[] = []
  for (const was of [...lost]) {
    const now = added.find((other) => roundedNumber(was, other))
    if (!now) continue
    lost.splice(lost.indexOf(was), 1)
    added.splice(added.indexOf(now), 1)
    findings.push(finding(pair, was, now, 'warning'))
  }
  // Approximate amounts and ordinals are reported only against a number put in their place.
  const soft = (number: NumberMention): boolean => number.approximate === true || number.ordinal === true
  const lostFirst = [...lost.filter((number) => !soft(number)), ...lost.filter(soft)]
  const addedFirst = [...added.filter((number) => !soft(number)), ...added.filter(soft)]
  const count = Math.max(lostFirst.length, addedFirst.length)
  for (let index = 0; index < count; index++) {
    const was = lostFirst[index]
    const now = addedFirst[index]
    if ((was && soft(was) && !now) || (now && soft(now) && !was)) continue
    // A period the source names by where it falls (前一季, 去年) may be written out in the translation.
    if (!was && now && namedRelatively(now, pair.source.text)) continue
    findings.push(finding(pair, was, now, 'error'))
  }
  findings.push(...changedWords(pair, sourceNumbers, targetNumbers, dateline))
  return findings
}

/**
 * A number said in words on both sides and changed (六 against "five"):
 * such words are too often part of other words to be missed alone, but one
 * left over on each side of a block is one number changed.
 */
function changedWords(
  pair: PairContext,
  sourceNumbers: NumberMention[],
  targetNumbers: NumberMention[],
  dateline: number
): LocatedFinding[] {
  const leftover = (numbers: NumberMention[], others: NumberMention[], start: number): NumberMention[] =>
    numbers.filter(
      (number) =>
        number.weak &&
        number.kind === 'number' &&
        !number.approximate &&
        !number.ordinal &&
        number.value >= 2 &&
        Number.isInteger(number.value) &&
        number.start >= start &&
        !others.some((other) => sameNumber(number, other) || sameNumber(other, number))
    )
  const lost = leftover(sourceNumbers, targetNumbers, 0).filter((number) => !keptInToken(number, pair.target.text))
  const added = leftover(targetNumbers, sourceNumbers, dateline).filter((number) => !saidInSource(number, pair.source.text))
  const [was] = lost
  const [now] = added
  if (lost.length !== 1 || added.length !== 1 || !was || !now) return []
  return [finding(pair, was, now, 'error')]
}

/** Periods a source names by where they fall, and the date parts the translation may give for them. */
const relativePeriods: ReadonlyArray<{pattern: RegExp; parts: ReadonlyArray<keyof NonNullable<NumberMention['date']>>}> = [
  {pattern: /(?:[前上本当當同该該下]一?(?:个|個)?季度?|季内|季內|单季|單季)/, parts: ['year', 'quarter']},
  {pattern: /(?:[今去前明本同当當该該]年|上一?年度|[上下]半年|年初|年底|年末|年内|年內)/, parts: ['year']},
  {pattern: /(?:[本上下这這当當同]一?(?:个|個)?月)/, parts: ['year', 'month']},
  {pattern: /(?:[今昨明前]天|[今昨明前]日|[当當同]天|[当當同]日|本周|上周|本週|上週)/, parts: ['year', 'month', 'day']}
]

/** Whether a date of the translation gives only what a relative period of the source stands for. */
function namedRelatively(number: NumberMention, source: string): boolean {
  // A bare year (2024) is read as a number.
  const year = number.kind === 'number' && number.unit === undefined && /^(?:19|20)\d\d$/.test(number.text.trim())
  if (!year && (number.kind !== 'date' || !number.date)) return false
  const given = year ? ['year'] : Object.keys(number.date ?? {})
  return relativePeriods.some(
    ({pattern, parts}) => pattern.test(source) && given.every((part) => parts.includes(part as (typeof parts)[number]))
  )
}

/**
 * Where a news dateline a translation may add ends ("BEIJING, Dec 1 (Reuters) -"),
 * or 0: its date is the agency's, not the source's.
 */
export function datelineEnd(text: string): number {
  const match =
    /^[A-Z][A-Z .'’-]+,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?(?:\s*\([^)]*\))?\s*[-–—]+\s*/.exec(text)
  return match ? match[0].length : 0
}

/** One finding: a number changed, rounded, lost or added. */
function finding(
  pair: PairContext,
  was: NumberMention | undefined,
  now: NumberMention | undefined,
  severity: 'error' | 'warning'
): LocatedFinding {
  const source = was ? {block: pair.source, start: was.start, end: was.end} : {block: pair.source, start: 0, end: 0}
  const target = now ? {block: pair.target, start: now.start, end: now.end} : expectedAt(pair.target, pair.source, was?.start ?? 0)
  return makeFinding({rule: 'number-mismatch', severity, source, target, message: messageOf(was, now, severity === 'warning')})
}

/** A number whose digits the translation keeps inside a name (马航370, MH370; 76人队, the 76ers). */
function keptInToken(number: NumberMention, target: string): boolean {
  const digits = /^\d+$/.exec(number.text.trim())?.[0]
  return digits !== undefined && new RegExp(`[A-Za-z]${digits}(?!\\d)|(?<!\\d)${digits}[A-Za-z]`).test(target)
}

/** A number of the translation the source says in numerals the readers take for no quantity (第八届 for the 8th). */
function saidInSource(number: NumberMention, source: string): boolean {
  if (number.kind === 'date') {
    const {month, day} = number.date ?? {}
    if (month === undefined || day === undefined) return false
    return hanForms(month).some((form) => source.includes(form)) && hanForms(day).some((form) => source.includes(form))
  }
  if (number.ordinal || number.value < 100) {
    return hanForms(number.value).some((form) => source.includes(form)) || new RegExp(`(?<!\\d)${number.value}(?!\\d)`).test(source)
  }
  return false
}

/** What a translator reads: the source number, what the translation has, and what to write. */
function messageOf(was: NumberMention | undefined, now: NumberMention | undefined, rounded: boolean): string {
  if (was && now && rounded)
    return `the source has ${quote(was.text)} (${describeNumber(was)}) where the translation has ${quote(now.text)} (${describeNumber(now)}): a rounded figure; write ${describeNumber(was)} unless rounding is meant`
  if (was && now)
    return `the source has ${quote(was.text)} (${describeNumber(was)}) where the translation has ${quote(now.text)} (${describeNumber(now)}): write ${describeNumber(was)}`
  if (was) return `${quote(was.text)} (${describeNumber(was)}) of the source is missing from the translated block`
  return `${quote(now?.text ?? '')} (${now ? describeNumber(now) : ''}) in the translation is not in the source block: check the number`
}
