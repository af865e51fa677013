/**
 * `zhgloss build` as a user meets it: files written, pipes, progress on a
 * terminal, plain lines elsewhere, problems reported the unified way.
 */
import {execFile} from 'node:child_process'
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, tempProject} from './support/cli-io.js'
import {temporaryFolder} from './support/cli-project.js'

const csi = '\u001B['

describe('zhgloss build', () => {
  it('should read the glossary that ships with zhgloss where the folder has none, and say so', async () => {
    const cwd = await temporaryFolder()
    await writeFile(join(cwd, 'a.md'), '英伟达的H20芯片。\n')
    const result = await runCli(['build', 'a.md', '--format', 'report'], {cwd})
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('no glossary folder here; using the glossary that ships with zhgloss')
    expect(result.stdout).toContain('1 warning')
    expect(await readFile(join(cwd, 'dist/a/report.json'), 'utf8')).toContain('"id": "nvidia"')
    const named = await runCli(['build', 'a.md', '--glossary', 'glossary'], {cwd})
    expect(named.code).toBe(2)
    const imported = await runCli(['glossary', 'import', 'a.csv', '--from', 'csv'], {cwd})
    expect(imported.stderr).not.toContain('ships with zhgloss')
  })

  it('should build every article, write the index and end with a summary', async () => {
    const cwd = await tempProject({short: true})
    const result = await runCli(['build'], {cwd})
    expect(result.code).toBe(0)
    expect(await readdir(join(cwd, 'dist'))).toEqual(
      expect.arrayContaining(['index.html', 'h200-exports', 'hopper-blackwell-explainer', 'taiwan-supply-chain'])
    )
    expect(result.stdout).toMatch(/^dist\/h200-exports\/: reader\.html.* \(\d+ terms\)$/m)
    expect(result.stdout).toMatch(/^3 articles built, \d+ terms found, no warnings; open dist\/index\.html$/m)
  })

  it('should read an article from standard input and write the one output to standard output', async () => {
    const cwd = await tempProject({short: true})
    const markdown = await readFile(join(cwd, 'articles/h200-exports.md'), 'utf8')
    const result = await runCli(['build', '-', '--format', 'reader', '--out', '-'], {cwd, stdin: markdown})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^<!doctype html>/i)
    expect(result.stdout).toContain('data-term="nvidia"')
    expect(await readdir(cwd)).not.toContain('dist')
  })

  it('should take a single file name in --format, so that report.json can go to standard output', async () => {
    const cwd = await tempProject({short: true})
    const result = await runCli(['build', 'articles/h200-exports.md', '--format', 'report.json', '--out', '-'], {cwd})
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as {source: string; terms: unknown[]}
    expect(report.source).toBe('articles/h200-exports.md')
    expect(report.terms.length).toBeGreaterThan(0)
  })

  it('should refuse --out - when more than one file would be written, and write nothing', async () => {
    const cwd = await tempProject({short: true})
    const result = await runCli(['build', '--format', 'reader', '--out', '-'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /^zhgloss build: --out - writes one file to standard output, but this build makes 3 \(3 articles × reader\.html\)/
    )
  })

  it('should show article n of N on a terminal, and colour the summary', async () => {
    const cwd = await tempProject({short: true})
    const result = await runCli(['build'], {cwd, tty: true})
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('Building article 2 of 3: articles/hopper-blackwell-explainer.md')
    expect(result.stdout).toContain(`${csi}32m✔${csi}39m 3 articles built`)
  })

  it('should never colour with NO_COLOR, even on a terminal', async () => {
    const cwd = await tempProject({short: true})
    const result = await runCli(['build'], {cwd, tty: true, env: {NO_COLOR: '1'}})
    expect(result.stdout).not.toContain(csi)
    expect(result.stdout).toMatch(/^✔ 3 articles built/m)
  })

  it('should print plain lines only when not on a terminal', async () => {
    const cwd = await tempProject({short: true})
    const result = await runCli(['build'], {cwd})
    expect(result.stdout + result.stderr).not.toMatch(/[\r\u001B]/)
    expect(result.stderr).toBe('')
  })

  it('should print nothing but problems with --quiet', async () => {
    const cwd = await tempProject({short: true})
    const result = await runCli(['build', '--quiet'], {cwd, tty: true})
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('')
  })

  it('should report a warning as file:line:column  warning  message  rule, and still build', async () => {
    const cwd = await tempProject({short: true})
    await writeFile(join(cwd, 'articles/bad-matter.md'), '---\ntitle: [unclosed\n---\n\n英伟达发布了新芯片。\n')
    const result = await runCli(['build', 'articles/bad-matter.md'], {cwd})
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/^articles\/bad-matter\.md:1:1 {2}warning {2}front matter is not valid YAML .+ {2}front-matter$/m)
    expect(result.stdout).toMatch(/1 article built, 2 terms found, 1 warning/)
  })

  it('should report an unreadable article as PATH: message, build the others and exit 1', async () => {
    const cwd = await tempProject({short: true})
    const result = await runCli(['build', 'articles/missing.md', 'articles/h200-exports.md'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^articles\/missing\.md: no such file; check the path/m)
    expect(result.stdout).toMatch(/1 article built, 1 failed/)
  })

  it('should exit 2 when the only article named cannot be read', async () => {
    const cwd = await tempProject({short: true})
    const result = await runCli(['build', 'articles/missing.md'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(/0 articles built, 1 failed/)
  })

  it('should refuse an unknown --format with a usage error', async () => {
    const cwd = await tempProject({short: true})
    const result = await runCli(['build', '--format', 'poster'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--format takes a comma list of reader, handout, report, vocabulary/)
  })

  it('should refuse --watch with standard input', async () => {
    const cwd = await tempProject({short: true})
    const result = await runCli(['build', '-', '--watch'], {cwd})
    expect(result.code).toBe(2)
  })
})

describe('the zhgloss binary in a pipe', () => {
  it('should turn `cat a.md | zhgloss build - --format reader --out -` into one HTML page', async () => {
    const cwd = await tempProject({short: true})
    await mkdir(join(cwd, 'empty'))
    const markdown = await readFile('articles/taiwan-supply-chain.md', 'utf8')
    const html = await new Promise<string>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [join(process.cwd(), 'bin/zhgloss.js'), 'build', '-', '--format', 'reader', '--out', '-'],
        {cwd},
        (error, stdout) => (error ? reject(error) : resolve(stdout))
      )
      child.stdin?.end(markdown)
    })
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toContain('data-term="tsmc"')
    expect(await readdir(cwd)).not.toContain('dist')
  })
})
