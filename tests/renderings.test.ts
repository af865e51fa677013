import {describe, expect, it} from 'vitest'
import {createGlossary} from '../src/glossary/create.js'
import {createRenderingMatcher} from '../src/glossary/renderings.js'

const glossary = createGlossary({
  zh: {
    terms: {
      nvidia: {forms: ['英伟达'], pinyin: 'Yīngwěidá', category: 'company'},
      gpu: {forms: ['GPU'], category: 'technology'},
      h20: {forms: ['H20'], category: 'product'},
      h200: {forms: ['H200'], category: 'product'},
      wafer: {forms: ['晶圆'], pinyin: 'jīngyuán', category: 'technology'},
      ascend: {forms: ['昇腾'], pinyin: 'Shēngténg', category: 'product', models: true},
      'computing-power': {forms: ['算力'], pinyin: 'suànlì', category: 'concept'},
      cuda: {forms: ['CUDA'], category: 'technology'}
    }
  },
  en: {
    terms: {
      nvidia: {gloss: 'Nvidia', accepted: ['NVIDIA'], forbidden: ['Yingweida']},
      gpu: {gloss: 'GPU', doNotTranslate: true},
      h20: {gloss: 'H20', doNotTranslate: true},
      h200: {gloss: 'H200', doNotTranslate: true},
      wafer: {gloss: 'wafer', ignoreCase: true},
      ascend: {gloss: 'Ascend'},
      'computing-power': {gloss: 'computing power', forbidden: ['calculation power']},
      cuda: {gloss: 'CUDA', doNotTranslate: true}
    }
  }
})

const matcher = createRenderingMatcher(glossary)

/** Found renderings as `id:text:status`. */
function found(text: string): string[] {
  return matcher.find(text).map((span) => `${span.id}:${span.text}:${span.status}`)
}

describe('createRenderingMatcher', () => {
  it('should match plural and possessive endings', () => {
    expect(found("Nvidia's GPUs and wafers")).toEqual(["nvidia:Nvidia's:preferred", 'gpu:GPUs:preferred', 'wafer:wafers:preferred'])
  })

  it('should tell accepted, forbidden and miscased renderings apart', () => {
    expect(found('NVIDIA, Yingweida, Cuda, calculation power')).toEqual([
      'nvidia:NVIDIA:accepted',
      'nvidia:Yingweida:forbidden',
      'cuda:Cuda:miscased',
      'computing-power:calculation power:forbidden'
    ])
  })

  it('should allow a capital at the start of a sentence', () => {
    expect(found('Computing power is scarce. Wafer supply too.')).toEqual([
      'computing-power:Computing power:preferred',
      'wafer:Wafer:preferred'
    ])
  })

  it('should not match a model inside a longer token', () => {
    expect(found('the H200 is not the H20; H2000 is neither')).toEqual(['h200:H200:preferred', 'h20:H20:preferred'])
  })

  it('should take a model number into a series rendering', () => {
    const [span] = matcher.find('Huawei Ascend 910C chips')
    expect(span).toMatchObject({id: 'ascend', text: 'Ascend 910C', model: '910C'})
  })

  it('should match across a soft line break', () => {
    expect(found('more computing\npower')).toEqual(['computing-power:computing\npower:preferred'])
  })
})
