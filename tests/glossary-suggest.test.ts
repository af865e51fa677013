import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {isWorthGlossing} from '../src/dictionary/suggest.js'
import {joinSyllables} from '../src/cli/commands/glossary-suggest.js'
import {runCli, tempProject} from './support/cli-io.js'

/** A project with two small articles of our own that share a domain word and a model name. */
async function project(): Promise<string> {
  const folder = await tempProject()
  await mkdir(join(folder, 'drafts'))
  await writeFile(join(folder, 'drafts', 'one.md'), '# 显存\n\n这款显卡的显存更大，显存带宽也更高。我们认为MLU590和显存都很重要。\n')
  await writeFile(join(folder, 'drafts', 'two.md'), '# 测试\n\n新产品的显存翻倍，MLU590随后上市。我们在这里。\n')
  await writeFile(join(folder, 'drafts', 'two.en.md'), '# Test\n\nA translation, never read for suggestions.\n')
  return folder
}

describe('glossary suggest', () => {
  it('should propose domain words and model names the glossary lacks, with drafts, and no everyday words', async () => {
    const cwd = await project()
    const {code, stdout, stderr} = await runCli(['glossary', 'suggest', 'drafts', '--new-only'], {cwd})
    expect(code).toBe(0)
    expect(stderr).toMatch(/entries proposed from 2 articles/)
    const lines = stdout.trim().split(/\r?\n/)
    expect(lines[0]).toMatch(/^id,lang,term,status,pinyin/)
    expect(lines[1]).toMatch(/^xian-cun,zh,显存,preferred,xiǎncún,,concept,/)
    expect(stdout).toMatch(/^xian-cun,en,graphics memory,preferred,.*seen 5 times in 2 articles/m)
    expect(stdout).toMatch(/^mlu590,zh,MLU590,preferred,/m)
    expect(stdout).not.toMatch(/,我们,|,重要,|,显卡,|,带宽,/)
  })

  it('should write the whole glossary with the proposals, which glossary import reads back', async () => {
    const cwd = await project()
    const before = Object.keys(JSON.parse(await readFile(join(cwd, 'glossary/zh/terms.json'), 'utf8'))).length
    expect((await runCli(['glossary', 'suggest', 'drafts/one.md', 'drafts/two.md', '--out', 'proposed.csv'], {cwd})).code).toBe(0)
    const imported = await runCli(['glossary', 'import', 'proposed.csv', '--from', 'csv'], {cwd})
    expect(imported.stderr).toBe('')
    expect(imported.code).toBe(0)
    const after = JSON.parse(await readFile(join(cwd, 'glossary/zh/terms.json'), 'utf8'))
    expect(Object.keys(after).length).toBeGreaterThan(before)
    expect(after['xian-cun']).toEqual({forms: ['显存'], pinyin: 'xiǎncún', category: 'concept'})
    expect((await runCli(['glossary', 'lint'], {cwd})).code).toBe(0)
  })

  it('should refuse to write inside the glossary folder, naming both paths', async () => {
    const cwd = await project()
    const {code, stderr} = await runCli(['glossary', 'suggest', 'drafts', '--out', 'glossary/zh/new.csv'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toContain('glossary/zh/new.csv')
    expect(stderr).toContain('(glossary)')
  })

  it('should refuse a threshold that is not a whole number, and a missing article', async () => {
    const cwd = await project()
    expect((await runCli(['glossary', 'suggest', 'drafts', '--min', 'two'], {cwd})).stderr).toMatch(/--min takes a whole number/)
    const missing = await runCli(['glossary', 'suggest', 'nowhere.md'], {cwd})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/nowhere\.md: no such file/)
  })

  it('should tell names from words and write pinyin the glossary way', () => {
    expect(['H200', 'CoWoS', 'HBM', 'the', 'GB', 'nm', 'Q3', 'A'].map(isWorthGlossing)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false
    ])
    expect(joinSyllables('xī ān')).toBe("xī'ān")
    expect(joinSyllables('gāo dài kuān')).toBe('gāodàikuān')
  })
})
