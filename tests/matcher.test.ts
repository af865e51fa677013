import {describe, expect, it} from 'vitest'
import {createMatcher, type MatcherEntry} from '../src/matcher/index.js'

const entries: MatcherEntry[] = [
  {id: 'huawei', forms: ['华为', '華為']},
  {id: 'hisilicon', forms: ['海思', '华为海思']},
  {id: 'h20', forms: ['H20']},
  {id: 'h200', forms: ['H200']},
  {id: 'cuda', forms: ['CUDA']},
  {id: 'hbm3e', forms: ['HBM3e']},
  {id: 'hbm', forms: ['高带宽内存']},
  {id: 'nvidia', forms: ['英伟达', '辉达', 'NVIDIA']},
  {id: 'jensen-huang', forms: ['黄仁勋']},
  {id: 'tsmc', forms: ['台积电', 'TSMC']},
  {id: 'ascend', forms: ['昇腾', '升腾'], models: true},
  {id: 'siyuan', forms: ['思元'], models: true},
  {id: 'blackwell', forms: ['Blackwell']},
  {id: 'wafer', forms: ['晶圆']},
  {id: 'pku', forms: ['北大']},
  {id: 'computing-power', forms: ['算力'], boundary: 'none'}
]

const matcher = createMatcher(entries)

/** The matches of a text as `id:text` strings. */
function found(text: string): string[] {
  return matcher.match(text).map((span) => `${span.id}:${text.slice(span.start, span.end)}`)
}

describe('createMatcher', () => {
  it('should take the longest match at the leftmost start', () => {
    expect(found('华为海思的芯片')).toEqual(['hisilicon:华为海思'])
    expect(found('华为与海思')).toEqual(['huawei:华为', 'hisilicon:海思'])
    expect(found('H200和H20')).toEqual(['h200:H200', 'h20:H20'])
  })

  it('should not match a Latin form inside a longer Latin or digit token', () => {
    expect(found('H2000 H20X xH20 CUDAX 3CUDA')).toEqual([])
    expect(found('H20-class, (H20)')).toEqual(['h20:H20', 'h20:H20'])
  })

  it('should match Latin forms touching Chinese characters', () => {
    expect(found('英伟达H20芯片')).toEqual(['nvidia:英伟达', 'h20:H20'])
    expect(found('Blackwell晶圆')).toEqual(['blackwell:Blackwell', 'wafer:晶圆'])
    expect(found('HBM3e高带宽内存')).toEqual(['hbm3e:HBM3e', 'hbm:高带宽内存'])
  })

  it('should match case and width variants and report the text as written', () => {
    expect(found('HBM3E、ＨＢＭ３ｅ、Ｈ２００、nvidia')).toEqual(['hbm3e:HBM3E', 'hbm3e:ＨＢＭ３ｅ', 'h200:Ｈ２００', 'nvidia:nvidia'])
  })

  it('should match traditional text against simplified forms with exact offsets', () => {
    const text = '輝達執行長黃仁勳與臺積電、台積電'
    expect(found(text)).toEqual(['nvidia:輝達', 'jensen-huang:黃仁勳', 'tsmc:臺積電', 'tsmc:台積電'])
    const [first] = matcher.match(text)
    expect(first).toMatchObject({start: 0, end: 2, form: '辉达'})
  })

  it('should keep 昇 apart from 升 when folding', () => {
    expect(found('昇腾和昇騰')).toEqual(['ascend:昇腾', 'ascend:昇騰'])
  })

  it('should not match a short Chinese form across a word boundary', () => {
    expect(found('股价上升腾飞')).toEqual([])
    expect(found('他向北大概走了十里')).toEqual([])
    expect(found('他考上了北大。')).toEqual(['pku:北大'])
  })

  it('should let an entry opt out of the word-boundary guard', () => {
    expect(found('总算力需求')).toEqual(['computing-power:算力'])
  })

  it('should take a model number into a series match', () => {
    const spans = matcher.match('昇腾910C与思元 590，以及思元芯片')
    expect(spans.map((span) => [span.id, span.model])).toEqual([
      ['ascend', '910C'],
      ['siyuan', '590'],
      ['siyuan', undefined]
    ])
  })

  it('should find nothing in text without forms and handle empty text', () => {
    expect(found('')).toEqual([])
    expect(found('今天天气很好')).toEqual([])
  })
})

describe('the word-boundary guard', () => {
  const guarded = createMatcher([
    {id: 'tsmc', forms: ['台积电']},
    {id: 'wafer', forms: ['晶圆']},
    {id: 'ascend', forms: ['升腾']},
    {id: 'pku', forms: ['北大']},
    {id: 'trump', forms: ['特朗普']}
  ])
  const ids = (text: string): string[] => guarded.match(text).map((span) => span.id)

  it('should let a longer glossary form win over a shorter crossing word', () => {
    expect(ids('无法直接向台積電下單。')).toEqual(['tsmc'])
    expect(ids('特朗普通过了')).toEqual(['trump'])
  })

  it('should accept a form at the edge of a compound that holds it', () => {
    expect(ids('先进晶圆代工产能')).toEqual(['wafer'])
  })

  it('should refuse a form when an equally long word crosses its edge', () => {
    expect(ids('股价上升腾飞')).toEqual([])
    expect(ids('向北大概')).toEqual([])
  })
})

describe('createMatcher on long texts and inside cue words', () => {
  it('should find every match of a text with hundreds of candidates, in order', () => {
    const text = '华为海思与H200，台积电。'.repeat(150)
    expect(found(text)).toEqual(Array.from({length: 150}, () => ['hisilicon:华为海思', 'h200:H200', 'tsmc:台积电']).flat())
  })

  it('should give the same spans when a caller asks the matcher again while it looks for cue words', () => {
    const ruled = createMatcher([...entries, {id: 'training', forms: ['训练'], onlyWith: ['模型']}])
    const text = '华为训练模型，台积电训练'
    const plain = ruled.match(text, {context: text})
    const nested = ruled.match(text, {
      cues: {
        has: (cue) => {
          // A search in the middle of another must neither see nor spoil the outer one's candidates.
          expect(ruled.match('英伟达H20与台积电').map((span) => span.id)).toEqual(['nvidia', 'h20', 'tsmc'])
          return text.includes(cue)
        }
      }
    })
    expect(nested).toEqual(plain)
    expect(plain.map((span) => span.id)).toEqual(['huawei', 'training', 'tsmc', 'training'])
  })
})
