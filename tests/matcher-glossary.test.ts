import {describe, expect, it} from 'vitest'
import {createGlossary} from '../src/glossary/create.js'
import {ZhglossError} from '../src/core/problem.js'

/** A glossary of Huawei and Ascend, the Ascend entry given extra fields. */
function glossaryWith(ascend: Record<string, unknown>, extra: Record<string, unknown> = {}): ReturnType<typeof createGlossary> {
  return createGlossary({
    zh: {
      terms: {
        huawei: {forms: ['华为'], pinyin: 'Huáwéi', category: 'company'},
        ascend: {forms: ['昇腾'], pinyin: 'Shēngténg', category: 'product', models: true, ...ascend},
        ...extra
      }
    },
    en: {
      terms: {
        huawei: {gloss: 'Huawei'},
        ascend: {gloss: 'Ascend'},
        ...Object.fromEntries(Object.keys(extra).map((id) => [id, {gloss: id}]))
      }
    }
  } as never)
}

/** The messages of the problems a glossary throws. */
function problems(make: () => unknown): string[] {
  try {
    make()
  } catch (error) {
    if (error instanceof ZhglossError) return error.problems.map((problem) => problem.message)
    throw error
  }
  return []
}

describe('glossary fields that steer matching', () => {
  it('should carry model and sense fields into the entry and the matcher', () => {
    const glossary = glossaryWith(
      {modelPattern: '9[0-9]{2}[A-Z]?', modelsAfter: ['huawei']},
      {
        ministry: {forms: ['外交部'], pinyin: 'Wàijiāobù', category: 'organization', notInside: ['外交部长'], onlyWith: ['发言']}
      }
    )
    expect(glossary.entry('ascend')).toMatchObject({modelPattern: '9[0-9]{2}[A-Z]?', modelsAfter: ['huawei'], notInside: []})
    expect(glossary.matcher.match('华为 910C').map((span) => span.id)).toEqual(['huawei', 'ascend'])
    expect(glossary.matcher.match('外交部长发言，外交部发言').map((span) => span.start)).toEqual([7])
  })

  it('should name a model pattern that is not a regular expression', () => {
    expect(problems(() => glossaryWith({modelPattern: '9[0-9'}))).toEqual([
      expect.stringContaining('"modelPattern" "9[0-9" is not a regular expression')
    ])
  })

  it('should ask for a pattern with modelsAfter, and for a known maker', () => {
    expect(problems(() => glossaryWith({modelsAfter: ['huawei']}))).toEqual([
      expect.stringContaining('"modelsAfter" needs "models": true and a "modelPattern"')
    ])
    expect(problems(() => glossaryWith({modelPattern: '9[0-9]{2}', modelsAfter: ['huawai']}))).toEqual([
      expect.stringContaining('"modelsAfter" names "huawai", which is not an entry')
    ])
  })

  it('should refuse a notInside word that holds none of the forms, and an unknown field', () => {
    expect(problems(() => glossaryWith({notInside: ['外交部长']}))).toEqual([
      expect.stringContaining('"notInside" lists "外交部长", which holds none of its forms')
    ])
    expect(problems(() => glossaryWith({onlyWhen: ['模型']}))).toEqual([expect.stringContaining('unknown field "onlyWhen"')])
  })
})
