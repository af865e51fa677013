/**
 * The configuration file: settings in `zhgloss.config.json` (or the
 * `zhgloss` key of package.json, or `--config FILE`) are the defaults of the
 * flags; a flag on the command line wins; a bad setting is a usage error
 * that names the file, the place and the fix.
 */
import {readdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from './support/cli-io.js'
import {tempProject} from './support/cli-project.js'

describe('the configuration file', () => {
  it('should take articles, ignores, output and formats from zhgloss.config.json', async () => {
    const cwd = await tempProject()
    const config = {articles: ['articles/*.md'], ignore: ['**/taiwan-*'], out: 'site', format: 'reader'}
    await writeFile(join(cwd, 'zhgloss.config.json'), JSON.stringify(config))
    const result = await runCli(['build'], {cwd})
    expect(result.code).toBe(0)
    expect((await readdir(join(cwd, 'site'))).sort()).toEqual(['h200-exports', 'hopper-blackwell-explainer', 'index.html', 'index.json'])
    expect(await readdir(join(cwd, 'site/h200-exports'))).toEqual(['reader.html'])
  })

  it('should let a flag override a setting', async () => {
    const cwd = await tempProject()
    await writeFile(join(cwd, 'zhgloss.config.json'), JSON.stringify({out: 'site', format: 'reader'}))
    const result = await runCli(['build', 'articles/h200-exports.md', '--out', 'elsewhere', '--format', 'handout'], {cwd})
    expect(result.code).toBe(0)
    expect(await readdir(join(cwd, 'elsewhere/h200-exports'))).toEqual(['handout.html'])
  })

  it('should read the "zhgloss" key of package.json, and a file named by --config', async () => {
    const cwd = await tempProject()
    await writeFile(join(cwd, 'package.json'), JSON.stringify({name: 'x', zhgloss: {out: 'from-package', format: 'reader'}}))
    expect((await runCli(['build', 'articles/h200-exports.md'], {cwd})).code).toBe(0)
    expect(await readdir(join(cwd, 'from-package/h200-exports'))).toEqual(['reader.html'])
    await writeFile(join(cwd, 'other.json'), JSON.stringify({out: 'from-flag', format: 'handout'}))
    expect((await runCli(['build', 'articles/h200-exports.md', '--config', 'other.json'], {cwd})).code).toBe(0)
    expect(await readdir(join(cwd, 'from-flag/h200-exports'))).toEqual(['handout.html'])
  })

  it('should refuse an unknown or wrong setting with its place, exit 2 and build nothing', async () => {
    const cwd = await tempProject()
    await writeFile(join(cwd, 'zhgloss.config.json'), '{\n  "out": "site",\n  "paper": "a3",\n  "outDir": "x"\n}\n')
    const result = await runCli(['build'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('zhgloss.config.json:3:3: setting "paper" must be one of a4, letter')
    expect(result.stderr).toContain('zhgloss.config.json:4:3: "outDir" is not a setting; the settings are articles, ignore, glossary, out,')
    expect(await readdir(cwd)).not.toContain('site')
  })
})
