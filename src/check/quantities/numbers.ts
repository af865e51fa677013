/**
 * Numbers as a translation must keep them: read from Chinese (Arabic digits
 * with 万/亿/千亿/兆, numerals such as 两万, 百分之二十五, ranges such as
 * 1-2万, dates such as 2025年8月 and 2025年第3季) and from English ($18
 * billion, 10,000–20,000, 25 percent, August 2025, Q3 2025), so that values,
 * not spellings, are compared.
 */

/** A date, as far as the text gives it. */
export interface DateParts {
  year?: number
  quarter?: number
  month?: number
  day?: number
}

/** One number in a text. */
export interface NumberMention {
  /** UTF-16 offsets in the text, `end` exclusive. */
  start: number
  end: number
  /** As written. */
  text: string
  kind: 'number' | 'percent' | 'date'
  /** The value (numbers and percentages). */
  value: number
  /** Unit after the number, lower case (`gb`, `tb/s`). */
  unit?: string
  /** Date parts (dates). */
  date?: DateParts
}

const hanDigits: Record<string, number> = {零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9}
const hanSmallUnits: Record<string, number> = {十: 10, 百: 100, 千: 1000}
const hanLargeUnits: Record<string, number> = {万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12}

/** Magnitudes written after Arabic digits in Chinese, longest first. */
const zhMagnitudes: ReadonlyArray<[string, number]> = [
  ['千万亿', 1e15],
  ['万亿', 1e12],
  ['萬億', 1e12],
  ['千亿', 1e11],
  ['千億', 1e11],
  ['百亿', 1e10],
  ['百億', 1e10],
  ['十亿', 1e9],
  ['十億', 1e9],
  ['千万', 1e7],
  ['千萬', 1e7],
  ['百万', 1e6],
  ['百萬', 1e6],
  ['十万', 1e5],
  ['十萬', 1e5],
  ['亿', 1e8],
  ['億', 1e8],
  ['万', 1e4],
  ['萬', 1e4],
  ['兆', 1e12],
  ['千', 1e3]
]

const enMagnitudes: Record<string, number> = {thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12}

const enNumberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  a: 1
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const monthPattern =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)'
const ordinalQuarter: Record<string, number> = {first: 1, second: 2, third: 3, fourth: 4}

/** Units after a number, as written in either language, and the name they compare by. */
const units: ReadonlyArray<[RegExp, string]> = [
  [/^(?:TB\/s|TB\/秒)/i, 'tb/s'],
  [/^(?:GB\/s|GB\/秒)/i, 'gb/s'],
  [/^TB(?![A-Za-z])/i, 'tb'],
  [/^GB(?![A-Za-z])/i, 'gb'],
  [/^MB(?![A-Za-z])/i, 'mb'],
  [/^PB(?![A-Za-z])/i, 'pb'],
  [/^TFLOPS/i, 'tflops'],
  [/^PFLOPS/i, 'pflops'],
  [/^(?:nm(?![A-Za-z])|纳米|奈米)/, 'nm'],
  [/^(?:GHz)/i, 'ghz'],
  [/^(?:x(?![A-Za-z])|倍)/, 'times'],
  [/^(?:kW(?![A-Za-z])|千瓦)/, 'kw'],
  [/^(?:W(?![A-Za-z])|瓦)/, 'w']
]

/** Full-width digits and signs read as ASCII, one code unit for one. */
function normalizeWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff05\uff0c\uff0e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
}

/**
 * Read every number of a Chinese text.
 *
 * @param input the text.
 * @returns the numbers in order.
 */
