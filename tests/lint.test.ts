/**
 * `glossary lint`: errors from loading, warnings for missing glosses,
 * pinyin that pinyin-pro reads otherwise, and, with articles, entries never
 * used and candidates never glossed.
 */
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createGlossary} from '../src/glossary/create.js'
import type {GlossaryResources} from '../src/glossary/types.js'
import {comparablePinyin, lintGlossary} from '../src/lint/lint.js'
import {analyzeArticle} from '../src/article/analyze.js'
import {findCandidates} from '../src/article/candidates.js'
import {runCli, tempProject} from './support/cli-io.js'

/** A small glossary with one entry per case. */
function smallGlossary(pinyin: string): ReturnType<typeof createGlossary> {
  const resources: GlossaryResources = {
    zh: {
      terms: {
        nvidia: {forms: ['英伟达'], pinyin, category: 'company'},
        tsmc: {forms: ['台积电'], pinyin: 'Táijīdiàn', category: 'company'}
      }
    },
    en: {terms: {nvidia: {gloss: 'Nvidia', note: 'A chip designer.'}, tsmc: {gloss: 'TSMC', note: 'A foundry.'}}},
    de: {terms: {nvidia: {gloss: 'Nvidia', note: 'Ein Chipentwickler.'}}}
  }
  return createGlossary(resources)
}

describe('lintGlossary', () => {
  it('should compare pinyin without case, spaces or apostrophes', () => {
    expect(comparablePinyin('Yīng wěi Dá')).toBe(comparablePinyin('yīngwěidá'))
    expect(comparablePinyin("Xī'ān")).toBe(comparablePinyin('xī ān'))
    expect(comparablePinyin('Yīngwěidà')).not.toBe(comparablePinyin('yīngwěidá'))
  })

  it('should not compare the pinyin an entry gives on purpose unless the rule is switched on', () => {
    const glossary = createGlossary({
      zh: {terms: {huawei: {forms: ['华为'], pinyin: 'Huáwéi', category: 'company'}}},
      en: {terms: {huawei: {gloss: 'Huawei'}}}
    })
    expect(lintGlossary(glossary)).toEqual([])
    expect(lintGlossary(smallGlossary('Yīngwěidà')).filter((problem) => problem.rule === 'pinyin-differs')).toEqual([])
  })

  it('should drop a rule switched off and give a rule the severity asked for', () => {
    const problems = lintGlossary(smallGlossary('Yīngwěidá'), {rules: {'gloss-language-missing': 'error'}})
    expect(problems.map((problem) => `${problem.rule} ${problem.severity}`)).toEqual(['gloss-language-missing error'])
    expect(lintGlossary(smallGlossary('Yīngwěidá'), {rules: {'gloss-language-missing': 'off'}})).toEqual([])
  })

  it('should warn, when switched on, where the pinyin differs from pinyin-pro, and not when only the writing differs', () => {
    const rules = (pinyin: string): string[] =>
      lintGlossary(smallGlossary(pinyin), {rules: {'pinyin-differs': 'warning'}})
        .filter((problem) => problem.rule === 'pinyin-differs')
        .map((problem) => problem.entry ?? '')
    expect(rules('Yīngwěidà')).toEqual(['nvidia'])
    expect(rules('Yīng wěi dá')).toEqual([])
  })

  it('should warn about entries with no gloss in a language', () => {
    const missing = lintGlossary(smallGlossary('Yīngwěidá')).filter((problem) => problem.rule === 'gloss-language-missing')
    expect(missing.map((problem) => `${problem.file} ${problem.entry ?? ''}`)).toEqual(['de/terms.json tsmc'])
    expect(missing[0]?.severity).toBe('warning')
  })

  it('should name entries no article uses and candidates no entry glosses, with their places', async () => {
    const glossary = smallGlossary('Yīngwěidá')
    const article = await analyzeArticle('# 标题\n\n英伟达发布了《芯片报告》，其中提到CoWoS。\n', {glossary, path: 'a.md'})
    const problems = lintGlossary(glossary, {articles: [article]})
    const unused = problems.filter((problem) => problem.rule === 'entry-unused')
    expect(unused.map((problem) => problem.message)).toEqual([
      '1 entry is used in none of the 1 article (tsmc); keep them for future articles or remove them'
    ])
    const candidates = problems
      .filter((problem) => problem.rule === 'candidate-unglossed')
      .map((problem) => `${problem.line ?? 0}:${problem.column ?? 0} ${problem.message.split(' ')[0] ?? ''}`)
    expect(candidates).toEqual(['3:8 "芯片报告"', '3:18 "CoWoS"'])
  })

  it('should take a name’s model number with it, but not a quantity or a year', async () => {
    const glossary = smallGlossary('Yīngwěidá')
    const article = await analyzeArticle('华为推出CloudMatrix 384超节点，Atlas 2025年上市，MI308X 192GB内存。\n', {glossary, path: 'a.md'})
    expect(findCandidates(article.mdast, article.markdown, glossary).map((candidate) => candidate.text)).toEqual([
      'CloudMatrix 384',
      'Atlas',
      'MI308X'
    ])
  })
})

