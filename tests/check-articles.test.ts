import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {nameSources} from '../src/node/name-sources.js'
import {buildCheck, type Finding} from '../src/check/report.js'
import {createGlossary, type Glossary} from '../src/glossary/create.js'
import type {GlossaryResources} from '../src/glossary/types.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {type Article, analyzeArticle} from '../src/article/analyze.js'

const root = join(import.meta.dirname, '..')
let glossary: Glossary

beforeAll(async () => {
  glossary = await loadGlossary(join(root, 'glossary'))
})

/** One way to break a translation, and the rule that must find it. */
interface Break {
  rule: string
  find: string
  replace: string
}

/** Per article, one break for each rule a text change can cause. */
const breaks: Record<string, Break[]> = {
  'h200-exports': [
    {rule: 'term-missing', find: 'had used window guidance to urge', replace: 'had used informal pressure to urge'},
    {
      rule: 'term-forbidden',
      find: 'the Cyberspace Administration of China summoned Nvidia',
      replace: 'the Internet Information Office summoned Nvidia'
    },
    {rule: 'dnt-altered', find: 'strength of the CUDA software', replace: 'strength of the Cuda software'},
    {rule: 'model-mismatch', find: 'far exceeds that of the H20,', replace: 'far exceeds that of the H200,'},
    {rule: 'number-mismatch', find: 'charges of about $5.5 billion', replace: 'charges of about $55 billion'},
    {rule: 'number-mismatch', find: 'In April 2025, the US government notified', replace: 'In April 2024, the US government notified'},
    {rule: 'number-mismatch', find: 'Behind a 25% Revenue Share', replace: 'Behind a 15% Revenue Share'},
    {rule: 'term-inconsistent', find: 'legal basis of the revenue share has', replace: 'legal basis of the revenue sharing has'},
    {rule: 'untranslated', find: 'However, the Chinese response was lukewarm.', replace: 'However, the 中方 response was lukewarm.'},
    {
      rule: 'alignment',
      find: 'Hygon has taken a different route: its Shensuan series DCU uses a GPGPU architecture and is compatible with a CUDA-like programming environment, making it easy for users to migrate existing code. Hygon was likewise added to the Entity List in 2019.\n\n',
      replace: ''
    }
  ],
  'hopper-blackwell-explainer': [
    {rule: 'term-missing', find: 'a problem at any link in the whole supply chain', replace: 'a problem at any link in the whole chain'},
    {
      rule: 'term-forbidden',
      find: 'has often not been the wafers themselves',
      replace: 'has often not been the crystal circles themselves'
    },
    {
      rule: 'dnt-altered',
      find: 'Most AI research code is developed and tested on CUDA',
      replace: 'Most AI research code is developed and tested on Cuda'
    },
    {rule: 'model-mismatch', find: 'the A100 offers 19.5 TFLOPS', replace: 'the A800 offers 19.5 TFLOPS'},
    {rule: 'number-mismatch', find: 'integrates about 80 billion transistors', replace: 'integrates about 8 billion transistors'},
    {rule: 'number-mismatch', find: 'released in March 2024', replace: 'released in May 2024'},
    {rule: 'term-inconsistent', find: 'has upgraded computing power, memory', replace: 'has upgraded compute, memory'},
    {rule: 'untranslated', find: 'the so-called "memory wall"', replace: 'the so-called "内存墙"'},
    {rule: 'alignment', find: '### H200: Bigger and Faster Memory\n\n', replace: ''}
  ],
  'taiwan-supply-chain': [
    {
      rule: 'term-missing',
      find: 'reportedly used window guidance to discourage',
      replace: 'reportedly used informal guidance to discourage'
    },
    {rule: 'term-forbidden', find: 'with its gross margin reaching 59.5%', replace: 'with its hair profit rate reaching 59.5%'},
    {rule: 'dnt-altered', find: "Almost all of Nvidia's data center GPUs", replace: "Almost all of NVidia's data center GPUs"},
    {rule: 'model-mismatch', find: 'took apart a Huawei Ascend 910B', replace: 'took apart a Huawei Ascend 910C'},
    {rule: 'number-mismatch', find: 'to a total of $165 billion', replace: 'to a total of $16.5 billion'},
    {rule: 'number-mismatch', find: 'reaching 59.5% in Q3 2025', replace: 'reaching 59.5% in Q2 2025'},
    {
      rule: 'term-inconsistent',
      find: 'Whether the revenue share model will be extended',
      replace: 'Whether the revenue-sharing model will be extended'
    },
    {rule: 'untranslated', find: 'However, China was not appreciative.', replace: 'However, China was not 領情.'},
    {rule: 'alignment', find: '- Whether the revenue share model will be extended to other chips and other companies;\n', replace: ''}
  ]
}

