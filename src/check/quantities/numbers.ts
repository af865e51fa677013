/**
 * Numbers as a translation must keep them, compared as values, not
 * spellings: 180亿美元 is $18 billion, 十一月八日 is November 8, 九十年代 is
 * the 1990s, and 数亿 or "about 18 billion" are ranges, not exact values.
 * The readers are in chinese.ts and english.ts.
 */
import type {DateParts, NumberMention} from './mention.js'
import {readChineseNumbers as readChinese} from './chinese.js'
import {months, readEnglishNumbers as readEnglish} from './english.js'
import {rememberByText} from '../../core/remember.js'

export type {DateParts, NumberMention} from './mention.js'
export {hanForms, readHanNumeral} from './han.js'

/**
 * Read every number of a Chinese text.
 *
 * @param text the text.
 * @returns the numbers in order.
 */
export const readChineseNumbers: (text: string) => NumberMention[] = rememberByText(readChinese)

/**
 * Read every number of an English text.
 *
 * @param text the text.
 * @returns the numbers in order.
 */
export const readEnglishNumbers: (text: string) => NumberMention[] = rememberByText(readEnglish)
/** How far an approximate amount may be from another and still agree. */
const approximateTolerance = 0.15
/** How far a rounded amount may be from the exact one. */
const roundingTolerance = 0.05

/**
 * Whether two numbers say the same: equal values (and units, where both
 * have one; within a range where the first, the source's, is approximate), or dates that
 * agree in every part both give. A day alone (7日, 二号) agrees with an
 * ordinal of the same value (the 7th).
 *
 * @param a one number.
 * @param b the other.
 * @returns true when they agree.
 */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  if (a.kind === 'date' || b.kind === 'date') return datesAgree(a, b)
  if (a.kind !== b.kind) return false
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) return false
  // The source's "about" makes a range; the translation's alone is rounding, which roundedNumber tells.
  const tolerance = a.approximate ? approximateTolerance : 1e-9
  return valuesOf(a).some((left) => valuesOf(b).some((right) => Math.abs(left - right) <= Math.abs(left) * tolerance + 1e-9))
}

/**
 * Whether one number is the other rounded (179.6亿 and about 18 billion):
 * close, but not equal.
 *
 * @param exact the source's number.
 * @param rounded the translation's number.
 * @returns true when the translation rounded the source.
 */
export function roundedNumber(exact: NumberMention, rounded: NumberMention): boolean {
  if (exact.kind !== rounded.kind || exact.kind === 'date' || exact.value === 0) return false
  if (exact.unit !== undefined && rounded.unit !== undefined && exact.unit !== rounded.unit) return false
  // 1993 for 1933 is no rounding: a rounded figure says less (18 billion for 179.6亿) or says so (about).
  if (!rounded.approximate && significantDigits(rounded.value) >= significantDigits(exact.value)) return false
  return Math.abs(exact.value - rounded.value) <= Math.abs(exact.value) * roundingTolerance
}

/** The significant digits of a value (3 for 179,600,000... read as 1796 → 4). */
function significantDigits(value: number): number {
  return String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length
}

/** The values a mention may stand for. */
function valuesOf(mention: NumberMention): number[] {
  return [mention.value, ...(mention.alternatives ?? [])]
}

/**
 * Say a number so that a translator sees its value: `18,000,000,000`, `25%`, `2025-08`.
 *
 * @param mention the number.
 * @returns a short description.
 */
export function describeNumber(mention: NumberMention): string {
  if (mention.kind === 'date') {
    const {year, quarter, month, day, decade, century} = mention.date ?? {}
    const parts = [
      year === undefined ? '' : String(year),
      quarter === undefined ? '' : `Q${quarter}`,
      month === undefined ? '' : (months[month - 1] ?? ''),
      day === undefined ? '' : String(day),
      decade === undefined ? '' : `the ${decade}s`,
      century === undefined || decade !== undefined ? '' : `century ${century}`
    ]
    return parts
      .filter(Boolean)
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(' ')
  }
  const value = `${mention.approximate ? 'about ' : ''}${spellValue(mention.value)}`
  if (mention.kind === 'percent') return `${value}%`
  return mention.unit === undefined ? value : `${value} ${mention.unit}`
}

/** A value as English writes it: 5.5 billion, 10,000, 19.5. */
function spellValue(value: number): string {
  for (const [name, scale] of [
    ['trillion', 1e12],
    ['billion', 1e9],
    ['million', 1e6]
  ] as const) {
    if (Math.abs(value) >= scale) return `${(value / scale).toLocaleString('en-US', {maximumFractionDigits: 3})} ${name}`
  }
  return value.toLocaleString('en-US', {maximumFractionDigits: 6})
}

/** Whether a date agrees with another date, or a day alone with an ordinal. */
function datesAgree(a: NumberMention, b: NumberMention): boolean {
  if (a.kind !== 'date' || b.kind !== 'date') {
    const [date, number] = a.kind === 'date' ? [a, b] : [b, a]
    const parts = date.date ?? {}
    return parts.day !== undefined && Object.keys(parts).length === 1 && number.kind === 'number' && number.value === parts.day
  }
  return partsAgree(a.date ?? {}, b.date ?? {})
}

/** Whether two dates agree in every part both give (and in at least one). */
function partsAgree(left: DateParts, right: DateParts): boolean {
  // A month falls in a quarter: Q3 2025 may stand against August 2025, never against March 2025.
  const quarterOf = (date: DateParts): DateParts =>
    date.quarter === undefined && date.month !== undefined ? {...date, quarter: Math.ceil(date.month / 3)} : date
  const a = quarterOf(left)
  const b = quarterOf(right)
  let shared = 0
  for (const part of ['year', 'quarter', 'month', 'day', 'century'] as const) {
    const x = a[part]
    const y = b[part]
    if (x === undefined || y === undefined) continue
    if (x !== y) return false
    shared++
  }
  if (a.decade !== undefined && b.decade !== undefined) {
    // 九十年代 says no century: it agrees with the 1990s and the 1890s alike.
    if (a.decade >= 100 && b.decade >= 100 ? a.decade !== b.decade : a.decade % 100 !== b.decade % 100) return false
    shared++
  }
  return shared > 0
}