describe('zhgloss glossary lint', () => {
  it('should exit 0 on our glossary and print a summary', async () => {
    const cwd = await tempProject()
    const result = await runCli(['glossary', 'lint', 'articles/h200-exports.md'], {cwd})
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^glossary: \d+ entries, .* against 1 article$/m)
  })

  it('should read an article from standard input when it is -', async () => {
    const cwd = await tempProject()
    const stdin = await readFile(join(cwd, 'articles', 'h200-exports.md'), 'utf8')
    const result = await runCli(['glossary', 'lint', '-'], {cwd, stdin})
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/against 1 article$/m)
    expect(result.stderr).toContain('<stdin>:')
  })

  it('should skip translations named among the articles, saying so', async () => {
    const cwd = await tempProject()
    const result = await runCli(['glossary', 'lint', 'articles/h200-exports.md', 'articles/h200-exports.en.md'], {cwd})
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('Skipped 1 translation, each read with its article: articles/h200-exports.en.md')
    expect(result.stdout).toMatch(/against 1 article$/m)
  })

  it('should exit 1 on a form claimed by two entries and on a schema error, with the place', async () => {
    const cwd = await tempProject()
    const file = join(cwd, 'glossary', 'zh', 'terms.json')
    const zh = JSON.parse(await readFile(file, 'utf8')) as Record<string, {forms: string[]; category: string}>
    zh['huawei']?.forms.push('英伟达')
    if (zh['tsmc']) zh['tsmc'].category = 'foundry'
    await writeFile(file, `${JSON.stringify(zh, null, 2)}\n`)
    const result = await runCli(['glossary', 'lint'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/glossary\/zh\/terms\.json:\d+:\d+: .*tsmc.*category/)
    if (zh['tsmc']) zh['tsmc'].category = 'company'
    await writeFile(file, `${JSON.stringify(zh, null, 2)}\n`)
    const duplicate = await runCli(['glossary', 'lint'], {cwd})
    expect(duplicate.code).toBe(1)
    expect(duplicate.stderr).toMatch(/glossary\/zh\/terms\.json:\d+:\d+: .*"英伟达" is also a form of entry "nvidia"/)
  })

  it('should print one line for the entries an article does not use, take rule switches from the configuration, and be quiet with --quiet', async () => {
    const cwd = await tempProject()
    const loud = await runCli(['glossary', 'lint', 'articles/h200-exports.md'], {cwd})
    expect(loud.stderr.split('\n').filter((line) => line.includes('entry-unused'))).toHaveLength(1)
    await writeFile(join(cwd, 'zhgloss.config.json'), JSON.stringify({rules: {'entry-unused': 'off', 'candidate-unglossed': 'off'}}))
    const switched = await runCli(['glossary', 'lint', 'articles/h200-exports.md'], {cwd})
    expect(switched.stderr).toBe('')
    expect(switched.stdout).toMatch(/no warnings against 1 article$/m)
    await writeFile(join(cwd, 'zhgloss.config.json'), '{}')
    const quiet = await runCli(['glossary', 'lint', 'articles/h200-exports.md', '--quiet'], {cwd})
    expect(quiet).toMatchObject({code: 0, stdout: '', stderr: ''})
  })

  it('should lint the articles of a folder, with the report as JSON', async () => {
    const cwd = await tempProject()
    const result = await runCli(['glossary', 'lint', 'articles', '--messages', 'json'], {cwd})
    expect(result.stdout).toMatch(/against 3 articles$/m)
    const report = JSON.parse(result.stderr.slice(result.stderr.indexOf('['))) as Array<{path: string}>
    expect(report.map((file) => file.path)).toContain('articles/h200-exports.md')
  })
})
