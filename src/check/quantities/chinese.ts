/**
 * Numbers of a Chinese text read as values: Arabic digits with 万/亿 (and a
 * space before them, and 9,899億2千萬), numerals (两万, 十五, 廿三), dates in
 * digits or characters (2025年8月, 十一月八日, 7日), decades (九十年代),
 * percentages (百分之二十五, 三成), and what is no quantity: ordinals and
 * names (第八届, 十九大, 双11), approximate amounts (数亿, 一百多年, 近千).
 */
import {hanDigits, hanNumeralChars, readHanNumeral} from './han.js'
import {type DateParts, Mentions, type NumberMention} from './mention.js'
import {isInsideLatinToken, magnitudeOf, normalizeWidth, unitAt, zhMagnitudes} from './units.js'

const han = `[${hanNumeralChars}]`
const hanSmall = '[〇零一二两兩三四五六七八九十廿卅]'
/** Measure words after which a single numeral (六岁, 三次) counts. */
const classifier =
  '(?:个|個|名|位|户|戶|家|次|年|岁|歲|天|周|週|个月|部|种|種|项|項|颗|顆|枚|架|辆|輛|条|條|人|只|隻|件|座|所|场|場|倍|分钟|小时|小時|公里|米|吨|噸|元|美元|英镑|国|國|份|支|艘|本|篇|层|層|秒|股|张|張|台|套|批|处|處|例|句|点|點|成员|大洲|金|银|銅|铜)'
const approxBefore = /(?:约|約|近|逾|超过|超過|大约|大約|将近|將近|不到|不足|上|至少|多达|多達)\s*$/
const approxAfter = /^\s*(?:多|余|餘|来|來|左右|上下|以上|以下)/

/**
 * Read every number of a Chinese text.
 *
 * @param input the text.
 * @returns the numbers in order.
 */
export function readChineseNumbers(input: string): NumberMention[] {
  const text = normalizeWidth(input)
  const found = new Mentions(input)
  claimNames(text, found)
  readDates(text, found)
  readOrdinals(text, found)
  readPercents(text, found)
  readDigits(text, found)
  readNumerals(text, found)
  return found.withRanges(/^\s*(?:-|–|—|~|～|至|到)\s*$/, magnitudeOf)
}

/** Numbers that name things, not amounts: 双11, 两个一百年, 八一大楼, 9·11. */
function claimNames(text: string, found: Mentions): void {
  for (const match of text.matchAll(
    /双\s*(?:11|12|十一|十二)|两个一百年|八一|五一|十一(?=黄金周|长假|假期)|\d+\s*[·.]\s*\d+(?=事件|恐袭)|180\s*度(?=大?转)/g
  )) {
    found.claim(match.index, match.index + match[0].length)
  }
  // 17时10分, 2小时13分38秒: the hour answers 5 p.m. or 17:10; the minutes are not amounts of their own.
  const part = `(?:\\d{1,2}|${hanSmall}{1,3})`
  for (const match of text.matchAll(new RegExp(`(${part})\\s*(?:时|時|点|點|小时|小時)\\s*${part}\\s*分(?:\\s*${part}\\s*秒)?`, 'g'))) {
    found.add(match, 'number', readInteger(match[1] ?? ''), {weak: true})
  }
}