/** Each article analysed once per glossary: the checks read it and leave it as it is. */
const analysed = new Map<string, Promise<Article>>()

/** Check an article against a translation text. */
async function check(name: string, translation: string, checkGlossary = glossary, lang = 'en'): Promise<Finding[]> {
  const key = `${name} ${checkGlossary === glossary ? 'ours' : lang}`
  const known = analysed.get(key)
  const analysing =
    known ??
    analyzeArticle(readFileSync(join(root, 'articles', `${name}.md`), 'utf8'), {glossary: checkGlossary, path: `articles/${name}.md`})
  analysed.set(key, analysing)
  const source = await analysing
  const target = await analyzeArticle(translation, {glossary: checkGlossary, path: `articles/${name}.en.md`})
  return buildCheck(source, checkGlossary, {lang, translation: target, names: nameSources()}).report.findings
}

/** The 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length
}

describe('check on our articles', () => {
  for (const [name, list] of Object.entries(breaks)) {
    const translation = readFileSync(join(root, 'articles', `${name}.en.md`), 'utf8')

    it(`${name}: should find nothing in the correct translation`, async () => {
      expect(await check(name, translation)).toEqual([])
    })

    for (const item of list) {
      it(`${name}: should find a ${item.rule} break at its line`, async () => {
        const at = translation.indexOf(item.find)
        expect(at, `the text to break is in ${name}.en.md`).toBeGreaterThanOrEqual(0)
        const broken = translation.slice(0, at) + item.replace + translation.slice(at + item.find.length)
        const findings = await check(name, broken)
        const line = lineAt(broken, at)
        const found = findings.filter((finding) => finding.rule === item.rule)
        expect(found.length, JSON.stringify(findings)).toBeGreaterThan(0)
        if (item.rule !== 'alignment') expect(found.map((finding) => finding.target?.line)).toContain(line)
        expect(
          findings.filter((finding) => finding.rule !== item.rule && finding.rule !== 'alignment' && finding.severity === 'error').length,
          JSON.stringify(findings)
        ).toBeLessThanOrEqual(1)
      })
    }
  }

  it('should say gloss-missing for entries the translation language lacks', async () => {
    const read = (lang: string): unknown => JSON.parse(readFileSync(join(root, 'glossary', lang, 'terms.json'), 'utf8'))
    const resources = {
      zh: read('zh'),
      en: read('en'),
      de: {terms: {nvidia: {gloss: 'Nvidia', note: 'US-amerikanischer Chipentwickler.'}}}
    } as GlossaryResources
    resources.zh = {terms: read('zh') as GlossaryResources['zh']['terms']}
    resources['en'] = {terms: read('en') as Record<string, unknown>}
    const german = createGlossary(resources)
    const translation = readFileSync(join(root, 'articles', 'h200-exports.en.md'), 'utf8')
    const findings = await check('h200-exports', translation, german, 'de')
    const missing = findings.filter((finding) => finding.rule === 'gloss-missing')
    expect(missing.map((finding) => finding.term)).toContain('h200')
    expect(missing.map((finding) => finding.term)).not.toContain('nvidia')
    expect(missing.every((finding) => finding.severity === 'warning' && finding.source !== undefined)).toBe(true)
  })
})
