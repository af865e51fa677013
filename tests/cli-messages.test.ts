/**
 * What every command shares: commands loaded only when they run (start-up
 * stays light), and problems reported the unified way, quietly, as JSON, in
 * colour when asked.
 */
import {readFile} from 'node:fs/promises'
import {dirname, join, normalize} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli} from './support/cli-io.js'
import {removeTemporaryFolders, tempProject} from './support/cli-project.js'

afterAll(removeTemporaryFolders)

/**
 * Every module `lib/` loads statically from a file, following relative imports.
 *
 * @param entry the first file.
 * @returns relative paths under lib/, and bare package names.
 */
async function staticGraph(entry: string): Promise<Set<string>> {
  const seen = new Set<string>()
  const queue = [normalize(entry)]
  while (queue.length > 0) {
    const file = queue.pop() ?? ''
    if (seen.has(file)) continue
    seen.add(file)
    const code = await readFile(file, 'utf8')
    for (const match of code.matchAll(/^(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm)) {
      const specifier = match[1] ?? match[2] ?? ''
      if (specifier.startsWith('.')) queue.push(normalize(join(dirname(file), specifier)))
      else seen.add(specifier)
    }
  }
  return seen
}

describe('start-up', () => {
  it('should load no command and no heavy package for --version and --help', async () => {
    const graph = [...(await staticGraph('lib/cli/main.js'))]
    expect(graph.filter((path) => path.includes('/commands/'))).toEqual([])
    const heavy = ['pinyin-pro', 'opencc-js', 'yaml', 'ajv', 'saxes', 'jsonc-parser', 'unified', 'i18next', 'playwright-core']
    expect(graph.filter((name) => heavy.some((pkg) => name === pkg || name.startsWith(`${pkg}/`)))).toEqual([])
  })
})

describe('messages', () => {
  const article = '---\ntitle: [unclosed\n---\n\n台积电。\n'

  it('should print warnings as unified lines, and errors only with --quiet', async () => {
    const cwd = await tempProject()
    const loud = await runCli(['check', '-', '--format', 'json'], {cwd, stdin: article})
    const quiet = await runCli(['check', '-', '--format', 'json', '--quiet'], {cwd, stdin: article})
    expect(loud.stderr).toMatch(/^<stdin>:1:1 {2}warning {2}.+ {2}\S+$/m)
    expect(quiet.stderr).toBe('')
  })

  it('should report messages as one vfile-reporter-json report with --messages json', async () => {
    const cwd = await tempProject()
    const result = await runCli(['check', '-', '--messages', 'json'], {cwd, stdin: article})
    const report = JSON.parse(result.stderr) as Array<{path: string; messages: Array<Record<string, unknown>>}>
    expect(report[0]?.path).toBe('<stdin>')
    expect(report[0]?.messages[0]).toMatchObject({line: 1, column: 1, fatal: false, source: 'zhgloss'})
  })

  it('should report an error as JSON too, with the exit code unchanged', async () => {
    const cwd = await tempProject()
    const result = await runCli(['check', 'missing.md', '--messages', 'json'], {cwd})
    expect(result.code).toBe(2)
    expect(JSON.parse(result.stderr)).toEqual([
      {path: 'missing.md', messages: [expect.objectContaining({fatal: true, ruleId: 'article-unreadable'})]}
    ])
  })

  it('should colour with --color or FORCE_COLOR, and not with --no-color or NO_COLOR', async () => {
    const cwd = await tempProject()
    const red = '\u001B[31m'
    const argv = ['check', 'missing.md']
    expect((await runCli([...argv, '--color'], {cwd, env: {NO_COLOR: '1'}})).stderr).toContain(red)
    expect((await runCli(argv, {cwd, env: {FORCE_COLOR: '1'}})).stderr).toContain(red)
    expect((await runCli([...argv, '--no-color'], {cwd, tty: true, env: {FORCE_COLOR: '1'}})).stderr).not.toContain(red)
    expect((await runCli(argv, {cwd, tty: true, env: {NO_COLOR: '1'}})).stderr).not.toContain(red)
    expect((await runCli(argv, {cwd, tty: true})).stderr).toContain(red)
  })
})
