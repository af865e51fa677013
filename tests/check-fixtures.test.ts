import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {nameSources} from '../src/node/name-sources.js'
import {buildCheck, type Finding} from '../src/check/report.js'
import type {Glossary} from '../src/glossary/create.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {analyzeArticle} from '../src/article/analyze.js'

/** What a fixture says about the findings of its pair. */
interface Expected {
  description: string
  /** Findings that must be there (every field given must agree). */
  must?: Array<Partial<Finding>>
  /** Findings that must not be there. */
  mustNot?: Array<Partial<Finding>>
  /** The exact number of findings, where given. */
  count?: number
}

const root = join(import.meta.dirname, 'fixtures', 'check')
const names = readdirSync(root).sort()
let glossary: Glossary

beforeAll(async () => {
  glossary = await loadGlossary(join(import.meta.dirname, '..', 'glossary'))
})

/** Whether a finding agrees with every field of a pattern. */
function agrees(finding: Finding, pattern: Partial<Finding>): boolean {
  return Object.entries(pattern).every(([key, value]) => JSON.stringify(finding[key as keyof Finding]) === JSON.stringify(value))
}

/** Run the check on one fixture pair. */
async function findingsOf(name: string): Promise<Finding[]> {
  const read = (file: string): string => readFileSync(join(root, name, file), 'utf8')
  const source = await analyzeArticle(read('source.md'), {glossary, path: 'source.md'})
  const translation = await analyzeArticle(read('target.md'), {glossary, path: 'target.md'})
  return buildCheck(source, glossary, {translation, names: nameSources()}).report.findings
}

describe('check fixtures', () => {
  it('should have fixtures to run', () => {
    expect(names.length).toBeGreaterThan(10)
  })

  for (const name of names) {
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected
    it(`${name}: should ${expected.description}`, async () => {
      const findings = await findingsOf(name)
      for (const pattern of expected.must ?? []) {
        expect(
          findings.some((finding) => agrees(finding, pattern)),
          `expected ${JSON.stringify(pattern)} among ${JSON.stringify(findings, null, 1)}`
        ).toBe(true)
      }
      for (const pattern of expected.mustNot ?? []) {
        expect(findings.filter((finding) => agrees(finding, pattern))).toEqual([])
      }
      if (expected.count !== undefined) expect(findings).toHaveLength(expected.count)
    })
  }
})
