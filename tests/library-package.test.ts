/**
 * The package as a stranger gets it: `npm pack`, installed into a new
 * project with `--omit=dev`; there the command line runs, the library
 * imports and type-checks under `strict`, `--pdf` says what is missing, and
 * the browser entry, bundled, runs in Chromium under a strict Content
 * Security Policy. Skipped when `npm pack` cannot run.
 */
import {execFile, execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {promisify} from 'node:util'
import {build} from 'esbuild'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium} from '../src/node/chromium.js'
import {chromiumPath, skipBrowser} from './support/browser.js'
import {removeTemporaryFolders, temporaryFolder} from './support/cli-project.js'

const run = promisify(execFile)
const repository = process.cwd()
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

/** Whether `npm pack` works here at all. */
function canPack(): boolean {
  try {
    execFileSync(npm, ['--version'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}

/**
 * Run a command in a folder; resolves with its outcome whatever the exit code.
 *
 * @param file the program.
 * @param args its arguments.
 * @param cwd the folder.
 * @returns exit code and output.
 */
async function outcome(file: string, args: string[], cwd: string): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run(file, args, {cwd, env: {...process.env, NO_COLOR: '1'}, maxBuffer: 1 << 24})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code?: number; stdout?: string; stderr?: string}
    return {code: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? ''}
  }
}

