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
import {simplifiedCharacters} from './simplified-data.js'
import {rememberByText} from '../core/remember.js'

/** Characters that count as numerals before a classifier (两只, 几只). */
const numerals = new Set([...'一二三四五六七八九十百千万亿两几每数单0123456789０１２３４５６７８９'])
/** Words after 這/那 that make 只 the adverb (这只是). */
const adverbFollowers = new Set([...'是有能要会需在'])
/** Characters that, next to 著, make it zhù (著名, 显著), not the particle 着. */
const zhuNeighbours = new Set([...'名作称述显卓土原巨论遗编昭专译'])
/** Words in which 着 (著 in traditional text) is zhuó or zháo rather than the particle zhe. */
const zhuoWords = new Set([
  '着手',
  '着陆',
  '着急',
  '着想',
  '着重',
  '着力',
  '着落',
  '着迷',
  '着凉',
  '着火',
  '睡着',
  '衣着',
  '执着',
  '沉着',
  '找着',
  '着实',
  '着眼',
  '着装',
  '附着',
  '着色'
])
/** Characters that, after 应, make it the verb yìng (应用, 应对, 应付) rather than "should". */
const yingFollowers = new Set([...'用对付变急聘征答邀验运酬试援战届声'])
/** Characters before 应 after which it means "should" (政府应, 也应). */
const yingLeaders = new Set([...'也亦理本均都更仍则府并故才不自还所色底内'])
/** Characters after 应 that make it "should" whatever precedes (应是, 应有, 应予). */
const yingModalFollowers = new Set([...'是该当有予在进把将被尽如具于给由'])
/** Characters before 应 that make a word of response (响应, 反应, 适应), where 应 is yìng. */
const yingWordLeaders = new Set([...'响反适供回对答呼相感效照接报顺'])
/** Measures before 为 that state a value (直径为, 重量为, 更名为): 为 is wéi. */
const measureLeaders = new Set([...'径量度率额值数价积温名称号'])
/** Characters before 以 that make it a word of its own (可以, 所以), not "taking X as". */
const notTaking = new Set([...'可所难足得予加用借'])
/** Readings of characters as written that settle them whatever follows. */
const fixedReadings: Readonly<Record<string, string>> = {幹: 'gàn', 隻: 'zhī', 捱: 'ái', 籲: 'yù', 妳: 'nǐ', 髮: 'fà'}

/** Characters after 得 that start a complement of degree or result (跑得很快, 做得好): 得 is the particle de. */
const complementStarters = new Set([
  ...'很好快慢多少太更非十真特越并挺相极清明满跟像美高低大小远近早晚对透够最比让令连一有没漂热冷紧稳准差'
])
/** Characters before 得 with which it makes a word of its own (取得, 获得, 值得, 觉得). */
const deWordLeaders = new Set([...'取获赢值难使觉记懂显免省舍只所心晓认博求习应必可不俱总还就都也需'])

/** One Han character. */
const han = /^\p{Script=Han}$/u
/** The lengths of our phrases (in characters, longest first) by their first character: only those are tried where one may start. */
const phraseLengths = new Map<string | undefined, number[]>()
for (const phrase of Object.keys(phraseReadings)) {
  const lengths = phraseLengths.get(phrase[0]) ?? []
  const length = [...phrase].length
  if (!lengths.includes(length)) lengths.push(length)
  phraseLengths.set(
    phrase[0],
    lengths.sort((a, b) => b - a)
  )
}

let simplified: Set<string> | undefined

/** Characters that are simplified in their own right (the targets of OpenCC's table), which folding must leave alone (么 is not 幺). */
function isSimplified(character: string): boolean {
  simplified ??= new Set(simplifiedCharacters)
  return simplified.has(character)
}

/**
 * The syllable of each character of a text: pinyin with tone marks for a Han
 * character, `undefined` for anything else. Texts already read are
 * remembered: the reader's pinyin and its word layer read the same runs of
 * an article, and a folder's articles share many.
 *
 * @param text any text.
 * @returns one item per code point of the text.
 */
export const readSyllables: (text: string) => Array<string | undefined> = rememberByText(readFresh)

