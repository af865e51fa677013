/**
 * Line numbers are asked for with `--line-numbers` or the `line-numbers`
 * setting of the configuration file, as the other handout settings are;
 * only then does the handout carry the script that numbers its lines.
 */
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {handoutSettings} from '../src/render/handout/settings.js'
import {runCli} from './support/cli-io.js'
import {tempProject} from './support/cli-project.js'

/** Build one article's handout in a new project and read it. */
async function builtHandout(args: string[], config?: object): Promise<string> {
  const cwd = await tempProject()
  if (config) await writeFile(join(cwd, 'zhgloss.config.json'), JSON.stringify(config))
  const result = await runCli(['build', 'articles/h200-exports.md', '--format', 'handout', ...args], {cwd})
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return readFile(join(cwd, 'dist/h200-exports/handout.html'), 'utf8')
}

describe('line numbers, asked for', () => {
  it('should keep lineNumbers only when it is true', () => {
    expect(handoutSettings({lineNumbers: true}).lineNumbers).toBe(true)
    expect(handoutSettings({lineNumbers: 'yes'}).lineNumbers).toBeUndefined()
  })

  it('should number lines with --line-numbers or the line-numbers setting, and not otherwise', async () => {
    const numbered = /<script>.*zgReady.*<\/script>/s
    expect(await builtHandout(['--line-numbers'])).toMatch(numbered)
    expect(await builtHandout([], {'line-numbers': true})).toMatch(numbered)
    const plain = await builtHandout([])
    expect(plain).not.toContain('<script')
    expect(plain).not.toContain('zg-line-no')
  })
})
