/**
 * The real binary's help, version and usage errors, compared with golden
 * files in tests/golden/. Regenerate them with `UPDATE_GOLDEN=1 npx vitest run tests/cli-golden.test.ts`
 * after changing the command line on purpose (the binary runs lib/;
 * the test setup builds lib/ for the binary).
 */
import {readFileSync} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {runBinary, type BinaryOutcome} from './support/binary.js'

const update = process.env['UPDATE_GOLDEN'] === '1'
const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}

const zhgloss = (args: string[]): Promise<BinaryOutcome> => runBinary(args)

/** Compare with a golden file, or write it when regenerating. */
async function matchGolden(actual: string, name: string): Promise<void> {
  const path = `tests/golden/${name}`
  if (update) await writeFile(path, actual)
  expect(actual).toBe(await readFile(path, 'utf8'))
}

const helpCases: Array<{args: string[]; golden: string}> = [
  {args: ['--help'], golden: 'help.txt'},
  {args: ['build', '--help'], golden: 'build-help.txt'},
  {args: ['check', '--help'], golden: 'check-help.txt'},
  {args: ['glossary', 'export', '--help'], golden: 'glossary-export-help.txt'},
  {args: ['glossary', 'import', '--help'], golden: 'glossary-import-help.txt'},
  {args: ['glossary', 'lint', '--help'], golden: 'glossary-lint-help.txt'}
]

describe('zhgloss help and version', () => {
  for (const {args, golden} of helpCases) {
    it(`should print the golden help for "zhgloss ${args.join(' ')}" and exit 0`, async () => {
      const result = await zhgloss(args)
      expect(result.code).toBe(0)
      expect(result.stderr).toBe('')
      await matchGolden(result.stdout, golden)
    })
  }

  it('should print the version of package.json for --version', async () => {
    const result = await zhgloss(['--version'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`${version}\n`)
  })

  it('should name the commands and exit 2 on an unknown command', async () => {
    const result = await zhgloss(['bulid'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    await matchGolden(result.stderr, 'unknown-command.txt')
  })

  it('should point to the command help and exit 2 on an unknown flag', async () => {
    const result = await zhgloss(['build', '--colour'])
    expect(result.code).toBe(2)
    await matchGolden(result.stderr, 'unknown-flag.txt')
  })
})
