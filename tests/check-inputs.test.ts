/**
 * Translators' files: XLIFF 1.2 and 2.0, TMX and bilingual tables read into
 * segment pairs, checked, and findings placed at their segments in the file.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Glossary} from '../src/glossary/create.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {checkSegments, readSegments, SegmentFileError, segmentFormatOf} from '../src/check/segments.js'
import {formatText} from '../src/render/report/text.js'

const root = join(import.meta.dirname, 'fixtures', 'check-inputs')
let glossary: Glossary

beforeAll(async () => {
  glossary = await loadGlossary(join(import.meta.dirname, '..', 'glossary'))
})

/** Check one sample file. */
async function check(name: string) {
  const format = segmentFormatOf(name)
  if (!format) throw new Error(`no format for ${name}`)
  return (await checkSegments(readFileSync(join(root, name), 'utf8'), name, glossary, {format})).report.findings
}

describe('bilingual file inputs', () => {
  it('should read XLIFF 1.2 units, keeping inline markup text and leaving codes and alternatives out', () => {
    const pairs = readSegments(readFileSync(join(root, 'sample-1.2.xlf'), 'utf8'), 'xliff')
    expect(pairs.map((pair) => [pair.id, pair.source.text, pair.target.text])).toEqual([
      ['p1', '英伟达在2025年发布了H20。', 'Nvidia released the H200 in 2025.'],
      ['p2', '台积电的毛利率为59.5%。', "TSMC's gross margin was 59.5%."]
    ])
  })

  it('should read XLIFF 2.0 segments as unit/segment', () => {
    const pairs = readSegments(readFileSync(join(root, 'sample-2.0.xlf'), 'utf8'), 'xliff')
    expect(pairs.map((pair) => pair.id)).toEqual(['u1/s1', 'u1/s2', 'u2'])
    expect(pairs[2]?.source.text).toBe('华为推出了昇腾芯片。')
  })

  it('should place an XLIFF finding at its word in the file, with the segment id', async () => {
    const findings = await check('sample-1.2.xlf')
    expect(findings).toEqual([
      expect.objectContaining({rule: 'model-mismatch', segment: 'p1', source: {line: 6, column: 43}, target: {line: 7, column: 47}})
    ])
  })

  it('should place terms at their words in the file with their segment, and say the segment in the text report', async () => {
    const result = await checkSegments(readFileSync(join(root, 'sample-1.2.xlf'), 'utf8'), 'sample-1.2.xlf', glossary, {format: 'xliff'})
    const tsmc = result.report.terms.find((term) => term.id === 'tsmc')
    expect(tsmc?.occurrences).toEqual([{text: '台积电', line: 11, column: 17, segment: 'p2'}])
    const text = formatText(result.report)
    expect(text).toContain('台积电 11:17 (p2)')
    expect(text).toContain('sample-1.2.xlf:7:47: error model-mismatch')
    expect(text).toContain('[segment p1]')
  })

  it('should find a wrong magnitude in an XLIFF 2.0 segment', async () => {
    const findings = await check('sample-2.0.xlf')
    expect(findings).toEqual([
      expect.objectContaining({rule: 'number-mismatch', segment: 'u1/s1', source: {line: 6, column: 23}, target: {line: 7, column: 38}})
    ])
  })

  it('should read TMX by language and find a shifted date in characters', async () => {
    const findings = await check('sample.tmx')
    expect(findings).toEqual([
      expect.objectContaining({rule: 'number-mismatch', segment: '1', source: {line: 6, column: 38}, target: {line: 7, column: 59}})
    ])
  })

  it('should read TSV and CSV rows, quoted cells included', async () => {
    expect(await check('sample.tsv')).toEqual([
      expect.objectContaining({rule: 'number-mismatch', segment: 'a1', target: {line: 2, column: 31}})
    ])
    expect(await check('sample.csv')).toEqual([])
    const pairs = readSegments(readFileSync(join(root, 'sample.csv'), 'utf8'), 'csv')
    expect(pairs[1]?.target.text).toBe('TSMC manufactures, and Huawei designs the chips.')
  })

  it('should name the place and the fix for a file it cannot read', () => {
    expect(() => readSegments('<xliff version="1.2"><file>', 'xliff')).toThrow(SegmentFileError)
    expect(() => readSegments('<tmx><body><tu><tuv xml:lang="zh"><seg>你好</seg></tuv></tu></body></tmx>', 'tmx')).toThrow(/lacks a target/)
    expect(() => readSegments('a\tb\nc\n', 'tsv')).toThrow(/row 2 has 1 column/)
  })
})