export function readChineseNumbers(input: string): NumberMention[] {
  const text = normalizeWidth(input)
  const found = new Mentions(input)
  for (const match of text.matchAll(/(\d{4})\s*年\s*第\s*([1-4一二三四])\s*季(?:度)?/g)) {
    found.add(match, 'date', 0, {date: {year: Number(match[1]), quarter: readQuarter(match[2] ?? '')}})
  }
  for (const match of text.matchAll(/第\s*([1-4一二三四])\s*季(?:度)?|(?<![\d一二三四五六七八九十])([1-4一二三四])\s*季度/g)) {
    found.add(match, 'date', 0, {date: {quarter: readQuarter(match[1] ?? match[2] ?? '')}})
  }
  for (const match of text.matchAll(/(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?/g)) {
    found.add(match, 'date', 0, {date: dateOf(match[1], match[2], match[3])})
  }
  for (const match of text.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)) found.add(match, 'date', 0, {date: dateOf(match[1], match[2], match[3])})
  for (const match of text.matchAll(/百分之([零〇一二两兩三四五六七八九十百千]+|\d+(?:\.\d+)?)/g)) {
    const written = match[1] ?? ''
    found.add(match, 'percent', /\d/.test(written) ? Number(written) : readHanNumeral(written))
  }
  for (const match of text.matchAll(/(\d+(?:\.\d+)?)\s*[%％]/g)) found.add(match, 'percent', Number(match[1]))
  for (const match of text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g)) {
    if (isInsideLatinToken(text, match.index, match.index + match[0].length)) continue
    let end = match.index + match[0].length
    let value = Number(match[0].replace(/,/g, ''))
    const magnitude = zhMagnitudes.find(([written]) => text.startsWith(written, end))
    if (magnitude) {
      value *= magnitude[1]
      end += magnitude[0].length
    }
    const unit = unitAt(text, end)
    found.addRange(match.index, unit ? unit.end : end, 'number', value, {
      ...(unit ? {unit: unit.name} : {}),
      magnitude: magnitude !== undefined
    })
  }
  for (const match of text.matchAll(/[零〇一二两兩三四五六七八九][零〇一二两兩三四五六七八九十百千万萬亿億兆]+/g)) {
    if (!/[十百千万萬亿億兆]/.test(match[0])) continue
    const value = readHanNumeral(match[0])
    if (Number.isFinite(value)) found.add(match, 'number', value)
  }
  return found.withRanges(text, /^\s*(?:-|–|—|~|～|至|到)\s*$/)
}

/**
 * Read every number of an English text.
 *
 * @param text the text.
 * @returns the numbers in order.
 */
export function readEnglishNumbers(text: string): NumberMention[] {
  const found = new Mentions(text)
  const quarterPatterns: ReadonlyArray<[RegExp, number, number]> = [
    [/\bQ([1-4])\s*(?:of\s+)?(\d{4})\b/g, 1, 2],
    [/\b(\d{4})\s*Q([1-4])\b/g, 2, 1],
    [/\b(first|second|third|fourth)\s+quarter\s+(?:of\s+)?(\d{4})\b/gi, 1, 2]
  ]
  for (const [pattern, quarterGroup, yearGroup] of quarterPatterns) {
    for (const match of text.matchAll(pattern)) {
      found.add(match, 'date', 0, {date: {year: Number(match[yearGroup]), quarter: readQuarter(match[quarterGroup] ?? '')}})
    }
  }
  for (const match of text.matchAll(/\bQ([1-4])\b|\b(first|second|third|fourth)\s+quarter\b/gi)) {
    found.add(match, 'date', 0, {date: {quarter: readQuarter(match[1] ?? match[2] ?? '')}})
  }
  for (const match of text.matchAll(new RegExp(`\\b${monthPattern}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'))) {
    found.add(match, 'date', 0, {date: dateOf(match[3], monthNumber(match[1]), match[2])})
  }
  for (const match of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+${monthPattern}\\s+(\\d{4})\\b`, 'g'))) {
    found.add(match, 'date', 0, {date: dateOf(match[3], monthNumber(match[2]), match[1])})
  }
  for (const match of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+${monthPattern}(?!\\s+\\d)`, 'g'))) {
    found.add(match, 'date', 0, {date: dateOf(undefined, monthNumber(match[2]), match[1])})
  }
  for (const match of text.matchAll(new RegExp(`\\b${monthPattern}\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'))) {
    found.add(match, 'date', 0, {date: dateOf(match[2], monthNumber(match[1]), undefined)})
  }
  for (const match of text.matchAll(new RegExp(`\\b${monthPattern}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)`, 'g'))) {
    found.add(match, 'date', 0, {date: dateOf(undefined, monthNumber(match[1]), match[2])})
  }
  for (const match of text.matchAll(new RegExp(`\\b${monthPattern}(?![A-Za-z])`, 'g'))) {
    found.add(match, 'date', 0, {date: dateOf(undefined, monthNumber(match[1]), undefined)})
  }
  for (const match of text.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)) found.add(match, 'date', 0, {date: dateOf(match[1], match[2], match[3])})
  for (const match of text.matchAll(/(\d+(?:\.\d+)?)\s*(?:%|\s?percent\b|\s?per cent\b)/g)) found.add(match, 'percent', Number(match[1]))
  for (const match of text.matchAll(
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a)\s+(thousand|million|billion|trillion)\b/gi
  )) {
    found.add(match, 'number', (enNumberWords[(match[1] ?? '').toLowerCase()] ?? 0) * (enMagnitudes[(match[2] ?? '').toLowerCase()] ?? 1))
  }
  for (const match of text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g)) {
    const ordinal = /^(?:st|nd|rd|th)\b/.exec(text.slice(match.index + match[0].length))
    if (!ordinal && isInsideLatinToken(text, match.index, match.index + match[0].length)) continue
    let end = match.index + match[0].length + (ordinal ? ordinal[0].length : 0)
    let value = Number(match[0].replace(/,/g, ''))
    const magnitude = /^\s*(trillion|billion|million|thousand|bn|tn|mn)\b/i.exec(text.slice(end))
    if (magnitude) {
      value *= enMagnitudes[(magnitude[1] ?? '').toLowerCase()] ?? 1
      end += magnitude[0].length
    }
    const unit = unitAt(text, end)
    const start = text[match.index - 1] === '$' ? match.index - 1 : match.index
    found.addRange(start, unit ? unit.end : end, 'number', value, {...(unit ? {unit: unit.name} : {}), magnitude: magnitude !== null})
  }
  return found.withRanges(text, /^\s*(?:-|–|—|to|~)\s*\$?$/)
}

