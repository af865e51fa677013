import {mkdtemp, mkdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createGlossary} from '../src/glossary/create.js'
import {readingOf} from '../src/glossary/reading.js'
import type {GlossaryResources} from '../src/glossary/types.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {ZhglossError} from '../src/core/problem.js'

/** Write a glossary folder from file texts and return its path. */
async function glossaryFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zhgloss-glossary-'))
  for (const [lang, text] of Object.entries(files)) {
    await mkdir(join(dir, lang))
    await writeFile(join(dir, lang, 'terms.json'), text)
  }
  return dir
}

/** The messages of the error a promise rejects with. */
async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ZhglossError)
      return error.problems.map(
        (problem) =>
          `${problem.file.replace(/^.*zhgloss-glossary-[^/]+\//, '')}:${problem.line ?? '-'}:${problem.column ?? '-'}: ${problem.message}`
      )
    throw error
  }
  throw new Error('expected an error')
}

const zh = JSON.stringify(
  {nvidia: {forms: ['英伟达', '辉达', 'NVIDIA'], pinyin: 'Yīngwěidá', readings: {辉达: 'Huīdá'}, category: 'company'}},
  null,
  2
)
const en = JSON.stringify({nvidia: {gloss: 'Nvidia', note: 'A US chip designer.'}}, null, 2)

describe('loadGlossary', () => {
  it('should load the project glossary with every entry glossed in English', async () => {
    const glossary = await loadGlossary('glossary')
    expect(glossary.entries.length).toBeGreaterThanOrEqual(50)
    for (const entry of glossary.entries) {
      const gloss = glossary.gloss(entry.id)
      expect(gloss?.gloss, entry.id).toBeTruthy()
      expect(gloss?.note, entry.id).toMatch(/\.$/)
    }
  })

  it('should name file, line and column of a file that is not JSON', async () => {
    const dir = await glossaryFolder({zh: '{\n  "nvidia": {\n    "forms": ["英伟达",]\n  }\n}\n', en})
    expect(await problemsOf(loadGlossary(dir))).toEqual([
      expect.stringMatching(/^zh\/terms\.json:3:21: not valid JSON: a value was expected here/)
    ])
  })

  it("should name the entry and field of a schema error, at the entry's line", async () => {
    const dir = await glossaryFolder({zh: zh.replace('"company"', '"firm"'), en})
    const [problem] = await problemsOf(loadGlossary(dir))
    expect(problem).toMatch(/^zh\/terms\.json:2:3: entry "nvidia", field "category": must be one of "company"/)
  })

  it('should refuse a form claimed by two entries, naming both', async () => {
    const twice = JSON.stringify({
      nvidia: {forms: ['英伟达'], pinyin: 'Yīngwěidá', category: 'company'},
      nvidia2: {forms: ['英偉達'], pinyin: 'Yīngwěidá', category: 'company'}
    })
    const dir = await glossaryFolder({zh: twice, en: JSON.stringify({nvidia: {gloss: 'Nvidia'}, nvidia2: {gloss: 'Nvidia'}})})
    expect(await problemsOf(loadGlossary(dir))).toEqual([
      expect.stringContaining('entry "nvidia2": the form "英偉達" is also a form of entry "nvidia" ("英伟达")')
    ])
  })

  it('should say so when the folder is missing', async () => {
    expect(await problemsOf(loadGlossary('/nonexistent/glossary'))).toEqual([
      expect.stringContaining('no glossary folder here; pass --glossary DIR')
    ])
  })

  it('should accept a byte order mark', async () => {
    const dir = await glossaryFolder({zh: `\uFEFF${zh}`, en: `\uFEFF${en}`})
    expect((await loadGlossary(dir)).entries).toHaveLength(1)
  })
})

describe('createGlossary', () => {
  const resources: GlossaryResources = {
    zh: {terms: JSON.parse(zh)},
    en: {terms: JSON.parse(en)},
    de: {terms: {nvidia: {gloss: 'Nvidia (de)'}}}
  }

  it('should fall back to English field by field for another gloss language', () => {
    const glossary = createGlossary(resources)
    expect(glossary.gloss('nvidia', 'de')).toMatchObject({gloss: 'Nvidia (de)', note: 'A US chip designer.', lang: 'de'})
    expect(glossary.gloss('nvidia', 'fr')).toMatchObject({gloss: 'Nvidia', lang: 'en'})
    expect(glossary.languages).toEqual(['en', 'de'])
  })

  it('should return undefined for an unknown id rather than the key', () => {
    expect(createGlossary(resources).gloss('amd')).toBeUndefined()
  })

  it('should refuse ids that are built-in object names or not ASCII', () => {
    for (const id of ['__proto__', 'constructor', 'prototype', '英伟达', 'Nvidia']) {
      const terms = JSON.parse(`{"${id}": {"forms": ["AMD"], "category": "company"}}`) as GlossaryResources['zh']['terms']
      const glossed = JSON.parse(`{"${id}": {"gloss": "AMD"}}`) as Record<string, unknown>
      expect(() => createGlossary({zh: {terms}, en: {terms: glossed}}), id).toThrow(new RegExp(`"${id.replace(/_/g, '_')}"`))
    }
    expect(({} as Record<string, unknown>)['forms']).toBeUndefined()
  })

  it('should refuse a single-character form and a Chinese form without pinyin', () => {
    expect(() =>
      createGlossary({zh: {terms: {chip: {forms: ['芯'], pinyin: 'xīn', category: 'technology'}}}, en: {terms: {chip: {gloss: 'chip'}}}})
    ).toThrow(/single character/)
    expect(() =>
      createGlossary({zh: {terms: {chip: {forms: ['芯片'], category: 'technology'}}}, en: {terms: {chip: {gloss: 'chip'}}}})
    ).toThrow(/no "pinyin"/)
  })
})

describe('readingOf', () => {
  const glossary = createGlossary({zh: {terms: JSON.parse(zh)}, en: {terms: JSON.parse(en)}})
  const entry = glossary.entry('nvidia')

  it('should read each form as written, traditional spellings like their simplified form', () => {
    if (!entry) throw new Error('no entry')
    expect(readingOf(entry, '英伟达')).toBe('Yīngwěidá')
    expect(readingOf(entry, '英偉達')).toBe('Yīngwěidá')
    expect(readingOf(entry, '輝達')).toBe('Huīdá')
    expect(readingOf(entry, 'NVIDIA')).toBeUndefined()
  })
})