/** Quarters, days, months, decades and centuries, in digits or numerals. */
function readDates(text: string, found: Mentions): void {
  for (const match of text.matchAll(/(\d{4})\s*年\s*第\s*([1-4一二三四])\s*季(?:度)?/g)) {
    found.add(match, 'date', 0, {date: {year: Number(match[1]), quarter: readQuarter(match[2] ?? '')}})
  }
  for (const match of text.matchAll(/第\s*([1-4一二三四])\s*季(?:度)?|(?<![\d一二三四五六七八九十])([1-4一二三四])\s*季度/g)) {
    found.add(match, 'date', 0, {date: {quarter: readQuarter(match[1] ?? match[2] ?? '')}})
  }
  const day = `(\\d{1,2}|${hanSmall}{1,3})`
  const dated = new RegExp(
    `(?:(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*)?(\\d{1,2}|${hanSmall}{1,3})\\s*月份?(?:\\s*${day}\\s*[日号號])?`,
    'g'
  )
  for (const match of text.matchAll(dated)) {
    const month = readInteger(match[2] ?? '')
    if (!(month >= 1 && month <= 12)) continue
    found.add(match, 'date', 0, {date: dateOf(readYear(match[1]), month, match[3] === undefined ? undefined : readInteger(match[3]))})
  }
  for (const match of text.matchAll(/(\d{4})\s*(?:财年|財年|财政年度|財政年度)/g))
    found.add(match, 'date', 0, {date: {year: Number(match[1])}})
  for (const match of text.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)) {
    found.add(match, 'date', 0, {date: dateOf(Number(match[1]), Number(match[2]), Number(match[3]))})
  }
  for (const match of text.matchAll(
    new RegExp(`(?<![\\d${hanNumeralChars}])(\\d{1,2}\\s*[日号號]|${hanSmall}{1,3}\\s*[号號])(?![本元报報前后後])`, 'g')
  )) {
    const value = readInteger((match[1] ?? '').replace(/\s*[日号號]$/, ''))
    if (value >= 1 && value <= 31) found.add(match, 'date', 0, {date: {day: value}})
  }
  readDecades(text, found)
}

/** 九十年代, 20世纪60年代, 21世纪: decades and centuries. */
function readDecades(text: string, found: Mentions): void {
  const number = `(\\d{1,4}|${han}{1,4})`
  for (const match of text.matchAll(new RegExp(`(?:${number}\\s*世纪\\s*)?${number}\\s*年代`, 'g'))) {
    const century = match[1] === undefined ? undefined : readInteger(match[1])
    let decade = readInteger(match[2] ?? '')
    if (century !== undefined && decade < 100) decade += (century - 1) * 100
    const date: DateParts = {decade}
    if (century !== undefined) date.century = century
    if (Number.isFinite(decade)) found.add(match, 'date', 0, {date})
  }
  for (const match of text.matchAll(new RegExp(`${number}\\s*世纪`, 'g'))) {
    const century = readInteger(match[1] ?? '')
    if (Number.isFinite(century)) found.add(match, 'date', 0, {date: {century}})
  }
}

/** 第八届, 十九大, 十二届, 五次会议: ordinals and names, compared by value. */
function readOrdinals(text: string, found: Mentions): void {
  const number = `(\\d+|${han}+)`
  for (const match of text.matchAll(
    new RegExp(`第\\s*${number}|${number}\\s*(?=届|屆|大(?![学學小概约約型量多部])|中全会|次全体会议|次會議|次会议)`, 'g')
  )) {
    const value = readInteger(match[1] ?? match[2] ?? '')
    if (Number.isFinite(value)) found.add(match, 'number', value, {ordinal: true})
  }
}

/** 百分之二十五, 25%, 三成 (also after 约, 占, 近: 约三成, 占三成), 三分之一. */
function readPercents(text: string, found: Mentions): void {
  for (const match of text.matchAll(new RegExp(`百分之(${han}+|\\d+(?:\\.\\d+)?)`, 'g'))) {
    const written = match[1] ?? ''
    found.add(match, 'percent', /\d/.test(written) ? Number(written) : readHanNumeral(written))
  }
  for (const match of text.matchAll(/(\d+(?:\.\d+)?)\s*[%％]/g)) found.add(match, 'percent', Number(match[1]))
  for (const match of text.matchAll(
    /(?:(?<=约|約|近|逾|达|達|占|佔|仅|僅|有|超|过|過|到|足|将|將)|(?<![\p{Script=Han}\d]))([一二两三四五六七八九十]|\d)\s*成(?![为為立功本员員绩績果交熟长長就型效分品])/gu
  )) {
    found.add(match, 'percent', readInteger(match[1] ?? '') * 10, {approximate: true})
  }
  for (const match of text.matchAll(new RegExp(`(${han}+)分之(${han}+)`, 'g'))) {
    const value = readHanNumeral(match[2] ?? '') / readHanNumeral(match[1] ?? '')
    if (Number.isFinite(value)) found.add(match, 'number', value, {weak: true})
  }
}