/**
 * Whether two numbers say the same: equal values (and units, where both
 * have one), or dates that agree in every part both give.
 *
 * @param a one number.
 * @param b the other.
 * @returns true when they agree.
 */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'date') return datesAgree(a.date ?? {}, b.date ?? {})
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) return false
  return Math.abs(a.value - b.value) <= Math.abs(a.value) * 1e-9 + 1e-9
}

/**
 * Say a number so that a translator sees its value: `18,000,000,000`, `25%`, `2025-08`.
 *
 * @param mention the number.
 * @returns a short description.
 */
export function describeNumber(mention: NumberMention): string {
  if (mention.kind === 'date') {
    const {year, quarter, month, day} = mention.date ?? {}
    const parts = [
      year === undefined ? '' : String(year),
      quarter === undefined ? '' : `Q${quarter}`,
      month === undefined ? '' : (months[month - 1] ?? ''),
      day === undefined ? '' : String(day)
    ]
    return parts
      .filter(Boolean)
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(' ')
  }
  const value = spellValue(mention.value)
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

/** Whether two dates agree in every part both give (and in at least one). */
function datesAgree(a: DateParts, b: DateParts): boolean {
  // A month falls in a quarter: Q3 2025 may stand against August 2025, never against March 2025.
  const quarterOf = (date: DateParts): DateParts =>
    date.quarter === undefined && date.month !== undefined ? {...date, quarter: Math.ceil(date.month / 3)} : date
  a = quarterOf(a)
  b = quarterOf(b)
  let shared = 0
  for (const part of ['year', 'quarter', 'month', 'day'] as const) {
    const left = a[part]
    const right = b[part]
    if (left === undefined || right === undefined) continue
    if (left !== right) return false
    shared++
  }
  return shared > 0
}

/** Digits that belong to a Latin token (H200, 910C, GB200) are not numbers. */
function isInsideLatinToken(text: string, start: number, end: number): boolean {
  if (/[A-Za-z_]/.test(text[start - 1] ?? '')) return true
  if (/[A-Za-z_]/.test(text[end] ?? '')) return unitAt(text, end) === undefined
  return false
}

/** The unit written at a place, after optional space. */
function unitAt(text: string, at: number): {name: string; end: number} | undefined {
  const space = /^ ?/.exec(text.slice(at))?.[0].length ?? 0
  const rest = text.slice(at + space, at + space + 12)
  for (const [pattern, name] of units) {
    const match = pattern.exec(rest)
    if (match) return {name, end: at + space + match[0].length}
  }
  return undefined
}

/**
 * Read a number written in Chinese numerals (两万, 三千五百, 一百二十亿).
 *
 * @param written the numerals.
 * @returns the value, or NaN when it is not a well-formed number.
 */
export function readHanNumeral(written: string): number {
  let result = 0
  let section = 0
  let digit = 0
  let seenDigit = false
  for (const char of written) {
    if (char in hanDigits) {
      digit = hanDigits[char] ?? 0
      seenDigit = true
    } else if (char in hanSmallUnits) {
      section += (seenDigit ? digit : 1) * (hanSmallUnits[char] ?? 1)
      digit = 0
      seenDigit = false
    } else if (char in hanLargeUnits) {
      const unit = hanLargeUnits[char] ?? 1
      section += digit
      // 万亿: a large unit straight after another multiplies what came before.
      if (section === 0) result = (result || 1) * unit
      else result += section * unit
      section = 0
      digit = 0
      seenDigit = false
    } else return Number.NaN
  }
  return result + section + digit
}

/** A quarter written 3, 三 or third. */
function readQuarter(written: string): number {
  return ordinalQuarter[written.toLowerCase()] ?? hanDigits[written] ?? Number(written)
}

/** The month number of an English month name or abbreviation. */
function monthNumber(written: string | undefined): string {
  const name = (written ?? '').toLowerCase().replace(/\.$/, '')
  const index = months.findIndex((month) => month.startsWith(name.slice(0, 3)))
  return String(index + 1)
}

/** Date parts from the digits a pattern captured. */
function dateOf(year: string | undefined, month: string | undefined, day: string | undefined): DateParts {
  const date: DateParts = {}
  if (year !== undefined) date.year = Number(year)
  if (month !== undefined) date.month = Number(month)
  if (day !== undefined) date.day = Number(day)
  return date
}

interface MentionExtras {
  unit?: string
  date?: DateParts
  /** Whether the number carries a magnitude (万, billion). */
  magnitude?: boolean
}

/** Mentions found so far: earlier patterns claim their characters, later ones skip them. */
class Mentions {
  private readonly items: Array<NumberMention & {magnitude: boolean}> = []
  private readonly claimed: Uint8Array
  private readonly text: string

  /** @param text the text being read (for the written forms). */
  constructor(text: string) {
    this.text = text
    this.claimed = new Uint8Array(text.length + 1)
  }

  /** Add a regular-expression match. */
  add(match: RegExpMatchArray, kind: NumberMention['kind'], value: number, extras: MentionExtras = {}): void {
    this.addRange(match.index ?? 0, (match.index ?? 0) + match[0].length, kind, value, extras)
  }

  /** Add a range of the text, unless some of it is already claimed. */
  addRange(start: number, end: number, kind: NumberMention['kind'], value: number, extras: MentionExtras = {}): void {
    for (let index = start; index < end; index++) if (this.claimed[index]) return
    this.claimed.fill(1, start, end)
    const mention: NumberMention & {magnitude: boolean} = {
      start,
      end,
      text: this.text.slice(start, end),
      kind,
      value,
      magnitude: extras.magnitude ?? false
    }
    if (extras.unit !== undefined) mention.unit = extras.unit
    if (extras.date !== undefined) mention.date = extras.date
    this.items.push(mention)
  }

  /**
   * The mentions in order, with ranges read as a whole: in 1-2万 and
   * $1–2 billion the magnitude, unit or percent sign of the second number
   * also belongs to the first.
   */
  withRanges(text: string, joiner: RegExp): NumberMention[] {
    const sorted = [...this.items].sort((a, b) => a.start - b.start)
    for (let index = 0; index + 1 < sorted.length; index++) {
      const first = sorted[index]
      const second = sorted[index + 1]
      if (!first || !second || first.kind === 'date' || !joiner.test(text.slice(first.end, second.start))) continue
      if (first.kind === 'number' && second.kind === 'percent') first.kind = 'percent'
      if (!first.magnitude && second.magnitude && first.kind === 'number' && second.kind === 'number') {
        const scale = magnitudeOf(second)
        if (scale > 1 && first.value * scale <= second.value * 10) first.value *= scale
      }
      if (first.unit === undefined && second.unit !== undefined) first.unit = second.unit
    }
    return sorted.map(({magnitude: _magnitude, ...mention}) => mention)
  }
}

/** The power of ten a number's magnitude word stands for (10,000 for 2万). */
function magnitudeOf(mention: NumberMention): number {
  const written = mention.text
  const zh = zhMagnitudes.find(([name]) => written.includes(name))
  if (zh) return zh[1]
  const en = /(trillion|billion|million|thousand|bn|tn|mn)/i.exec(written)
  return en ? (enMagnitudes[(en[1] ?? '').toLowerCase()] ?? 1) : 1
}