describe.skipIf(!canPack())('the package installed from its tarball', () => {
  let project = ''
  let files: string[] = []

  beforeAll(async () => {
    const packs = await temporaryFolder('zhgloss-pack-')
    // lib/ is fresh (the test setup builds it); prepack would rebuild it under the other tests' feet.
    const packed = await outcome(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', packs], repository)
    const [manifest] = JSON.parse(packed.stdout) as Array<{filename: string; files: Array<{path: string}>}>
    if (!manifest) throw new Error(`npm pack failed: ${packed.stderr}`)
    files = manifest.files.map((file) => file.path)
    project = await temporaryFolder('zhgloss-consumer-')
    await writeFile(join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
    const installed = await outcome(
      npm,
      ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', join(packs, manifest.filename)],
      project
    )
    if (installed.code !== 0) throw new Error(`npm install failed: ${installed.stderr}`)
  }, 120_000)

  afterAll(removeTemporaryFolders)

  it('should hold what users need: built code, types, glossary, README, licence; no tests, sources or images', () => {
    expect(files).toEqual(expect.arrayContaining(['lib/index.js', 'lib/index.d.ts', 'lib/browser.js', 'bin/zhgloss.js']))
    expect(files).toEqual(expect.arrayContaining(['glossary/zh/terms.json', 'glossary/en/terms.json', 'README.md', 'LICENSE']))
    expect(files.filter((path) => /^(tests|src|docs|scripts|bench|articles)\/|\.(png|map)$/.test(path))).toEqual([])
  })

  it('should run `npx zhgloss --version` and build an article', async () => {
    const version = await outcome('npx', ['--no-install', 'zhgloss', '--version'], project)
    expect(version).toMatchObject({code: 0, stdout: `${JSON.parse(await readFile('package.json', 'utf8')).version}\n`})
    await writeFile(join(project, 'a.md'), '# 芯片\n\n台积电为英伟达代工。\n')
    const built = await outcome('npx', ['--no-install', 'zhgloss', 'build', 'a.md', '--glossary', 'node_modules/zhgloss/glossary'], project)
    expect(built.stderr).toBe('')
    expect(built.code).toBe(0)
    expect(await readFile(join(project, 'dist/a/reader.html'), 'utf8')).toContain('data-term="tsmc"')
  })

  it('should say exactly what is missing when --pdf cannot load playwright-core, and build nothing', async () => {
    await writeFile(join(project, 'b.md'), '台积电。\n')
    const built = await outcome(
      'npx',
      ['--no-install', 'zhgloss', 'build', 'b.md', '--pdf', '--glossary', 'node_modules/zhgloss/glossary'],
      project
    )
    expect(built.code).toBe(2)
    expect(built.stderr).toMatch(/^playwright-core: not installed: --pdf .* \(npm install playwright-core\)/m)
    await expect(readFile(join(project, 'dist/b/reader.html'))).rejects.toThrow()
  })

  it('should import the library and type-check a consumer under strict', async () => {
    const script =
      "import {remarkGloss, createGlossary, renderArticle, loadGlossary} from 'zhgloss'\n" +
      "const glossary = await loadGlossary('node_modules/zhgloss/glossary')\n" +
      "console.log(typeof remarkGloss, typeof createGlossary, await renderArticle('台积电', {glossary, format: 'fragment'}))\n"
    await writeFile(join(project, 'use.mjs'), script)
    const used = await outcome(process.execPath, ['use.mjs'], project)
    expect(used.stderr).toBe('')
    expect(used.stdout).toBe('function function <p><span class="term" data-term="tsmc">台积电</span></p>\n')
    await writeFile(
      join(project, 'consumer.ts'),
      [
        "import {createGlossary, loadGlossary, remarkGloss, renderArticle, type Glossary, type Problem} from 'zhgloss'",
        "import remarkParse from 'remark-parse'",
        "import remarkRehype from 'remark-rehype'",
        "import rehypeStringify from 'rehype-stringify'",
        "import {unified} from 'unified'",
        "const glossary: Glossary = await loadGlossary('node_modules/zhgloss/glossary')",
        "const small = createGlossary({zh: {terms: {tsmc: {forms: ['台积电'], category: 'company'}}}, en: {terms: {tsmc: {gloss: 'TSMC'}}}})",
        "const html: string = await renderArticle('台积电', {glossary, format: 'fragment'})",
        "const file = await unified().use(remarkParse).use(remarkGloss, {glossary: small}).use(remarkRehype).use(rehypeStringify).process('台积电')",
        'const problems: Problem[] = []',
        'console.log(html, String(file), problems)',
        ''
      ].join('\n')
    )
    const compilerOptions = {strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true}
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {...compilerOptions, skipLibCheck: false, exactOptionalPropertyTypes: true, types: []},
        files: ['consumer.ts']
      })
    )
    const checked = await outcome(
      process.execPath,
      [resolve(repository, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
      project
    )
    expect(checked.stdout + checked.stderr).toBe('')
    expect(checked.code).toBe(0)
  })

  it.skipIf(skipBrowser)('should bundle the browser entry and run it in Chromium under a strict Content Security Policy', async () => {
    const resources = {
      zh: {terms: JSON.parse(await readFile(join(project, 'node_modules/zhgloss/glossary/zh/terms.json'), 'utf8'))},
      en: {terms: JSON.parse(await readFile(join(project, 'node_modules/zhgloss/glossary/en/terms.json'), 'utf8'))}
    }
    await mkdir(join(project, 'web'), {recursive: true})
    const entry = [
      "import {createGlossary, renderArticle} from 'zhgloss'",
      `const resources = ${JSON.stringify(resources)}`,
      'try {',
      '  const glossary = createGlossary(resources)',
      "  renderArticle('英伟达向中国出口H200芯片。', {glossary, format: 'fragment'})",
      '    .then((html) => { document.body.dataset.result = html })',
      '    .catch((error) => { document.body.dataset.error = String(error) })',
      '} catch (error) { document.body.dataset.error = String(error) }',
      ''
    ].join('\n')
    const bundled = await build({
      stdin: {contents: entry, resolveDir: project, sourcefile: 'entry.js'},
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent'
    })
    const code = (bundled.outputFiles[0]?.text ?? '').replaceAll('</script', '<\\/script')
    const hash = createHash('sha256').update(code).digest('base64')
    const policy = `default-src 'none'; script-src 'sha256-${hash}'`
    const html = `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}"><title>t</title><body><script>${code}</script></body>`
    const browser = await launchChromium(chromiumPath ?? '')
    try {
      const page = await browser.newPage()
      const violations: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
      })
      await page.setContent(html)
      await page.waitForFunction(() => document.body.dataset['result'] ?? document.body.dataset['error'])
      const state = await page.evaluate(() => ({...document.body.dataset}))
      expect(violations).toEqual([])
      expect(state['error']).toBeUndefined()
      expect(state['result']).toContain('<span class="term" data-term="nvidia">英伟达</span>')
    } finally {
      await browser.close()
    }
  })
})
