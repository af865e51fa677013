import {readFileSync} from 'node:fs'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildIndex, compactRanges, markSyllable, parseCedict, parseFrequencies, readableSense} from '../src/dictionary/compile.js'
import {bandOf, lookupWords} from '../src/dictionary/index.js'
import {cutWords} from '../src/dictionary/lookup.js'
import {segmentRun} from '../src/dictionary/segment.js'
import {openDictionary, readDictionary} from '../src/dictionary/store.js'
import type {Lexicon} from '../src/dictionary/types.js'

/** A small dictionary in CC-CEDICT's format, written for these tests. */
const sample = `# a test sample
#! date=2026-01-02T00:00:00Z
#! entries=5
銀行 银行 [yin2 hang2] /bank/
行 行 [xing2] /to walk/
行 行 [hang2] /row/
綠色 绿色 [lu:4 se4] /green/
流 流 [liu2] /to flow/
`

describe('compiling CC-CEDICT', () => {
  it('should write numbered pinyin with tone marks', () => {
    const marked = ['zhong1', 'lu:4', 'liu2', 'gui4', 'shou3', 'r5', 'Xi1', 'nu:3', 'er2', 'xx5', 'A']
    expect(marked.map(markSyllable)).toEqual(['zhōng', 'lǜ', 'liú', 'guì', 'shǒu', 'r', 'Xī', 'nǚ', 'ér', 'xx', 'A'])
  })

  it('should write measure words and cross-references as a learner reads them', () => {
    expect(readableSense('CL:個|个[ge4],位[wei4]')).toBe('measure word: 个/個 gè, 位 wèi')
    expect(readableSense('see 對不起|对不起[dui4 bu5 qi3]')).toBe('see 对不起/對不起 duì bu qǐ')
    expect(readableSense('variant of 着[zhe5]')).toBe('variant of 着 zhe')
    expect(readableSense('duty (CL:項|项[xiang4])')).toBe('duty (measure word: 项/項 xiàng)')
    expect(readableSense('also pr. [pou1]')).toBe('also pr. pōu')
    expect(readableSense('bank (financial institution)')).toBe('bank (financial institution)')
    expect(parseCedict('下午 下午 [xia4 wu3] /afternoon/CL:個|个[ge4]/p.m./').entries[0]?.senses).toEqual([
      'afternoon',
      'measure word: 个/個 gè',
      'p.m.'
    ])
  })

  it('should read the edition and every entry', () => {
    const {edition, entries} = parseCedict(sample)
    expect(edition).toEqual({date: '2026-01-02', entries: 5})
    expect(entries.map((entry) => `${entry.simplified} ${entry.pinyin}`)).toEqual([
      '银行 yín háng',
      '行 xíng',
      '行 háng',
      '绿色 lǜ sè',
      '流 liú'
    ])
  })

  it('should sort by headword and read only the ranges a text needs', async () => {
    const {entries} = parseCedict(sample)
    const counts = parseFrequencies('行,50\n银行,10\n流,5\n')
    const {text, ranges} = buildIndex(entries, counts)
    expect(text.split('\n')[0]?.startsWith('流\t')).toBe(true)
    const folder = await mkdtemp(join(tmpdir(), 'zhgloss-dictionary-'))
    await writeFile(join(folder, 'd.tsv'), text)
    const table = {
      source: 'test',
      licence: 'test',
      edition: {date: 'x', entries: 5},
      frequencies: 'test',
      total: 65,
      ...compactRanges(ranges)
    }
    await writeFile(join(folder, 'd.json'), JSON.stringify(table))
    const dictionary = readDictionary(join(folder, 'd.tsv'), join(folder, 'd.json'))
    dictionary.load(['行'])
    expect(dictionary.entries('行')?.map((entry) => entry.pinyin)).toEqual(['xíng', 'háng'])
    expect(dictionary.has('银行')).toBe(false)
    dictionary.load(['银'])
    expect(dictionary.rank('银行')).toBe(2)
    expect(dictionary.count('行')).toBe(50)
  })

  it('should find each first character’s lines from the compact table, characters beyond the BMP included', async () => {
    const {entries} = parseCedict(`${sample}𠮷野家 𠮷野家 [ji2 ye3 jia1] /Yoshinoya/\n`)
    const {text, ranges} = buildIndex(entries, parseFrequencies('行,50\n银行,10\n'))
    const compact = compactRanges(ranges)
    // A character beyond the BMP is two units of the string; its second repeats its start.
    expect(compact.starts).toHaveLength(compact.first.length + 1)
    const folder = await mkdtemp(join(tmpdir(), 'zhgloss-dictionary-'))
    await writeFile(join(folder, 'd.tsv'), text)
    const about = {source: 'test', licence: 'test', edition: {date: 'x', entries: 6}, frequencies: 'test', total: 60}
    await writeFile(join(folder, 'd.json'), JSON.stringify({...about, ...compact}))
    const dictionary = readDictionary(join(folder, 'd.tsv'), join(folder, 'd.json'))
    dictionary.load(['𠮷', '银', '行', '流', '绿', '好'])
    const parsed = new Map(entries.map((entry) => [entry.simplified, entry]))
    for (const word of ['𠮷野家', '银行', '流', '绿色']) expect(dictionary.entries(word)?.[0]?.senses).toEqual(parsed.get(word)?.senses)
    expect(dictionary.entries('行')?.map((entry) => entry.pinyin)).toEqual(['xíng', 'háng'])
    expect(dictionary.has('好')).toBe(false)
    expect(dictionary.table).toEqual(about)
  })

  it('should name a missing compiled dictionary and the fix', () => {
    expect(() => readDictionary('/nonexistent/d.tsv', '/nonexistent/d.json')).toThrow(/npm run build/)
  })
})