/** Arabic digits, with a magnitude (3.5万, 2800 万, 9,899億2千萬) and a unit. */
function readDigits(text: string, found: Mentions): void {
  for (const match of text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g)) {
    const start = match.index
    if (found.taken(start, start + match[0].length) || isInsideLatinToken(text, start, start + match[0].length)) continue
    let end = start + match[0].length
    let value = Number(match[0].replace(/,/g, ''))
    let approximate = approxBefore.test(text.slice(Math.max(0, start - 4), start))
    const more = /^\s*(?:多|余|餘)/.exec(text.slice(end))
    const magnitude = magnitudeAt(text, end + (more ? more[0].length : 0))
    if (magnitude) {
      value *= magnitude.scale
      end = magnitude.end
      approximate ||= more !== null
      const rest = /^\s*(\d+)\s*(千万|千萬|百万|百萬|十万|十萬|万|萬)/.exec(text.slice(end))
      const scale = rest ? zhMagnitudes.find(([name]) => name === rest[2])?.[1] : undefined
      if (rest && scale && scale < magnitude.scale) {
        value += Number(rest[1]) * scale
        end += rest[0].length
      }
    }
    approximate ||= approxAfter.test(text.slice(end))
    const unit = unitAt(text, end)
    // 1名 is "a", not "one", in most translations.
    const weak = value === 1 && !magnitude && new RegExp(`^\\s*${classifier}`).test(text.slice(end))
    found.addRange(start, unit ? unit.end : end, 'number', value, {unit: unit?.name, magnitude: magnitude !== undefined, approximate, weak})
  }
}

/** A magnitude after digits, after optional space. */
function magnitudeAt(text: string, at: number): {scale: number; end: number} | undefined {
  const space = /^\s?/.exec(text.slice(at))?.[0].length ?? 0
  const found = zhMagnitudes.find(([written]) => text.startsWith(written, at + space))
  return found ? {scale: found[1], end: at + space + found[0].length} : undefined
}

/** Numerals: 两万 and 一百二十亿; 六岁 (weak); 数亿, 几百, 十余 (approximate). */
function readNumerals(text: string, found: Mentions): void {
  for (const match of text.matchAll(new RegExp(`(数|數|几|幾)?(${han}+)`, 'g'))) {
    const written = match[2] ?? ''
    const start = match.index + (match[1]?.length ?? 0)
    const end = start + written.length
    if (found.taken(start, end)) continue
    const value = readHanNumeral(written)
    if (!Number.isFinite(value) || value === 0) continue
    const after = text.slice(end)
    const vague = match[1] !== undefined
    const approximate = vague || approxAfter.test(after) || approxBefore.test(text.slice(Math.max(0, start - 4), start))
    const counted = new RegExp(`^(?:多|余|餘)?${classifier}`).test(after) || unitAt(text, end) !== undefined
    if (/[十百千万萬亿億兆廿卅]/.test(written) && (written.length > 1 || vague || counted)) {
      // 二十面体: numerals with no measure word after them may be part of a word.
      const weak = vague || written.length === 1 || (!counted && !/[万萬亿億兆]/.test(written))
      found.addRange(match.index, end, 'number', value, {approximate, weak})
    } else if (written.length === 1 && new RegExp(`^(?:多|余)?${classifier}`).test(after) && !/^[一]$/.test(written)) {
      found.addRange(start, end, 'number', value, {weak: true, approximate})
    }
  }
}

/** A whole number in digits or numerals. */
function readInteger(written: string): number {
  return /^\d+$/.test(written) ? Number(written) : readHanNumeral(written)
}

/** A year in digits or digit by digit in numerals (二〇二五). */
function readYear(written: string | undefined): number | undefined {
  if (written === undefined) return undefined
  if (/^\d+$/.test(written)) return Number(written)
  return Number([...written].map((char) => String(hanDigits[char] ?? '')).join(''))
}

/** A quarter written 3 or 三. */
function readQuarter(written: string): number {
  return hanDigits[written] ?? Number(written)
}

/** Date parts from what a pattern read. */
function dateOf(year: number | undefined, month: number | undefined, day: number | undefined): DateParts {
  const date: DateParts = {}
  if (year !== undefined) date.year = year
  if (month !== undefined) date.month = month
  if (day !== undefined) date.day = day
  return date
}
