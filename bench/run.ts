/**
 * `npm run bench`: how much zhgloss costs on top of the bare pipeline, how it
 * scales with the glossary and the text, and how it compares with one
 * regular expression of all the forms. Prints one table with ratios and the
 * targets; each case's peak memory comes from a fresh process running it once.
 *
 * `node bench.js --case NAME` runs one case once (used for peak memory).
 */
import {readFileSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {createGlossary, type Glossary} from '../src/glossary/create.js'
import type {GlossaryResources} from '../src/glossary/types.js'
import {loadGlossary} from '../src/node/load-glossary.js'
import {makeCorpus} from './corpus.js'
import {withGeneratedEntries} from './generated.js'
import type {Root} from 'mdast'
import {median, pairedRatio, runNode, timeInterleaved, timeOnce, type Timed} from './measure.js'
import {bare, formsRegExp, glossed, markWithGloss, markWithRegExp, parse} from './pipelines.js'

const megabyte = 1024 * 1024
const repo = process.cwd()
const usage = 'Usage: npm run bench -- [--rounds N (default 5)] [--regex-bytes N (default 16384)] [--case NAME]'
const values = readOptions()
const rounds = Number(values.rounds)
const regexBytes = Number(values['regex-bytes'])

/**
 * Read the options; a wrong one prints the usage instead of a stack trace.
 *
 * @returns the option values.
 */
function readOptions(): {case?: string | undefined; rounds: string; 'regex-bytes': string; help?: boolean | undefined} {
  try {
    const {values: options} = parseArgs({
      options: {
        case: {type: 'string'},
        rounds: {type: 'string', default: '5'},
        'regex-bytes': {type: 'string', default: String(16 * 1024)},
        help: {type: 'boolean'}
      }
    })
    if (options.help) {
      console.log(usage)
      process.exit(0)
    }
    return options
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n${usage}`)
    process.exit(2)
  }
}

/** Everything the cases need, each made on first use, so that a case's process holds only its own. */
interface Setup {
  corpus1(): string
  corpus4(): string
  slice(): string
  project(): Glossary
  scaled(count: number): {glossary: Glossary; pattern: RegExp}
  /** Build times of the glossary with 100,000 generated entries, measured on first use. */
  build(): {glossaryMs: number; matcherMs: number; entries: number; forms: number}
}

/**
 * Make a value once, on first use.
 *
 * @param make what makes it.
 * @returns a function giving the value.
 */
function once<T>(make: () => T): () => T {
  let made: {value: T} | undefined
  return () => {
    made ??= {value: make()}
    return made.value
  }
}

/** The corpora and glossaries; the project glossary is loaded from disk as users load it. */
async function setUp(): Promise<Setup> {
  const project = await loadGlossary(join(repo, 'glossary'))
  void project.matcher
  const resources = readResources()
  const corpus1 = once(() => makeCorpus(join(repo, 'articles'), megabyte))
  const made = new Map<number, {glossary: Glossary; pattern: RegExp; glossaryMs: number; matcherMs: number}>()
  const scaled = (count: number): {glossary: Glossary; pattern: RegExp; glossaryMs: number; matcherMs: number} => {
    const known = made.get(count)
    if (known) return known
    const built = timeOnce(() => createGlossary(withGeneratedEntries(resources, count)))
    const matcher = timeOnce(() => built.value.matcher)
    const result = {
      glossary: built.value,
      pattern: formsRegExp(built.value.entries.flatMap((entry) => entry.forms)),
      glossaryMs: built.ms,
      matcherMs: matcher.ms
    }
    made.set(count, result)
    return result
  }
  return {
    corpus1,
    corpus4: once(() => makeCorpus(join(repo, 'articles'), 4 * megabyte)),
    slice: once(() => corpus1().slice(0, corpus1().indexOf('\n\n', regexBytes))),
    project: () => project,
    scaled,
    build() {
      const {glossary, glossaryMs, matcherMs} = scaled(100_000)
      return {glossaryMs, matcherMs, entries: glossary.entries.length, forms: glossary.matcher.size}
    }
  }
}

/** The project glossary's resources, read as they are on disk. */
function readResources(): GlossaryResources {
  const read = (lang: string): {terms: Record<string, never>} => ({
    terms: JSON.parse(readFileSync(join(repo, 'glossary', lang, 'terms.json'), 'utf8')) as Record<string, never>
  })
  return {zh: read('zh'), en: read('en')} as unknown as GlossaryResources
}

/**
 * Parse, untimed, then time only the marking of the tree.
 *
 * @param markdown the text.
 * @param mark what marks the tree.
 * @returns the time of the marking.
 */
function markOnly(markdown: string, mark: (tree: Root) => unknown): Timed {
  const tree = parse(markdown)
  return timeOnce(() => mark(tree))
}

/** The cases, by name; each builds what it needs before it is timed, on its first run. */
function cases(setup: Setup): Record<string, () => unknown> {
  const {corpus1, corpus4, slice, project, scaled} = setup
  return {
    'bare 1MB': () => bare(corpus1()),
    'gloss 1MB': () => glossed(corpus1(), project()),
    'gloss+100k 1MB': () => glossed(corpus1(), scaled(100_000).glossary),
    'bare 4MB': () => bare(corpus4()),
    'gloss 4MB': () => glossed(corpus4(), project()),
    'ours 10k': () => markOnly(slice(), (tree) => markWithGloss(tree, slice(), scaled(10_000).glossary)),
    'regex 10k': () => markOnly(slice(), (tree) => markWithRegExp(tree, scaled(10_000).pattern)),
    'ours 100k': () => markOnly(slice(), (tree) => markWithGloss(tree, slice(), scaled(100_000).glossary)),
    'regex 100k': () => markOnly(slice(), (tree) => markWithRegExp(tree, scaled(100_000).pattern)),
    'mark 1MB': () => markOnly(corpus1(), (tree) => markWithGloss(tree, corpus1(), project())),
    'mark 4MB': () => markOnly(corpus4(), (tree) => markWithGloss(tree, corpus4(), project()))
  }
}

if (values.case !== undefined) {
  const setup = await setUp()
  const run = cases(setup)[values.case]
  if (!run) throw new Error(`no case "${values.case}"`)
  run()
} else {
  await main()
}

/** Measure everything and print the table. */
async function main(): Promise<void> {
  const setup = await setUp()
  const all = cases(setup)
  const build = setup.build()
  process.stdout.write(
    `corpus: ${(Buffer.byteLength(setup.corpus1()) / megabyte).toFixed(2)} MB and ${(Buffer.byteLength(setup.corpus4()) / megabyte).toFixed(2)} MB of our articles; matcher against RegExp on ${(Buffer.byteLength(setup.slice()) / 1024).toFixed(0)} KB of it; CPU time, medians of ${rounds} interleaved rounds (ratios: median of round-by-round ratios)\n`
  )
  process.stdout.write(
    `project glossary + 100,000 generated entries = ${build.entries} entries, ${build.forms} forms: createGlossary ${build.glossaryMs.toFixed(0)} ms, matcher build ${build.matcherMs.toFixed(0)} ms (not in the times below)\n\n`
  )
  const fast = timeInterleaved(pick(all, ['bare 1MB', 'gloss 1MB', 'gloss+100k 1MB', 'ours 10k', 'ours 100k', 'mark 1MB']), rounds)
  const large = timeInterleaved(pick(all, ['bare 4MB', 'gloss 4MB', 'mark 4MB']), Math.max(3, Math.ceil(rounds / 2)))
  const regex = timeInterleaved(pick(all, ['regex 10k', 'regex 100k']), 1, false)
  const samples = {...fast, ...large, ...regex}
  const times: Record<string, number> = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]))
  const ratio = (top: string, bottom: string): number => pairedRatio(samples, top, bottom)
  const peaks: Record<string, number> = {}
  for (const name of Object.keys(all)) peaks[name] = (await runNode(['--expose-gc', process.argv[1] ?? '', '--case', name], repo)).peak
  const processes = await processCase()

  const at = (name: string): number => times[name] ?? NaN
  const rows: Row[] = [
    {name: 'bare pipeline, 1 MB', ms: at('bare 1MB'), peak: peaks['bare 1MB']},
    {
      name: '+ remarkGloss (project glossary), 1 MB',
      ms: at('gloss 1MB'),
      peak: peaks['gloss 1MB'],
      ratio: ratio('gloss 1MB', 'bare 1MB'),
      against: 'bare',
      target: '≤ 1.15',
      ok: ratio('gloss 1MB', 'bare 1MB') <= 1.15
    },
    {
      name: '+ remarkGloss (project + 100,000), 1 MB',
      ms: at('gloss+100k 1MB'),
      peak: peaks['gloss+100k 1MB'],
      ratio: ratio('gloss+100k 1MB', 'gloss 1MB'),
      against: 'project',
      target: '≤ 1.05',
      ok: ratio('gloss+100k 1MB', 'gloss 1MB') <= 1.05
    },
    {
      name: 'bare pipeline, 4 MB',
      ms: at('bare 4MB'),
      peak: peaks['bare 4MB'],
      ratio: at('bare 4MB') / at('bare 1MB'),
      against: 'bare 1 MB',
      target: '≈ 4'
    },
    {
      name: '+ remarkGloss, 4 MB',
      ms: at('gloss 4MB'),
      peak: peaks['gloss 4MB'],
      ratio: at('gloss 4MB') / at('gloss 1MB'),
      against: 'gloss 1 MB',
      target: 'as bare'
    },
    {name: 'remarkGloss alone (marking a parsed tree), 1 MB', ms: at('mark 1MB'), peak: peaks['mark 1MB']},
    {
      name: 'remarkGloss alone (marking a parsed tree), 4 MB',
      ms: at('mark 4MB'),
      peak: peaks['mark 4MB'],
      ratio: at('mark 4MB') / at('mark 1MB'),
      against: 'mark 1 MB',
      target: '≤ 4.4 (linear)',
      ok: at('mark 4MB') / at('mark 1MB') <= 4.4
    },
    {name: 'matching only, ours, 10,000 entries', ms: at('ours 10k'), peak: peaks['ours 10k']},
    {
      name: 'matching only, one RegExp, 10,000 entries',
      ms: at('regex 10k'),
      peak: peaks['regex 10k'],
      ratio: at('regex 10k') / at('ours 10k'),
      against: 'ours 10k',
      target: 'speed-up'
    },
    {name: 'matching only, ours, 100,000 entries', ms: at('ours 100k'), peak: peaks['ours 100k']},
    {
      name: 'matching only, one RegExp, 100,000 entries',
      ms: at('regex 100k'),
      peak: peaks['regex 100k'],
      ratio: at('regex 100k') / at('ours 100k'),
      against: 'ours 100k',
      target: '≥ 20',
      ok: at('regex 100k') / at('ours 100k') >= 20
    },
    {name: 'node running the bare pipeline on one article', ms: processes.bare.ms, peak: processes.bare.peak},
    {
      name: 'zhgloss build of the same article (process)',
      ms: processes.build.ms,
      peak: processes.build.peak,
      ratio: processes.build.ms / processes.bare.ms,
      against: 'node bare',
      target: 'report'
    }
  ]
  process.stdout.write(table(rows))
}

/** The cases named, in that order. */
function pick(all: Record<string, () => unknown>, names: readonly string[]): Record<string, () => unknown> {
  return Object.fromEntries(names.map((name) => [name, all[name] ?? (() => undefined)]))
}

/** `zhgloss build` of one article against node running the bare pipeline on it, each a whole process, medians of three. */
async function processCase(): Promise<{build: {ms: number; peak: number}; bare: {ms: number; peak: number}}> {
  const out = await mkdtemp(join(tmpdir(), 'zhgloss-bench-'))
  const article = join('articles', 'h200-exports.md')
  const bareScript = [
    "import {readFileSync} from 'node:fs'",
    "import {unified} from 'unified'",
    "import remarkParse from 'remark-parse'",
    "import remarkGfm from 'remark-gfm'",
    "import remarkRehype from 'remark-rehype'",
    "import rehypeStringify from 'rehype-stringify'",
    `String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).processSync(readFileSync(${JSON.stringify(article)}, 'utf8')))`
  ].join('\n')
  try {
    const builds = []
    const bares = []
    for (let round = 0; round < 3; round++) {
      builds.push(await runNode([join('bin', 'zhgloss.js'), 'build', article, '--out', out, '--quiet'], repo))
      bares.push(await runNode(['--input-type=module', '-e', bareScript], repo))
    }
    const middle = (list: Array<{ms: number; peak: number}>): {ms: number; peak: number} =>
      [...list].sort((a, b) => a.ms - b.ms)[1] ?? {ms: NaN, peak: NaN}
    return {build: middle(builds), bare: middle(bares)}
  } finally {
    await rm(out, {recursive: true, force: true})
  }
}

/** One line of the table. */
interface Row {
  name: string
  ms: number
  peak: number | undefined
  ratio?: number
  against?: string
  target?: string
  ok?: boolean
}

/** The table as text, columns aligned. */
function table(rows: readonly Row[]): string {
  const header = ['case', 'CPU time', 'peak RSS', 'ratio', 'target', '']
  const lines = rows.map((row) => [
    row.name,
    `${row.ms >= 100 ? row.ms.toFixed(0) : row.ms.toFixed(1)} ms`,
    row.peak === undefined || Number.isNaN(row.peak) ? '–' : `${(row.peak / megabyte).toFixed(0)} MB`,
    row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}× ${row.against ?? ''}`,
    row.target ?? '',
    row.ok === undefined ? '' : row.ok ? 'met' : 'MISSED'
  ])
  const widths = header.map((_, column) => Math.max(...[header, ...lines].map((line) => (line[column] ?? '').length)))
  const format = (line: readonly string[]): string =>
    line
      .map((cell, column) => (column === 1 || column === 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd()
  return `${[format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join('\n')}\n`
}