/** The syllables of a text, read (see `readSyllables`). */
function readFresh(text: string): Array<string | undefined> {
  const written = [...text]
  const folded = written.map((character, index) => foldForReading(written, index, character))
  // The array form is several times faster than 'all'; Han-ness is ours to tell.
  const items = pinyin(folded.join(''), {toneType: 'symbol', type: 'array', nonZh: 'spaced'})
  const syllables: Array<string | undefined> =
    items.length === folded.length
      ? items.map((item, index) => (han.test(written[index] ?? '') && item !== folded[index] ? item : undefined))
      : folded.map((character) => readOne(character))
  const covered = applyPhrases(folded, syllables)
  for (let index = 0; index < folded.length; index++) {
    if (covered[index]) continue
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
  if (character.length !== 1 || isSimplified(character)) return character
  if (character === '著') return isZhu(written, index) ? '著' : '着'
  if (character === '乾') return /[坤隆]/.test(written[index + 1] ?? '') ? '乾' : '干'
  const folded = fold(character)
  // fold also lowers Latin capitals; only Han characters are folded here.
  return folded.toLowerCase() === character.toLowerCase() ? character : folded
}

/** Whether 著 at `index` is zhù (a word of writing or renown) rather than the particle. */
function isZhu(written: readonly string[], index: number): boolean {
  return zhuNeighbours.has(fold(written[index - 1] ?? '')) || zhuNeighbours.has(fold(written[index + 1] ?? ''))
}

/**
 * Put our phrase readings over the syllables, longest phrase first, left to right.
 *
 * @returns for each character, whether a phrase read it.
 */
function applyPhrases(folded: readonly string[], syllables: Array<string | undefined>): boolean[] {
  const covered = folded.map(() => false)
  let index = 0
  while (index < folded.length) {
    const lengths = phraseLengths.get(folded[index])
    if (!lengths) {
      index++
      continue
    }
    let matched = 0
    for (const length of lengths) {
      if (length < 2 || length > Math.min(longestPhrase, folded.length - index)) continue
      const reading = phraseReadings[folded.slice(index, index + length).join('')]
      if (reading === undefined) continue
      reading.split(' ').forEach((syllable, offset) => {
        syllables[index + offset] = syllable
        covered[index + offset] = true
      })
      matched = length
      break
    }
    index += Math.max(matched, 1)
  }
  return covered
}

/** The reading of a character that its neighbours decide, or undefined to keep what it has. */
function settleCharacter(written: readonly string[], folded: readonly string[], index: number): string | undefined {
  const character = written[index]
  const previous = folded[index - 1] ?? ''
  const next = folded[index + 1] ?? ''
  const fixed = fixedReadings[character ?? '']
  if (fixed !== undefined) return fixed
  if (character === '著' && folded[index] === '着') return zhuoWords.has(`${previous}着`) || zhuoWords.has(`着${next}`) ? undefined : 'zhe'
  if (folded[index] === '得' && /\p{Script=Han}/u.test(previous) && !deWordLeaders.has(previous) && complementStarters.has(next))
    return 'de'
  // 得 děi "must" before a verb, after 还/就/都/也 (还得持续, 就得分手).
  if (folded[index] === '得' && /[还就都也总需]/.test(previous) && /\p{Script=Han}/u.test(next) && !/[到了出起来去住上下过]/.test(next))
    return 'děi'
  if (character === '只') {
    if (numerals.has(previous)) return 'zhī'
    if (/[这那哪]/.test(previous) && !adverbFollowers.has(next)) return 'zhī'
    return 'zhǐ'
  }
  // 为 before a figure states a value (营收为 100 亿), read wéi.
  if (folded[index] === '为') return readWei(folded, index)
  if (folded[index] === '应' && !yingWordLeaders.has(previous)) {
    if (yingModalFollowers.has(next) || (yingLeaders.has(previous) && !yingFollowers.has(next))) return 'yīng'
  }
  return undefined
}

/** 为 read wéi where the sentence states a value or takes one thing as another, else undefined. */
function readWei(folded: readonly string[], index: number): string | undefined {
  const next = folded[index + 1] ?? ''
  if (/[了何什]/.test(next)) return undefined
  // 营收为 100 亿, 直径为三七.二, 更名为: a value or a name follows.
  if (/[0-9０-９]/.test(next) || measureLeaders.has(folded[index - 1] ?? '')) return 'wéi'
  // 以安全为由, 以餐桌为球台: "taking X as Y", 以 a few characters before, in the same clause.
  for (let back = index - 1; back >= Math.max(0, index - 6); back--) {
    const character = folded[back] ?? ''
    if (!/\p{Script=Han}/u.test(character)) break
    if (character === '以' && back < index - 1 && !notTaking.has(folded[back - 1] ?? '')) return 'wéi'
  }
  return undefined
}
