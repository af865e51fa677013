/**
 * The README's examples run: every fenced block marked `test` (```js test,
 * ```sh test) is run, and its output must equal the next block marked
 * `output`. JavaScript runs as a module inside the package, importing
 * `zhgloss` from lib/ (built by the test setup); shell runs as written
 * (`npx zhgloss …`) in a project with zhgloss installed from its folder. The README's
 * image references must name files that exist.
 */
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, readFile, symlink, writeFile} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {promisify} from 'node:util'
import type {Code, Image, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {tempProject} from './support/cli-io.js'

const exec = promisify(execFile)

/** An example and the output it must print. */
interface Example {
  lang: 'js' | 'sh'
  code: string
  expected: string | undefined
  line: number
}

const tree: Root = unified()
  .use(remarkParse)
  .parse(await readFile('README.md', 'utf8'))

/** The blocks marked for testing, each with the first output block after it. */
function examples(root: Root): Example[] {
  const blocks: Code[] = []
  visit(root, 'code', (node) => {
    blocks.push(node)
  })
  const found: Example[] = []
  for (const [index, block] of blocks.entries()) {
    if (!block.meta?.split(' ').includes('test') || (block.lang !== 'js' && block.lang !== 'sh')) continue
    const next = blocks[index + 1]
    const expected = next?.meta?.split(' ').includes('output') ? next.value : undefined
    found.push({lang: block.lang, code: block.value, expected, line: block.position?.start.line ?? 0})
  }
  return found
}

/** Run a JavaScript example as a module inside the package, so that `zhgloss` resolves to it. */
async function runJs(example: Example): Promise<string> {
  const folder = resolve('.cache/readme')
  await mkdir(folder, {recursive: true})
  const file = join(folder, `example-${example.line}.mjs`)
  await writeFile(file, example.code)
  const {stdout} = await exec(process.execPath, [file], {cwd: process.cwd()})
  return stdout
}

/**
 * Run a shell example as a user who followed the Install section would: in
 * a project where zhgloss was installed from its folder (`npm install
 * ../zhgloss` links node_modules/zhgloss to the folder and its bin into
 * node_modules/.bin), so `npx zhgloss` finds it without the network.
 */
async function runSh(example: Example): Promise<string> {
  const cwd = await tempProject()
  await mkdir(join(cwd, 'node_modules/.bin'), {recursive: true})
  await symlink(process.cwd(), join(cwd, 'node_modules/zhgloss'), 'dir')
  await symlink('../zhgloss/bin/zhgloss.js', join(cwd, 'node_modules/.bin/zhgloss'))
  await writeFile(
    join(cwd, 'package.json'),
    JSON.stringify({name: 'reader-project', private: true, dependencies: {zhgloss: 'file:../zhgloss'}})
  )
  const {stdout} = await exec('bash', ['-e', '-o', 'pipefail', '-c', example.code], {
    cwd,
    env: {...process.env, NO_COLOR: '1', npm_config_yes: 'false', npm_config_offline: 'true'}
  })
  return stdout
}

describe('README.md', () => {
  const all = examples(tree)

  it('should have examples to run, each with the output it prints', () => {
    expect(all.length).toBeGreaterThanOrEqual(6)
    expect(all.filter((example) => example.expected === undefined).map((example) => example.line)).toEqual([])
  })

  for (const example of all) {
    it(`should print what it says for the ${example.lang} example at line ${example.line}`, async () => {
      const stdout = example.lang === 'js' ? await runJs(example) : await runSh(example)
      expect(stdout.trimEnd()).toBe(example.expected?.trimEnd())
    })
  }

  it('should follow the unified order of sections', () => {
    const headings = tree.children.flatMap((node) =>
      node.type === 'heading' && node.depth === 2 && node.children[0]?.type === 'text' ? [node.children[0].value] : []
    )
    expect(headings).toEqual([
      'Contents',
      'What is this?',
      'When should I use this?',
      'Install',
      'Use',
      'Command line',
      'API',
      'Glossary format',
      'Types',
      'Compatibility',
      'Security',
      'Related'
    ])
  })

  it('should show the quick start commands of the contract', () => {
    const commands = examples(tree).map((example) => example.code)
    const shown: string[] = []
    visit(tree, 'code', (node) => {
      shown.push(node.value)
    })
    expect(shown).toContain('npm install && npm start')
    expect(shown).toContain('npm install && npm test')
    expect(commands.length).toBeGreaterThan(0)
  })

  it('should call the command line in shell examples as `npx zhgloss`, which works after the documented install', () => {
    const bare: number[] = []
    visit(tree, 'code', (node) => {
      if (node.lang !== 'sh') return
      for (const line of node.value.split('\n')) if (/(^|[|;&]\s*)zhgloss\b/.test(line)) bare.push(node.position?.start.line ?? 0)
    })
    expect(bare).toEqual([])
  })

  it('should link only images that exist', () => {
    const images: string[] = []
    visit(tree, 'image', (node: Image) => {
      images.push(node.url)
    })
    expect(images.length).toBeGreaterThanOrEqual(2)
    expect(images.filter((url) => !existsSync(url))).toEqual([])
  })
})
