/**
 * Numbers read as values in Chinese and English, so that a correct
 * conversion never differs and a wrong one always does.
 */
import {describe, expect, it} from 'vitest'
import {findModels} from '../src/check/quantities/models.js'
import {describeNumber, readChineseNumbers, readEnglishNumbers, readHanNumeral, sameNumber} from '../src/check/quantities/numbers.js'

/** Whether every number of each side has an equal on the other. */
function agree(chinese: string, english: string): boolean {
  const zh = readChineseNumbers(chinese)
  const en = readEnglishNumbers(english)
  return zh.length > 0 && zh.every((a) => en.some((b) => sameNumber(a, b))) && en.every((b) => zh.some((a) => sameNumber(a, b)))
}

describe('numbers', () => {
  it('should read Chinese numerals with their magnitudes', () => {
    expect(readHanNumeral('两万')).toBe(20_000)
    expect(readHanNumeral('三千五百')).toBe(3500)
    expect(readHanNumeral('一百二十亿')).toBe(12_000_000_000)
    expect(readHanNumeral('两万亿')).toBe(2_000_000_000_000)
    expect(readHanNumeral('三亿五千万')).toBe(350_000_000)
  })

  it('should take correct conversions as equal', () => {
    expect(agree('180亿美元', '$18 billion')).toBe(true)
    expect(agree('55亿美元', '$5.5 billion')).toBe(true)
    expect(agree('1-2万美元', '$10,000–20,000')).toBe(true)
    expect(agree('1至2万美元', '$10,000 to $20,000')).toBe(true)
    expect(agree('5兆美元', '$5 trillion')).toBe(true)
    expect(agree('1650億美元', '$165 billion')).toBe(true)
    expect(agree('两万颗', '20,000 chips')).toBe(true)
    expect(agree('2080亿个', '208 billion')).toBe(true)
    expect(agree('约95%', 'about 95 percent')).toBe(true)
    expect(agree('百分之二十五', '25%')).toBe(true)
    expect(agree('141GB', '141 GB')).toBe(true)
    expect(agree('4.8TB/s', '4.8 TB/s')).toBe(true)
    expect(agree('2025年8月', 'August 2025')).toBe(true)
    expect(agree('2025年12月8日', 'December 8, 2025')).toBe(true)
    expect(agree('2025年12月8日', '8 December 2025')).toBe(true)
    expect(agree('2025年第3季', 'Q3 2025')).toBe(true)
    expect(agree('2025年第三季度', 'the third quarter of 2025')).toBe(true)
    expect(agree('7月31日', 'July 31')).toBe(true)
    expect(agree('一季度营收', 'Q1 revenue')).toBe(true)
    expect(agree('第四季度', 'the fourth quarter')).toBe(true)
  })

  it('should tell wrong conversions apart', () => {
    expect(agree('180亿美元', '$1.8 billion')).toBe(false)
    expect(agree('1-2万美元', '$1,000–2,000')).toBe(false)
    expect(agree('4.8TB/s', '4.8 GB/s')).toBe(false)
    expect(agree('2025年8月', 'August 2024')).toBe(false)
    expect(agree('2025年8月', 'July 2025')).toBe(false)
    expect(agree('2025年第3季', 'March 2025')).toBe(false)
    expect(agree('25%', '25')).toBe(false)
  })

  it('should leave digits inside model numbers to the model rule', () => {
    expect(readChineseNumbers('H200和昇腾910C')).toEqual([])
    expect(readEnglishNumbers('the H20-related GB200 NVL72')).toEqual([])
    expect(findModels('H20、H200与昇腾910C，141GB，Q3').map((token) => token.key)).toEqual(['H20', 'H200', '910C'])
    expect(findModels('results for H1 2025 and 2025 H2 of the H20').map((token) => token.key)).toEqual(['H20'])
  })

  it('should describe a number as a translator writes it', () => {
    const [billions] = readChineseNumbers('180亿')
    const [date] = readChineseNumbers('2025年8月')
    expect(billions && describeNumber(billions)).toBe('18 billion')
    expect(date && describeNumber(date)).toBe('2025 August')
  })
})
