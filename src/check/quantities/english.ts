/**
 * Numbers of an English text read as values: digits with magnitudes
 * ($18 billion, 1.2bn, £5m, US$31-billion), currencies and units, words
 * (five, a dozen, twenty-one), percentages, dates, quarters, decades
 * (the 1990s) and centuries, times (9:00 a.m.), ordinals (8th).
 */
import {type DateParts, Mentions, type NumberMention} from './mention.js'
import {enMagnitudes, isInsideLatinToken, magnitudeOf, unitAt} from './units.js'

export const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
]
/** Month names, abbreviated with or without a full stop (Dec 1 in a dateline); Mar and May only in full or with a stop (march, may are words). */
const monthPattern =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![a-z])'
const ordinalQuarter: Record<string, number> = {first: 1, second: 2, third: 3, fourth: 4}

const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const teens = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const currency = '(?:US\\$|HK\\$|NT\\$|S\\$|A\\$|C\\$|RMB|CNY|USD|EUR|GBP|JPY|HKD|TWD|¥|£|€|\\$)'
const approxBefore =
  /(?:about|around|approximately|nearly|almost|some|roughly|more than|over|up to|at least|less than|under|close to|above|below|fewer than|~)\s*$/i

/** The value of a number word (five, twenty, fifteen). */
function wordValue(word: string): number | undefined {
  const lower = word.toLowerCase()
  const unit = units.indexOf(lower)
  if (unit >= 0) return unit
  const teen = teens.indexOf(lower)
  if (teen >= 0) return teen + 13
  const ten = tens.indexOf(lower)
  return ten >= 0 ? (ten + 2) * 10 : undefined
}

/**
 * Read every number of an English text.
 *
 * @param text the text.
 * @returns the numbers in order.
 */
export function readEnglishNumbers(text: string): NumberMention[] {
  const found = new Mentions(text)
  readTimes(text, found)
  readQuarters(text, found)
  readDates(text, found)
  readDecades(text, found)
  for (const match of text.matchAll(/(\d+(?:\.\d+)?)\s*(?:%|\s?percent(?:age points?)?\b|\s?per cent\b)/g)) {
    found.add(match, 'percent', Number(match[1]), {approximate: approxBefore.test(text.slice(0, match.index))})
  }
  readWords(text, found)
  readDigits(text, found)
  return found.withRanges(/^\s*(?:-|–|—|to|~)\s*\$?$/, magnitudeOf)
}

/** 9:00 a.m. is the hour 9 (九点), never the number 00. */
function readTimes(text: string, found: Mentions): void {
  for (const match of text.matchAll(/\b(\d{1,2}):(\d{2})(?:\s*(?:a\.m\.|p\.m\.|am|pm)\b)?/gi)) {
    found.add(match, 'number', Number(match[1]), {weak: true})
  }
}

/** Q3 2025, 2025 Q3, the third quarter of 2025, Q1. */
function readQuarters(text: string, found: Mentions): void {
  const patterns: ReadonlyArray<[RegExp, number, number]> = [
    [/\bQ([1-4])\s*(?:of\s+)?(\d{4})\b/g, 1, 2],
    [/\b(\d{4})\s*Q([1-4])\b/g, 2, 1],
    [/\b(first|second|third|fourth)\s+quarter\s+(?:of\s+)?(\d{4})\b/gi, 1, 2]
  ]
  for (const [pattern, quarterGroup, yearGroup] of patterns) {
    for (const match of text.matchAll(pattern)) {
      found.add(match, 'date', 0, {date: {year: Number(match[yearGroup]), quarter: readQuarter(match[quarterGroup] ?? '')}})
    }
  }
  for (const match of text.matchAll(/\bQ([1-4])\b|\b(first|second|third|fourth)\s+quarter\b/gi)) {
    found.add(match, 'date', 0, {date: {quarter: readQuarter(match[1] ?? match[2] ?? '')}})
  }
}

/** Dates with a month name; May alone only where it reads as a month (in May). */
function readDates(text: string, found: Mentions): void {
  const month = (written: string | undefined): number => monthNumber(written)
  for (const match of text.matchAll(new RegExp(`\\b${monthPattern}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'))) {
    found.add(match, 'date', 0, {date: dateOf(match[3], month(match[1]), match[2])})
  }
  for (const match of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+${monthPattern}\\s+(\\d{4})\\b`, 'g'))) {
    found.add(match, 'date', 0, {date: dateOf(match[3], month(match[2]), match[1])})
  }
  for (const match of text.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthPattern}(?!\\s+\\d)`, 'g'))) {
    found.add(match, 'date', 0, {date: dateOf(undefined, month(match[2]), match[1])})
  }
  for (const match of text.matchAll(new RegExp(`\\b${monthPattern},?\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'))) {
    found.add(match, 'date', 0, {date: dateOf(match[2], month(match[1]), undefined)})
  }
  for (const match of text.matchAll(new RegExp(`\\b${monthPattern}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)`, 'g'))) {
    found.add(match, 'date', 0, {date: dateOf(undefined, month(match[1]), match[2])})
  }
  for (const match of text.matchAll(new RegExp(`\\b${monthPattern}(?![A-Za-z])`, 'g'))) {
    if (
      match[1] === 'May' &&
      !/\b(?:in|on|since|until|by|from|of|early|late|mid|last|next|this|between|and|to|through)\s+$/i.test(text.slice(0, match.index))
    )
      continue
    found.add(match, 'date', 0, {date: dateOf(undefined, month(match[1]), undefined)})
  }
  for (const match of text.matchAll(/(\d{4})-(\d{2})-(\d{2})/g))
    found.add(match, 'date', 0, {date: dateOf(match[1], Number(match[2]), match[3])})
  // FY18 and FY2018 are fiscal years (2018财年).
  for (const match of text.matchAll(/\bFY\s?(\d{4}|\d{2})\b/g)) {
    const year = Number(match[1])
    found.add(match, 'date', 0, {date: {year: year < 100 ? 2000 + year : year}})
  }
}

