/**
 * `npm run bench`: what `remarkGloss` costs on top of the bare pipeline, how
 * that scales with the glossary and the text, and how the matcher compares
 * with one regular expression of all the forms. Prints one table of ratios
 * measured in this one run, beside the targets; each case's peak memory
 * comes from a fresh process running it once.
 *
 * `node bench.js --case NAME` runs one case once (used for peak memory).
 */
import {parseArgs} from 'node:util'
import {cases, kilobyte, linearSizes, megabyte, type Setup, setUp} from './cases.js'
import {median, pairedRatio, runNode, timeInterleaved} from './measure.js'
import {browserRows} from './browser.js'
import {jobsRows} from './jobs.js'
import {coldSegmenter, linearInChild, processRows} from './processes.js'
import {bounded, type Row, table} from './table.js'

const repo = process.cwd()
const usage = 'Usage: npm run bench -- [--rounds N (default 5)] [--regex-bytes N (default 16384)] [--case NAME] [--linear]'
const values = readOptions()
const rounds = Number(values.rounds)

/**
 * Read the options; a wrong one prints the usage instead of a stack trace.
 *
 * @returns the option values.
 */
function readOptions(): {
  case?: string | undefined
  rounds: string
  'regex-bytes': string
  linear?: boolean | undefined
  help?: boolean | undefined
} {
  try {
    const {values: options} = parseArgs({
      options: {
        case: {type: 'string'},
        rounds: {type: 'string', default: '5'},
        'regex-bytes': {type: 'string', default: String(16 * kilobyte)},
        linear: {type: 'boolean'},
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

const setup = await setUp(repo, Number(values['regex-bytes']))
const linear = linearSizes.map((bytes) => `analyze ${bytes}`)
if (values.linear) {
  // In a process of its own, with only the project glossary in memory: a heap full of the large glossaries slows big trees most.
  process.stdout.write(JSON.stringify(timeInterleaved(pick(cases(setup), linear), rounds)))
} else if (values.case !== undefined) {
  const run = cases(setup)[values.case]
  if (!run) throw new Error(`no case "${values.case}"`)
  run()
} else {
  await main(setup)
}

/** Measure everything and print the table. */
async function main(setup: Setup): Promise<void> {
  const all = cases(setup)
  const build = setup.scaled(100_000)
  process.stdout.write(
    `corpus: our articles repeated; CPU time, medians of ${rounds} interleaved rounds; ratios are medians of round-by-round ratios\n` +
      `project glossary + 100,000 generated entries = ${build.glossary.entries.length} entries, ${build.glossary.matcher.size} forms: createGlossary ${build.glossaryMs.toFixed(0)} ms, matcher build ${build.matcherMs.toFixed(0)} ms (not in the times below)\n`
  )
  const pipeline = [
    'bare 1MB',
    'gloss 1MB',
    'gloss+handlers 1MB',
    'gloss+100k 1MB',
    'mark 1MB',
    'bare unique',
    'mark unique',
    'ours 10k',
    'ours 100k'
  ]
  const samples = {
    ...timeInterleaved(pick(all, pipeline), rounds),
    ...(await linearInChild(repo, rounds)),
    ...timeInterleaved(pick(all, ['regex 10k', 'regex 100k']), 1, false)
  }
  const segmenter = coldSegmenter(setup)
  process.stdout.write(
    `word segmenter, fresh matcher over our three articles once: ${segmenter.segmented} windows segmented, ${segmenter.remembered} answered from the store\n\n`
  )
  const peaks: Record<string, number> = {}
  for (const name of [...pipeline.filter((name) => !name.endsWith('unique')), 'analyze 0.58MB', 'regex 100k'])
    peaks[name] = (await runNode(['--expose-gc', process.argv[1] ?? '', '--case', name], repo)).peak
  const rows = [
    ...pipelineRows(samples, peaks),
    ...linearRows(samples),
    ...(await processRows(repo, setup, peaks)),
    ...(await jobsRows(repo)),
    ...(await browserRows(repo, setup))
  ]
  process.stdout.write(table(rows))
}

/** The cases named, in that order. */
function pick(all: Record<string, () => unknown>, names: readonly string[]): Record<string, () => unknown> {
  return Object.fromEntries(names.map((name) => [name, all[name] ?? (() => undefined)]))
}

/** The plugin against the bare pipeline, the marking's share, the glossary's size, and the matcher against one RegExp. */
function pipelineRows(samples: Record<string, number[]>, peaks: Record<string, number>): Row[] {
  const at = (name: string): number => median(samples[name] ?? [])
  const ratio = (top: string, bottom: string): number => pairedRatio(samples, top, bottom)
  const row = (name: string, label: string): Row => ({name: label, ms: at(name), peak: peaks[name]})
  return [
    row('bare 1MB', 'bare pipeline, 1 MB'),
    bounded({...row('gloss 1MB', '+ remarkGloss, 1 MB'), ratio: ratio('gloss 1MB', 'bare 1MB'), against: 'bare', target: '≤ 1.35'}, 1.35),
    {
      ...row('gloss+handlers 1MB', '+ remarkGloss, glossHandlers given to remark-rehype'),
      ratio: ratio('gloss+handlers 1MB', 'bare 1MB'),
      against: 'bare',
      target: 'report'
    },
    bounded(
      {...row('mark 1MB', 'marking alone (parsed tree), 1 MB'), ratio: ratio('mark 1MB', 'bare 1MB'), against: 'bare', target: '≤ 0.08'},
      0.08
    ),
    {
      name: '  … share of the pipeline with remarkGloss',
      ms: NaN,
      ratio: ratio('mark 1MB', 'gloss 1MB'),
      against: 'gloss',
      target: 'report'
    },
    {
      ...row('mark unique', 'marking our 3 articles once, fresh matcher (×10)'),
      ratio: ratio('mark unique', 'bare unique'),
      against: 'bare, same text',
      target: '≤ 0.08',
      ok: ratio('mark unique', 'bare unique') <= 0.08
    },
    bounded(
      {
        ...row('gloss+100k 1MB', '+ remarkGloss, project + 100,000 entries'),
        ratio: ratio('gloss+100k 1MB', 'gloss 1MB'),
        against: 'project',
        target: '≤ 1.05'
      },
      1.05
    ),
    row('ours 10k', 'matching only, ours, 10,000 entries'),
    {
      ...row('regex 10k', 'matching only, one RegExp, 10,000 entries'),
      ratio: at('regex 10k') / at('ours 10k'),
      against: 'ours 10k',
      target: 'speed-up'
    },
    row('ours 100k', 'matching only, ours, 100,000 entries'),
    {
      ...row('regex 100k', 'matching only, one RegExp, 100,000 entries'),
      ratio: at('regex 100k') / at('ours 100k'),
      against: 'ours 100k',
      target: '≥ 20',
      ok: at('regex 100k') / at('ours 100k') >= 20
    }
  ]
}

/** Time per megabyte of the analysis (parse and mark) from 5 KB to 2 MB pieces, against the smallest. */
function linearRows(samples: Record<string, number[]>): Row[] {
  const perMegabyte = (bytes: number): number => median(samples[`analyze ${bytes}`] ?? []) / 2
  const rates = linearSizes.map(perMegabyte)
  const spread = Math.max(...rates) / Math.min(...rates)
  return [
    ...linearSizes.map((bytes) => ({
      name: `analysis (parse + mark) in ${bytes >= megabyte ? `${bytes / megabyte} MB` : `${bytes / kilobyte} KB`} pieces, per MB`,
      ms: perMegabyte(bytes)
    })),
    bounded({name: '  … slowest per MB against fastest', ms: NaN, ratio: spread, against: 'fastest', target: '≤ 1.2'}, 1.2)
  ]
}
