/**
 * `check` on translators' files from the command line, and the CSV and
 * SARIF reports.
 */
import {cp, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {formatCsv} from '../src/render/report/csv.js'
import {formatSarif} from '../src/render/report/sarif.js'
import type {Report} from '../src/check/report.js'
import {runCli, tempProject} from './support/cli-io.js'

const inputs = join(import.meta.dirname, 'fixtures', 'check-inputs')

const report: Report = {
  source: 'a.md',
  translation: 'a.en.md',
  terms: [],
  candidates: [],
  findings: [
    {
      id: 'number-mismatch-abc1234',
      rule: 'number-mismatch',
      severity: 'error',
      source: {line: 1, column: 3},
      target: {line: 2, column: 5},
      message: 'write "18 billion", not 1.8'
    },
    {rule: 'term-missing', severity: 'warning', term: 'wafer', source: {line: 4, column: 1}, message: '=SUM(A1) looks like a formula'}
  ]
}

describe('check reports and inputs', () => {
  it('should write CSV for Excel: byte-order mark, CRLF, quoted cells, no formulas', () => {
    const csv = formatCsv(report)
    expect(csv.startsWith('\ufeffid,rule,severity,')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(4)
    expect(csv).toContain('number-mismatch-abc1234,number-mismatch,error,,,a.md,1,3,a.en.md,2,5,"write ""18 billion"", not 1.8"')
    expect(csv).toContain(",'=SUM(A1) looks like a formula")
  })

  it('should write SARIF 2.1.0 with one located result per finding', () => {
    const sarif = JSON.parse(formatSarif(report, '1.2.3')) as {
      version: string
      runs: Array<{tool: {driver: {name: string}}; results: Array<Record<string, unknown>>}>
    }
    expect(sarif.version).toBe('2.1.0')
    const [run] = sarif.runs
    expect(run?.tool.driver.name).toBe('zhgloss')
    expect(run?.results).toHaveLength(2)
    expect(run?.results[0]).toMatchObject({
      ruleId: 'number-mismatch',
      level: 'error',
      locations: [{physicalLocation: {artifactLocation: {uri: 'a.en.md'}, region: {startLine: 2, startColumn: 5}}}],
      partialFingerprints: {'zhglossFinding/v1': 'number-mismatch-abc1234'}
    })
    expect(run?.results[1]).toMatchObject({
      level: 'warning',
      locations: [{physicalLocation: {artifactLocation: {uri: 'a.md'}, region: {startLine: 4}}}]
    })
  })

  it('should check a TMX file given alone and place the finding in it', async () => {
    const cwd = await tempProject()
    await cp(join(inputs, 'sample.tmx'), join(cwd, 'memory.tmx'))
    const result = await runCli(['check', 'memory.tmx', '--format', 'json'], {cwd})
    expect(result.code).toBe(1)
    const json = JSON.parse(result.stdout) as {findings: Array<{rule: string; segment: string; target: {line: number; column: number}}>}
    expect(json.findings).toEqual([expect.objectContaining({rule: 'number-mismatch', segment: '1', target: {line: 7, column: 59}})])
  })

  it('should name the file and place of XML it cannot read, and exit 2', async () => {
    const cwd = await tempProject()
    await writeFile(join(cwd, 'broken.xlf'), '<xliff version="1.2"><file>\n')
    const result = await runCli(['check', 'broken.xlf'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^broken\.xlf:\d+:\d+: not well-formed XML .*fix the file/m)
  })

  it('should turn a rule off from the command line', async () => {
    const cwd = await tempProject()
    await cp(join(inputs, 'sample.tmx'), join(cwd, 'memory.tmx'))
    const result = await runCli(['check', 'memory.tmx', '--rule', 'number-mismatch=off'], {cwd})
    expect(result.code).toBe(0)
    expect((await runCli(['check', 'memory.tmx', '--rule', 'number-mismatch=loud'], {cwd})).code).toBe(2)
  })

  it('should check every pair of a folder and print a summary', async () => {
    const cwd = await tempProject()
    await cp(join(inputs, 'sample.tmx'), join(cwd, 'articles', 'memory.tmx'))
    const result = await runCli(['check', 'articles'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^articles\/memory\.tmx:7:59: error number-mismatch: /m)
    expect(result.stdout).toMatch(/^ {2}articles\/h200-exports\.en\.md: 0 errors, 0 warnings$/m)
    expect(result.stdout).toMatch(/^ {2}4 pairs: 1 error, 0 warnings$/m)
    const json = JSON.parse((await runCli(['check', 'articles', '--format', 'json'], {cwd})).stdout) as {summary: unknown}
    expect(json.summary).toEqual({pairs: 4, errors: 1, warnings: 0})
  })
})