describe('segmenting', () => {
  const words: Record<string, number> = {研究: 50, 研究生: 30, 生命: 40, 命: 10, 起源: 20, 的: 1000}
  const lexicon: Lexicon = {total: 2000, has: (word) => word in words, count: (word) => words[word] ?? 0}

  it('should take the most probable cut, not the longest first word', () => {
    expect(segmentRun([...'研究生命的起源'], lexicon)).toEqual([2, 2, 1, 2])
  })

  it('should give single characters to what the dictionary lacks', () => {
    expect(segmentRun([...'甲乙'], lexicon)).toEqual([1, 1])
  })
})

describe('looking words up', () => {
  it('should read a traditional text with the entries of its simplified copy', () => {
    const traditional = lookupWords('高頻寬記憶體供不應求，銀行也不例外。')
    const simplified = lookupWords('高频宽记忆体供不应求，银行也不例外。')
    expect(traditional.map((segment) => segment.key)).toEqual(simplified.map((segment) => segment.key))
    const memory = traditional.find((segment) => segment.text === '記憶體')
    expect(memory?.entries[0]?.simplified).toBe('记忆体')
    expect(memory?.parts.map((part) => part.text)).toEqual(['記憶', '體'])
  })

  it('should cover the whole text in order, with pinyin as read and a band', () => {
    const text = 'HBM 的产能，银行'
    const segments = lookupWords(text)
    expect(segments.map((segment) => segment.text).join('')).toBe(text)
    const bank = segments.find((segment) => segment.text === '银行')
    expect(bank?.pinyin).toBe('yín háng')
    expect(segments.find((segment) => segment.text === '的')?.band).toBe(1)
    expect(segments[0]).toMatchObject({text: 'HBM ', han: false, entries: []})
  })

  it('should put first the entry read as in the text', () => {
    const walk = lookupWords('他说行。').find((segment) => segment.key === '行')
    expect(walk?.pinyin).toBe('xíng')
    expect(walk?.entries[0]?.pinyin).toBe('xíng')
    const bank = lookupWords('银行').find((segment) => segment.key === '银行')
    expect(bank?.entries[0]?.pinyin).toBe('yín háng')
  })

  it('should cut words as the lookup does, without reading them', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'articles', 'taiwan-supply-chain.md'), 'utf8')
    const looked = lookupWords(text)
      .filter((segment) => segment.han)
      .map(({start, end, key}) => ({start, end, key}))
    expect(cutWords(text, openDictionary())).toEqual(looked)
    expect(looked.length).toBeGreaterThan(500)
  })

  it('should cut the same words when it stops at prefixes no headword has', () => {
    const dictionary = openDictionary()
    const text = readFileSync(join(import.meta.dirname, '..', 'articles', 'hopper-blackwell-explainer.md'), 'utf8')
    const lexicon: Lexicon = {total: dictionary.total, has: dictionary.has, count: dictionary.count}
    let cuts = 0
    for (const [run] of text.matchAll(/\p{Script=Han}+/gu)) {
      const keys = [...run]
      dictionary.load(keys)
      expect(segmentRun(keys, dictionary)).toEqual(segmentRun(keys, lexicon))
      cuts++
    }
    expect(cuts).toBeGreaterThan(100)
    expect(dictionary.hasPrefix?.('英伟')).toBe(true)
    expect(dictionary.hasPrefix?.('伟英')).toBe(false)
  })

  it('should band ranks', () => {
    expect([1, 1000, 1001, 2500, 5000, 9999, 20000, 20001, 0].map(bandOf)).toEqual([1, 1, 2, 2, 3, 4, 5, 6, 6])
  })

  it('should name its edition and licence', () => {
    expect(openDictionary().table.edition.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(openDictionary().table.licence).toMatch(/CC BY-SA 4\.0/)
  })
})
