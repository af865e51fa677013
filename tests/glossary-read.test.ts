/**
 * A glossary reads its own i18next instance's resources directly; a
 * caller's instance is asked through `t`. Both must give the same glosses,
 * fallback and all.
 */
import {createInstance} from 'i18next'
import {describe, expect, it} from 'vitest'
import {createGlossary} from '../src/glossary/create.js'
import type {GlossaryResources} from '../src/glossary/types.js'

const resources = {
  zh: {
    terms: {
      gpu: {forms: ['图形处理器'], pinyin: 'túxíng chǔlǐqì', category: 'technology'},
      hbm: {forms: ['高带宽内存'], pinyin: 'gāo dàikuān nèicún', category: 'technology'},
      tsmc: {forms: ['台积电'], pinyin: 'Táijīdiàn', category: 'company'}
    }
  },
  en: {
    terms: {
      gpu: {gloss: 'GPU', note: 'graphics processor', accepted: ['graphics card'], forbidden: ['video chip'], ignoreCase: true},
      hbm: {gloss: 'high-bandwidth memory {{size}}', note: 'see $t(gpu.gloss)', doNotTranslate: true},
      tsmc: {gloss: 'TSMC', accepted: ['Taiwan Semiconductor']}
    }
  },
  de: {terms: {gpu: {gloss: 'Grafikprozessor', note: 'ein Chip'}, tsmc: {gloss: 'TSMC', forbidden: ['Taiwan Semi']}}},
  pt: {terms: {hbm: {gloss: 'memória de alta largura de banda'}}},
  'pt-BR': {terms: {gpu: {gloss: 'placa de vídeo', accepted: []}}}
} as unknown as GlossaryResources

/** An instance set up as a caller might, with the options the glossary uses for its own. */
function callerInstance(): ReturnType<typeof createInstance> {
  const i18n = createInstance()
  void i18n.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    ns: ['terms'],
    defaultNS: 'terms',
    initAsync: false,
    interpolation: {escapeValue: false}
  })
  return i18n
}

describe('reading glosses', () => {
  it('should read its own resources as i18next reads a caller’s instance, field by field with fallback', () => {
    const own = createGlossary(resources)
    const asked = createGlossary(resources, {i18n: callerInstance()})
    for (const lang of ['en', 'de', 'pt', 'pt-BR', 'fr'])
      for (const id of ['gpu', 'hbm', 'tsmc', 'missing']) expect(own.gloss(id, lang), `${id} in ${lang}`).toEqual(asked.gloss(id, lang))
  })

  it('should fall back per field and keep glossary text as written', () => {
    const glossary = createGlossary(resources)
    expect(glossary.gloss('gpu', 'pt-BR')).toEqual({
      gloss: 'placa de vídeo',
      note: 'graphics processor',
      accepted: [],
      forbidden: ['video chip'],
      doNotTranslate: false,
      ignoreCase: true,
      lang: 'pt-BR'
    })
    expect(glossary.gloss('hbm', 'pt-BR')?.gloss).toBe('memória de alta largura de banda')
    expect(glossary.gloss('hbm', 'de')).toMatchObject({gloss: 'high-bandwidth memory {{size}}', note: 'see $t(gpu.gloss)', lang: 'en'})
    expect(glossary.gloss('gpu', 'de')?.note).toBe('ein Chip')
  })
})