/** The 1990s, the '90s, the 21st century. */
function readDecades(text: string, found: Mentions): void {
  for (const match of text.matchAll(/(?<![\w$£€¥])(?:(\d{2})|['’](\d))(\d)0s\b/g)) {
    const decade = match[1] === undefined ? Number(`${match[2]}${match[3]}0`) : Number(`${match[1]}${match[3]}0`)
    const date: DateParts = {decade}
    if (decade >= 100) date.century = Math.floor(decade / 100) + 1
    found.add(match, 'date', 0, {date})
  }
  for (const match of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi)) {
    found.add(match, 'date', 0, {date: {century: Number(match[1])}})
  }
}

/** five, twenty-one, a dozen, two million, a hundred: words that say a number. */
function readWords(text: string, found: Mentions): void {
  const word = `(?:${[...units, ...teens, ...tens].join('|')})`
  const pattern = new RegExp(
    `\\b(${word}(?:[\\s-]${word})?|an?|dozens of|a dozen|hundreds of|thousands of|millions of|billions of)(?:[\\s-]+(hundred|thousand|million|billion|trillion))?\\b`,
    'gi'
  )
  for (const match of text.matchAll(pattern)) {
    const written = (match[1] ?? '').toLowerCase()
    const magnitude =
      match[2] === undefined ? 1 : (enMagnitudes[match[2].toLowerCase()] ?? (match[2].toLowerCase() === 'hundred' ? 100 : 1))
    if (/^an?$/.test(written) && match[2] === undefined) continue
    const vague = /of$/.test(written)
    const base =
      written === 'a dozen'
        ? 12
        : vague
          ? ({dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9}[written.split(' ')[0] ?? ''] ?? 1)
          : wordsValue(written)
    if (base === undefined) continue
    // Small numbers in words (two hundred-year goals, one of them) are often no amount at all.
    const weak = match[2] === undefined || vague || match[2].toLowerCase() === 'hundred'
    found.add(match, 'number', base * magnitude, {
      weak,
      approximate: vague || approxBefore.test(text.slice(0, match.index)),
      magnitude: match[2] !== undefined
    })
  }
}

/** The value of one or two number words (twenty-one, a). */
function wordsValue(written: string): number | undefined {
  if (/^an?$/.test(written)) return 1
  const [first, second] = written.split(/[\s-]/)
  const a = wordValue(first ?? '')
  if (a === undefined) return undefined
  if (second === undefined) return a
  const b = wordValue(second)
  return b === undefined || b >= 10 || a < 20 ? undefined : a + b
}

/** Digits, with a currency before and a magnitude or unit after. */
function readDigits(text: string, found: Mentions): void {
  for (const match of text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g)) {
    const ordinal = /^(?:st|nd|rd|th)\b/.exec(text.slice(match.index + match[0].length))
    const money = new RegExp(`${currency}\\s?$`).exec(text.slice(Math.max(0, match.index - 4), match.index))
    if (!ordinal && !money && isInsideLatinToken(text, match.index, match.index + match[0].length)) {
      if (!/^(?:m|bn|mn|k|tn|p)\b/.test(text.slice(match.index + match[0].length)) || /[A-Za-z]/.test(text[match.index - 1] ?? '')) continue
    }
    let end = match.index + match[0].length + (ordinal ? ordinal[0].length : 0)
    let value = Number(match[0].replace(/,/g, ''))
    const magnitude = /^[\s-]*(trillion|billion|million|thousand|bn|tn|mn)\b|^(m|k|b)\b/i.exec(text.slice(end))
    let alternatives: number[] | undefined
    if (magnitude) {
      const scale = enMagnitudes[(magnitude[1] ?? magnitude[2] ?? '').toLowerCase()] ?? 1
      // 400m alone is 400 metres or 400 million; after a currency sign it is money.
      if (magnitude[2] !== undefined && !money) alternatives = [value * scale]
      else value *= scale
      end += magnitude[0].length
    }
    const unit = unitAt(text, end)
    const start = money ? match.index - money[0].length : match.index
    const approximate = approxBefore.test(text.slice(0, start))
    found.addRange(start, unit ? unit.end : end, 'number', value, {
      unit: unit?.name,
      magnitude: magnitude !== null,
      ordinal: ordinal !== null,
      approximate,
      ...(alternatives ? {alternatives} : {})
    })
  }
}

/** A quarter written 3 or third. */
function readQuarter(written: string): number {
  return ordinalQuarter[written.toLowerCase()] ?? Number(written)
}

/** The month number of an English month name or abbreviation. */
function monthNumber(written: string | undefined): number {
  const name = (written ?? '').toLowerCase().replace(/\.$/, '')
  return months.findIndex((month) => month.startsWith(name.slice(0, 3))) + 1
}

/** Date parts from the digits a pattern captured. */
function dateOf(year: string | undefined, month: number | undefined, day: string | undefined): DateParts {
  const date: DateParts = {}
  if (year !== undefined) date.year = Number(year)
  if (month !== undefined) date.month = month
  if (day !== undefined) date.day = Number(day)
  return date
}
