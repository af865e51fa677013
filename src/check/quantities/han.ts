/**
 * Chinese numerals: reading them (两万, 三千五百, 一百二十亿, 廿三) and
 * writing a value the ways Chinese text may write it (十二, 一十二, 12),
 * so that a number said in words on one side can be found on the other.
 */

export const hanDigits: Record<string, number> = {零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9}
const hanSmallUnits: Record<string, number> = {十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 廿: 20, 卅: 30}
const hanLargeUnits: Record<string, number> = {万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12}

/** The numeral characters, for patterns. */
export const hanNumeralChars = '零〇一二两兩三四五六七八九十拾百佰千仟廿卅万萬亿億兆'

/**
 * Read a number written in Chinese numerals (两万, 三千五百, 一百二十亿, 廿三).
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
    } else if (char === '廿' || char === '卅') {
      section += hanSmallUnits[char] ?? 0
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

const digitNames = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/**
 * The ways Chinese text may write a whole number below 100,000 in
 * numerals: 十二 and 一十二, 两 for 2, 二〇二五 digit by digit for years.
 *
 * @param value the number.
 * @returns the written forms (none for fractions or large values).
 */
export function hanForms(value: number): string[] {
  if (!Number.isInteger(value) || value < 0 || value >= 100_000) return []
  const forms = new Set<string>()
  const plain = spell(value)
  forms.add(plain)
  if (plain.startsWith('十')) forms.add(`一${plain}`)
  if (value === 2) forms.add('两')
  if (value >= 1000) forms.add([...String(value)].map((digit) => (digit === '0' ? '〇' : (digitNames[Number(digit)] ?? ''))).join(''))
  return [...forms]
}

/** A whole number below 100,000 in standard numerals. */
function spell(value: number): string {
  if (value < 10) return digitNames[value] ?? ''
  const units: ReadonlyArray<[number, string]> = [
    [10_000, '万'],
    [1000, '千'],
    [100, '百'],
    [10, '十']
  ]
  let text = ''
  let rest = value
  let zero = false
  for (const [scale, name] of units) {
    const digit = Math.floor(rest / scale)
    rest %= scale
    if (digit > 0) {
      if (zero) text += '零'
      text += (scale === 10 && text === '' && digit === 1 ? '' : digitNames[digit]) + name
      zero = false
    } else if (text !== '') zero = true
  }
  if (rest > 0) text += (zero ? '零' : '') + digitNames[rest]
  return text
}
