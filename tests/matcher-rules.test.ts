import {describe, expect, it} from 'vitest'
import {createMatcher, type MatcherEntry, occurrenceApplies} from '../src/matcher/index.js'

const entries: MatcherEntry[] = [
  {id: 'huawei', forms: ['华为', '華為', 'Huawei']},
  {id: 'ascend', forms: ['昇腾', 'Ascend'], models: true, modelPattern: '9[0-9]{2}[A-Z]?', modelsAfter: ['huawei']},
  {id: 'hbm', forms: ['高带宽内存', 'HBM'], models: true, modelPattern: '[1-9]E?'},
  {id: 'hbm3e', forms: ['HBM3e']},
  {id: 'h200', forms: ['H200']},
  {id: 'a100', forms: ['A100']},
  {id: 'gpu', forms: ['GPU']},
  {id: 'blackwell-ultra', forms: ['Blackwell Ultra']},
  {id: 'nvidia', forms: ['英伟达']},
  {id: 'foreign-ministry', forms: ['外交部'], notInside: ['外交部长']},
  {id: 'inference', forms: ['推理'], notInside: ['推理小说']},
  {id: 'reasoning-model', forms: ['推理模型']},
  {id: 'training', forms: ['训练'], onlyWith: ['模型', '算力', '数据', '大模型'], notWith: ['球队']}
]

const matcher = createMatcher(entries)

/** The matches of a text as `id:text` (with `/model`) strings. */
function found(text: string, context?: string): string[] {
  return matcher
    .match(text, context === undefined ? undefined : {context})
    .map((span) => `${span.id}:${text.slice(span.start, span.end)}${span.model === undefined ? '' : `/${span.model}`}`)
}

describe('a line break inside a term', () => {
  it('should keep a Chinese term cut by a line break and its indentation, with offsets in the text as written', () => {
    const text = '美国的英伟\n   达发布了新品'
    expect(found(text)).toEqual(['nvidia:英伟\n   达'])
    expect(matcher.match(text)[0]).toMatchObject({start: 3, end: 10})
  })

  it('should read a line break between Latin words as a space', () => {
    expect(found('新的Blackwell\nUltra和HBM\n3E')).toEqual(['blackwell-ultra:Blackwell\nUltra', 'hbm3e:HBM\n3E'])
  })

  it('should not join across a paragraph break, nor glue Latin words', () => {
    expect(found('英伟\n\n达')).toEqual([])
    expect(found('英伟\n  \n达')).toEqual([])
    expect(found('H2\n00')).toEqual([])
    expect(found('H\n200')).toEqual(['h200:H\n200'])
  })
})

describe('HBM generations and spaced or plural forms', () => {
  it('should match generations as a series and prefer the entry of the exact form', () => {
    expect(found('HBM3、HBM4、HBM2E、HBM3E与HBM')).toEqual(['hbm:HBM3/3', 'hbm:HBM4/4', 'hbm:HBM2E/2E', 'hbm3e:HBM3E', 'hbm:HBM'])
  })

  it('should read HBM 3E as HBM3E, not as plain HBM, and leave other numbers out of the series', () => {
    expect(found('采用HBM 3E内存')).toEqual(['hbm3e:HBM 3E'])
    expect(found('HBM 2024年')).toEqual(['hbm:HBM'])
  })

  it('should match a spaced model name, a capital before a one-letter prefix', () => {
    expect(found('英伟达H 200与A 100')).toEqual(['nvidia:英伟达', 'h200:H 200', 'a100:A 100'])
    expect(found('costs a 100 dollars')).toEqual([])
  })

  it('should match a plural s after a form ending in a digit or capital', () => {
    expect(found('8块H200s和GPUs')).toEqual(['h200:H200s', 'gpu:GPUs'])
    expect(found('H200x GPUS GPUse')).toEqual([])
  })
})

describe('a model number after its maker', () => {
  it('should take a bare model number after the maker as the series', () => {
    expect(found('华为 910C与華為910B')).toEqual(['huawei:华为', 'ascend:910C/910C', 'huawei:華為', 'ascend:910B/910B'])
    expect(matcher.match('华为 910C')[1]).toMatchObject({id: 'ascend', form: '', model: '910C', start: 3, end: 7})
  })

  it('should leave numbers of another shape to the text', () => {
    expect(found('华为 2024年 5G')).toEqual(['huawei:华为'])
    expect(found('昇腾910C')).toEqual(['ascend:昇腾910C/910C'])
  })
})

describe('sense rules', () => {
  it('should not match a form inside a longer word listed in notInside', () => {
    expect(found('外交部长王毅说，外交部回应')).toEqual(['foreign-ministry:外交部'])
    expect(found('他爱读推理小说，推理需要算力')).toEqual(['inference:推理'])
    expect(found('推理模型')).toEqual(['reasoning-model:推理模型'])
  })

  it('should match a form with onlyWith cues only when a cue is in the block', () => {
    expect(found('球员每天训练')).toEqual([])
    expect(found('训练大模型需要算力')).toEqual(['training:训练'])
    expect(found('训练', '用海量数据训练')).toEqual(['training:训练'])
  })

  it('should refuse a form when a notWith cue is in the block', () => {
    expect(found('球队用数据训练')).toEqual([])
  })

  it('should answer the same question for code that finds forms another way', () => {
    const training = entries.find((entry) => entry.id === 'training') as MatcherEntry
    const ministry = entries.find((entry) => entry.id === 'foreign-ministry') as MatcherEntry
    expect(occurrenceApplies(training, '训练模型', 0, 2)).toBe(true)
    expect(occurrenceApplies(training, '训练', 0, 2)).toBe(false)
    expect(occurrenceApplies(training, '训练', 0, 2, '用算力训练')).toBe(true)
    expect(occurrenceApplies(ministry, '外交部长', 0, 3)).toBe(false)
    expect(occurrenceApplies(ministry, '外交部发言', 0, 3)).toBe(true)
    expect(occurrenceApplies({}, '任何', 0, 2)).toBe(true)
  })
})
