/**
 * Names beyond the glossary: a name the glossary lacks rendered two ways in
 * one translation (`name-inconsistent`), its id, its rule setting, and the
 * readings of capitalised runs and pinyin it rests on.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {nameSources} from '../src/node/name-sources.js'
import {buildCheck, type SuppressOptions} from '../src/check/report.js'
import type {Glossary} from '../src/glossary/create.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {analyzeArticle} from '../src/article/analyze.js'
import {capitalisedRuns, pinyinKeys, senseNames} from '../src/check/rules/name-runs.js'
import {readNameIndex} from '../src/check/rules/name-absent.js'
import {indexFiles} from '../src/dictionary/files.js'

let glossary: Glossary

beforeAll(async () => {
  glossary = await loadGlossary(join(import.meta.dirname, '..', 'glossary'))
})

const source = '林晓峰创办了一家火箭公司，他说发射将在明年进行。\n\n林晓峰此前在一家研究院工作。\n'
const target =
  'Lin Xiaofeng founded a rocket company and said the launch would take place next year.\n\nSean Lin previously worked at a research institute.\n'

/** The findings of a pair with options. */
async function findings(from: string, to: string, options: SuppressOptions = {}) {
  const article = await analyzeArticle(from, {glossary, path: 'source.md'})
  const translation = await analyzeArticle(to, {glossary, path: 'target.md'})
  return buildCheck(article, glossary, {translation, names: nameSources(), ...options}).report.findings
}

describe('name-inconsistent', () => {
  it('should report the later rendering of a name the glossary lacks, as a warning with a stable id', async () => {
    const first = await findings(source, target)
    expect(first).toEqual([
      expect.objectContaining({rule: 'name-inconsistent', severity: 'warning', source: {line: 3, column: 1}, target: {line: 3, column: 1}})
    ])
    expect(first[0]?.message).toContain('"Sean Lin"')
    expect(first[0]?.message).toContain('"Lin Xiaofeng" at line 1')
    const again = await findings(source, target)
    expect(again[0]?.id).toBe(first[0]?.id)
    expect(first[0]?.id).toMatch(/^name-inconsistent-/)
  })

  it('should run only with the dictionary given (the checks bundle for browsers without it)', async () => {
    const article = await analyzeArticle(source, {glossary, path: 'source.md'})
    const translation = await analyzeArticle(target, {glossary, path: 'target.md'})
    expect(buildCheck(article, glossary, {translation}).report.findings).toEqual([])
  })

  it('should follow --rule like the other rules', async () => {
    expect(await findings(source, target, {rules: {'name-inconsistent': 'off'}})).toEqual([])
    const raised = await findings(source, target, {rules: {'name-inconsistent': 'error'}})
    expect(raised.map((finding) => finding.severity)).toEqual(['error'])
  })

  it('should take a title with a surname (Premier Lin) and the other name order for the same name', async () => {
    expect(await findings(source, target.replace('Sean Lin', 'Founder Lin'))).toEqual([])
    expect(await findings(source, target.replace('Sean Lin', 'Xiaofeng Lin'))).toEqual([])
  })

  it('should take an acronym near the name for no rendering of it (BWI near Baltimore)', async () => {
    expect(await findings(source, target.replace('Sean Lin', 'The LXF chief'))).toEqual([])
  })

  it('should not follow a name no paragraph renders by its pinyin or dictionary sense', async () => {
    expect(await findings(source, target.replace('Lin Xiaofeng', 'Lynn Shaw'))).toEqual([])
  })
})

describe('name readings', () => {
  it('should cut capitalised runs, leaving out sentence starters, titles and glossary renderings', () => {
    const text = 'The founder, Sean Lin, met Premier Li Keqiang and Nvidia in March.'
    const nvidia = text.indexOf('Nvidia')
    const runs = capitalisedRuns(text, [{start: nvidia, end: nvidia + 6}]).map((run) => run.map((word) => word.key).join(' '))
    expect(runs).toEqual(['sean lin', 'li keqiang'])
  })

  it('should write a name in pinyin both ways, and read the names of dictionary senses', () => {
    expect(pinyinKeys(['Huáng', 'rén', 'xūn'])).toEqual(['huangrenxun', 'renxunhuang'])
    expect(senseNames(['Cambrian geological period (541-485.4 million years ago)', 'North Star', 'surname Huang'])).toEqual([
      'cambrian',
      'northstar'
    ])
  })
})

describe('name-absent', () => {
  const from = '据澎湃新闻报道，该公司计划在苏州建厂。\n'
  const to = 'According to Bloomberg, the company plans to build a plant in Suzhou.\n'

  it('should report an outlet the source does not name, and follow --rule', async () => {
    const found = await findings(from, to)
    expect(found).toEqual([
      expect.objectContaining({rule: 'name-absent', severity: 'warning', term: 'bloomberg', target: {line: 1, column: 14}})
    ])
    expect(await findings(from, to, {rules: {'name-absent': 'off'}})).toEqual([])
  })

  it('should take an outlet the source names in any of its forms, or one cited in a dateline', async () => {
    expect(await findings(from.replace('澎湃新闻', '彭博'), to)).toEqual([])
    expect(await findings(from.replace('澎湃新闻', '彭博社'), to.replace('Bloomberg', 'Bloomberg News'))).toEqual([])
    expect(await findings(from, `SHANGHAI, Dec 1 (Bloomberg) - ${to}`.replace('According to Bloomberg', 'According to The Paper'))).toEqual(
      []
    )
  })

  it("should index the dictionary's outlets by name, agencies also without News, and leave other proper nouns out", () => {
    const lines = [
      '彭博社\t彭博社\tPéng bó shè\tBloomberg News\t0\t0',
      '法压壶\t法壓壺\tFǎ yā hú\tFrench press/press pot\t0\t0',
      '商务印书馆\t商務印書館\tShāng wù Yìn shū guǎn\tCommercial Press\t0\t0',
      '朝日新闻\t朝日新聞\tZhāo rì Xīn wén\tAsahi Shimbun (Japanese newspaper)\t0\t0',
      '寒武纪\t寒武紀\tHán wǔ jì\tCambrian geological period\t0\t0'
    ]
    const index = readNameIndex(new TextEncoder().encode(lines.join('\n')))
    expect(index.get('bloomberg')).toEqual(['彭博社', '彭博'])
    expect(index.get('bloombergnews')).toEqual(['彭博社', '彭博'])
    expect(index.get('asahishimbun')).toEqual(['朝日新闻', '朝日新聞'])
    expect(index.get('french')).toBeUndefined()
    expect(index.get('commercial')).toBeUndefined()
    expect(index.get('cambrian')).toBeUndefined()
  })

  it('should read the outlets the build wrote as the index itself gives them', () => {
    expect(nameSources().outlets).toEqual(readNameIndex(readFileSync(indexFiles().data)))
  })
})
