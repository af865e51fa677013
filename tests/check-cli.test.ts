/**
 * `zhgloss check` as a translation team runs it in CI: formats, exit codes,
 * the contract's JSON shape.
 */
import {cp, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, tempProject} from './support/cli-io.js'
import {htmlParseErrors} from './support/text.js'

const fixtures = join(import.meta.dirname, 'fixtures', 'check')

/** A project with one fixture pair copied in as source.md and target.md. */
async function withFixture(name: string): Promise<string> {
  const cwd = await tempProject()
  await cp(join(fixtures, name, 'source.md'), join(cwd, 'source.md'))
  await cp(join(fixtures, name, 'target.md'), join(cwd, 'target.md'))
  return cwd
}

describe('zhgloss check', () => {
  it('should exit 0 and say so when the translation is correct', async () => {
    const cwd = await tempProject()
    const result = await runCli(['check', 'articles/h200-exports.md', '--translation', 'articles/h200-exports.en.md'], {cwd})
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Findings against articles\/h200-exports\.en\.md: 0 errors, 0 warnings$/m)
  })

  it("should exit 1 on an error finding and print it with the translation's place", async () => {
    const cwd = await withFixture('magnitudes-wrong')
    const result = await runCli(['check', 'source.md', '-t', 'target.md'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^ {2}target\.md:1:24: error number-mismatch: .*18 billion.*\(source 1:8\)$/m)
  })

  it('should exit 0 on warnings only, and 1 with --strict', async () => {
    const cwd = await withFixture('inconsistent')
    expect((await runCli(['check', 'source.md', '-t', 'target.md'], {cwd})).code).toBe(0)
    expect((await runCli(['check', 'source.md', '-t', 'target.md', '--strict'], {cwd})).code).toBe(1)
  })

  it('should exit 2 when an article cannot be read', async () => {
    const cwd = await tempProject()
    const result = await runCli(['check', 'articles/h200-exports.md', '-t', 'missing.en.md'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/missing\.en\.md/)
  })

  it('should read the source from standard input when it is -', async () => {
    const cwd = await tempProject()
    const stdin = await readFile(join(cwd, 'articles', 'h200-exports.md'), 'utf8')
    const result = await runCli(['check', '-', '-t', 'articles/h200-exports.en.md', '--format', 'json'], {cwd, stdin})
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as {source: string; terms: unknown[]; findings: unknown[]}
    expect(report.source).toBe('<stdin>')
    expect(report.terms.length).toBeGreaterThan(30)
    expect(report.findings).toEqual([])
  })

  it('should refuse standard input for both source and translation', async () => {
    const cwd = await tempProject()
    const result = await runCli(['check', '-', '-t', '-'], {cwd, stdin: ''})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('only one of SOURCE.md and --translation')
  })

  it("should print JSON in the contract's shape", async () => {
    const cwd = await withFixture('model-swapped')
    const result = await runCli(['check', 'source.md', '-t', 'target.md', '--format', 'json'], {cwd})
    const report = JSON.parse(result.stdout) as Record<string, unknown>
    expect(Object.keys(report)).toEqual(['source', 'translation', 'terms', 'candidates', 'findings'])
    expect(report['source']).toBe('source.md')
    expect(report['translation']).toBe('target.md')
    expect(report['terms']).toContainEqual(
      expect.objectContaining({id: 'nvidia', gloss: 'Nvidia', occurrences: [{text: '英伟达', line: 1, column: 1}]})
    )
    expect(report['findings']).toEqual([
      {
        id: expect.stringMatching(/^model-mismatch-[0-9a-z]{7}$/),
        rule: 'model-mismatch',
        severity: 'error',
        term: 'h20',
        source: {line: 1, column: 11},
        target: {line: 1, column: 14},
        message: expect.stringContaining('"H200"')
      }
    ])
  })

  it('should print the terminology report without a translation, and no findings', async () => {
    const cwd = await tempProject()
    const result = await runCli(['check', 'articles/h200-exports.md', '--format', 'json'], {cwd})
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as {translation?: string; candidates: Array<{text: string}>; findings: unknown[]}
    expect(report.translation).toBeUndefined()
    expect(report.findings).toEqual([])
    expect(report.candidates.map((candidate) => candidate.text)).toEqual(expect.arrayContaining(['思元590', 'CloudMatrix 384']))
  })

  it('should write TSV with one row per occurrence, candidate and finding', async () => {
    const cwd = await withFixture('forbidden')
    const result = await runCli(['check', 'source.md', '-t', 'target.md', '--format', 'tsv'], {cwd})
    const rows = result.stdout
      .trimEnd()
      .split('\n')
      .map((row) => row.split('\t'))
    expect(rows[0]).toEqual([
      'kind',
      'id',
      'text',
      'rendering',
      'severity',
      'source_line',
      'source_column',
      'target_line',
      'target_column',
      'message'
    ])
    expect(rows).toContainEqual(['term', 'computing-power', '算力', 'computing power', '', '1', '4', '', '', ''])
    expect(rows.find((row) => row[0] === 'finding')?.slice(0, 9)).toEqual([
      'finding',
      'term-forbidden',
      'computing-power',
      '',
      'error',
      '1',
      '4',
      '1',
      '20'
    ])
  })

  it('should write a self-contained html page to --out with the findings marked on the words', async () => {
    const cwd = await withFixture('forbidden')
    const result = await runCli(['check', 'source.md', '-t', 'target.md', '--format', 'html', '--out', 'report.html'], {cwd})
    expect(result.code).toBe(1)
    const html = await readFile(join(cwd, 'report.html'), 'utf8')
    expect(htmlParseErrors(html)).toEqual([])
    expect(html).not.toMatch(/(?:src|href)="https?:/)
    expect(html).toMatch(/<mark class="error" title="term-forbidden: [^"]*" id="target-1">calculation power<\/mark>/)
    expect(html).toMatch(/<span class="term" data-term="computing-power">算力<\/span>/)
  })

  it('should escape article text in the html page', async () => {
    const cwd = await tempProject()
    await writeFile(join(cwd, 'source.md'), '英伟达的<script>alert(1)</script>芯片。\n')
    await writeFile(join(cwd, 'target.md'), "Nvidia's <img src=x onerror=alert(1)> chips.\n")
    const result = await runCli(['check', 'source.md', '-t', 'target.md', '--format', 'html'], {cwd})
    expect(result.stdout).not.toMatch(/<script>alert|<img/)
  })
})
