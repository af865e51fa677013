/**
 * Pinyin for running text in either script. pinyin-pro reads simplified
 * Chinese well and traditional badly (於 wū, 們 mén, 還 huán), so the text is
 * read through its simplified folding, one character for one character, and
 * the syllables are put back over the characters as written. Our polyphone
 * words (polyphones.ts) then win over pinyin-pro's readings, and a few
 * characters are settled by their neighbours (只, 为, 著, 乾, 幹).
 */
import {pinyin} from 'pinyin-pro'
import {fold} from '../matcher/index.js'
import {longestPhrase, phraseReadings} from './polyphones.js'

/** Characters that count as numerals before a classifier (两只, 几只). */
const numerals = new Set([...'一二三四五六七八九十两几每数单0123456789'])
/** Words after 這/那 that make 只 the adverb (这只是). */
const adverbFollowers = new Set([...'是有能要会需在'])
/** Characters that, next to 著, make it zhù (著名, 显著), not the particle 着. */
const zhuNeighbours = new Set([...'名作称述显卓土原巨论遗编合昭专'])

/**
 * The syllable of each character of a text: pinyin with tone marks for a Han
 * character, `undefined` for anything else.
 *
 * @param text any text.
 * @returns one item per code point of the text.
 */
export function readSyllables(text: string): Array<string | undefined> {
  const written = [...text]
  const folded = written.map((character, index) => foldForReading(written, index, character))
  const items = pinyin(folded.join(''), {toneType: 'symbol', type: 'all'})
  const syllables: Array<string | undefined> =
    items.length === folded.length
      ? items.map((item) => (item.isZh ? item.pinyin : undefined))
      : folded.map((character) => readOne(character))
  applyPhrases(folded, syllables)
  for (let index = 0; index < folded.length; index++) {
    const settled = settleCharacter(written, folded, index)
    if (settled !== undefined) syllables[index] = settled
  }
  return syllables
}

/**
 * A text's pinyin as one string: Han syllables separated by spaces, each run
 * of other characters kept whole as one item (`AI jīng piàn`).
 *
 * @param text any text.
 * @returns the pinyin.
 */
export function readText(text: string): string {
  const written = [...text]
  const syllables = readSyllables(text)
  const parts: string[] = []
  let other = ''
  for (let index = 0; index < written.length; index++) {
    const syllable = syllables[index]
    if (syllable === undefined) {
      other += written[index]
      continue
    }
    if (other.trim()) parts.push(other.trim())
    other = ''
    parts.push(syllable)
  }
  if (other.trim()) parts.push(other.trim())
  return parts.join(' ')
}

/** One character read alone, for the rare text pinyin-pro does not read one item per character. */
function readOne(character: string): string | undefined {
  const [item] = pinyin(character, {toneType: 'symbol', type: 'all'})
  return item?.isZh ? item.pinyin : undefined
}

/** The simplified character to read in place of `character`. */
function foldForReading(written: readonly string[], index: number, character: string): string {
  if (character.length !== 1) return character
  if (character === '著') return isZhu(written, index) ? '著' : '着'
  if (character === '乾') return /[坤隆]/.test(written[index + 1] ?? '') ? '乾' : '干'
  const folded = fold(character)
  // fold also lowers Latin capitals; only Han characters are folded here.
  return folded.toLowerCase() === character.toLowerCase() ? character : folded
}

/** Whether 著 at `index` is zhù (a word of writing or renown) rather than the particle. */
function isZhu(written: readonly string[], index: number): boolean {
  return zhuNeighbours.has(written[index - 1] ?? '') || zhuNeighbours.has(written[index + 1] ?? '')
}

/** Put our phrase readings over the syllables, longest phrase first, left to right. */
function applyPhrases(folded: readonly string[], syllables: Array<string | undefined>): void {
  let index = 0
  while (index < folded.length) {
    let matched = 0
    for (let length = Math.min(longestPhrase, folded.length - index); length >= 2; length--) {
      const reading = phraseReadings[folded.slice(index, index + length).join('')]
      if (reading === undefined) continue
      reading.split(' ').forEach((syllable, offset) => {
        syllables[index + offset] = syllable
      })
      matched = length
      break
    }
    index += Math.max(matched, 1)
  }
}

/** The reading of a character that its neighbours decide, or undefined to keep what it has. */
function settleCharacter(written: readonly string[], folded: readonly string[], index: number): string | undefined {
  const character = written[index]
  const previous = folded[index - 1] ?? ''
  const next = folded[index + 1] ?? ''
  if (character === '幹') return 'gàn'
  if (character === '隻') return 'zhī'
  if (character === '只') {
    if (numerals.has(previous)) return 'zhī'
    if (/[这那哪]/.test(previous) && !adverbFollowers.has(next)) return 'zhī'
    return 'zhǐ'
  }
  // 为 before a figure states a value (营收为 100 亿), read wéi.
  if (folded[index] === '为' && /[0-9０-９]/.test(next)) return 'wéi'
  return undefined
}
