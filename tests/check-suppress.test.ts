/**
 * Suppression: stable finding ids, rule settings, ignore lists and inline
 * comments.
 */
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildCheck, parseRuleSettings, type SuppressOptions} from '../src/check/report.js'
import type {Glossary} from '../src/glossary/create.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {analyzeArticle} from '../src/article/analyze.js'

let glossary: Glossary

beforeAll(async () => {
  glossary = await loadGlossary(join(import.meta.dirname, '..', 'glossary'))
})

const source = '英伟达投资4亿美元。\n\n英伟达在2025年3月发布新品。\n'
const target = 'Nvidia invested $40m.\n\nNvidia launched a product in May 2025.\n'

/** The findings of a pair with options. */
async function findings(from: string, to: string, options: SuppressOptions = {}) {
  const article = await analyzeArticle(from, {glossary, path: 'source.md'})
  const translation = await analyzeArticle(to, {glossary, path: 'target.md'})
  return buildCheck(article, glossary, {translation, ...options}).report.findings
}

describe('suppression', () => {
  it('should give every finding an id that the same inputs give again', async () => {
    const first = await findings(source, target)
    const second = await findings(source, target)
    expect(first.length).toBe(2)
    expect(first.map((finding) => finding.id)).toEqual(second.map((finding) => finding.id))
    expect(new Set(first.map((finding) => finding.id)).size).toBe(2)
  })

  it('should keep an id when lines are added before the finding', async () => {
    const [before] = await findings(source, target)
    const after = await findings(`# 标题\n\n${source}`, `# Title\n\n${target}`)
    expect(after.map((finding) => finding.id)).toContain(before?.id)
  })

  it('should turn a rule off or change its severity', async () => {
    expect(await findings(source, target, {rules: {'number-mismatch': 'off'}})).toEqual([])
    const warned = await findings(source, target, {rules: {'number-mismatch': 'warning'}})
    expect(warned.map((finding) => finding.severity)).toEqual(['warning', 'warning'])
  })

  it('should leave out findings by id, rule, term and text', async () => {
    const all = await findings(source, target)
    const [first] = all
    expect(await findings(source, target, {ignore: [{id: first?.id ?? ''}]})).toHaveLength(1)
    expect(await findings(source, target, {ignore: [{rule: 'number-mismatch'}]})).toHaveLength(0)
    expect(await findings(source, target, {ignore: [{text: 'May 2025'}]})).toHaveLength(1)
    expect(await findings(source, target, {ignore: [{term: 'nvidia'}]})).toHaveLength(2)
  })

  it('should obey inline zhgloss-ignore comments for the block after them', async () => {
    const commented = `Nvidia invested $40m.\n\n<!-- zhgloss-ignore number-mismatch -->\nNvidia launched a product in May 2025.\n`
    const kept = await findings(source, commented)
    expect(kept).toHaveLength(1)
    expect(kept[0]?.target?.line).toBe(1)
    const first = await findings(source, `<!-- zhgloss-ignore -->\n${target}`)
    expect(first.map((finding) => finding.target?.line)).toEqual([4])
  })

  it('should read --rule settings and name a wrong one', () => {
    expect(parseRuleSettings(['term-missing=warning', 'model-mismatch=off'])).toEqual({'term-missing': 'warning', 'model-mismatch': 'off'})
    expect(parseRuleSettings(['term-missing=loud'])).toMatch(/NAME=off/)
  })
})
