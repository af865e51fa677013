/**
 * Whole processes: `zhgloss build` of one article against node running the
 * bare pipeline on it, `zhgloss --version` against `node -e 0`, the memory
 * of the analysis and of the build of the large article, and the word
 * segmenter's work on text it has not seen.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {execFile} from 'node:child_process'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createGlossary} from '../src/glossary/create.js'
import {memoryBytes, megabyte, type Setup} from './cases.js'
import {type ProcessRun, runNode} from './measure.js'
import type {Row} from './table.js'

/** The bare pipeline as a script node runs on its own. */
function bareScript(article: string): string {
  return [
    "import {readFileSync} from 'node:fs'",
    "import {unified} from 'unified'",
    "import remarkParse from 'remark-parse'",
    "import remarkGfm from 'remark-gfm'",
    "import remarkRehype from 'remark-rehype'",
    "import rehypeStringify from 'rehype-stringify'",
    `String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).processSync(readFileSync(${JSON.stringify(article)}, 'utf8')))`
  ].join('\n')
}

/** The middle of three runs, by CPU time. */
function middle(list: readonly ProcessRun[]): ProcessRun {
  return [...list].sort((a, b) => a.ms - b.ms)[1] ?? {ms: NaN, wall: NaN, peak: NaN, code: 0}
}

/**
 * The process rows of the table.
 *
 * @param repo the repository folder.
 * @param setup the corpora.
 * @param peaks peak memory of cases run alone (`analyze 0.58MB` is used).
 * @returns the rows.
 */
export async function processRows(repo: string, setup: Setup, peaks: Record<string, number>): Promise<Row[]> {
  const out = await mkdtemp(join(tmpdir(), 'zhgloss-bench-'))
  const article = join('articles', 'h200-exports.md')
  const large = join(out, 'large.md')
  try {
    await writeFile(large, setup.corpus(memoryBytes))
    const builds: ProcessRun[] = []
    const bares: ProcessRun[] = []
    const versions: ProcessRun[] = []
    const empties: ProcessRun[] = []
    for (let round = 0; round < 3; round++) {
      builds.push(await runNode([join('bin', 'zhgloss.js'), 'build', article, '--out', join(out, 'one'), '--quiet'], repo))
      bares.push(await runNode(['--input-type=module', '-e', bareScript(article)], repo))
      versions.push(await runNode([join('bin', 'zhgloss.js'), '--version'], repo))
      empties.push(await runNode(['-e', '0'], repo))
    }
    const build = middle(builds)
    const bare = middle(bares)
    const version = middle(versions)
    const empty = middle(empties)
    const largeBuild = await runNode([join('bin', 'zhgloss.js'), 'build', large, '--out', join(out, 'large'), '--quiet'], repo)
    const size = `${(memoryBytes / megabyte).toFixed(2)} MB`
    return [
      {name: 'node running the bare pipeline on one article', ms: bare.ms, peak: bare.peak},
      against('zhgloss build of the same article (process)', build, bare, 'node bare', 1.5),
      {name: 'node -e 0', ms: empty.ms, peak: empty.peak},
      against('zhgloss --version (process)', version, empty, 'node -e 0', 2),
      {name: `analysis (parse + mark) of a ${size} article, alone in a process`, ms: NaN, peak: peaks['analyze 0.58MB']},
      {
        name: `zhgloss build of the ${size} article (process)`,
        ms: largeBuild.ms,
        peak: largeBuild.peak,
        target: '≤ 300 MB',
        ok: largeBuild.peak <= 300 * megabyte
      }
    ]
  } finally {
    await rm(out, {recursive: true, force: true})
  }
}

/**
 * How much a fresh matcher asks the word segmenter over our articles, each read once.
 *
 * @param setup the glossary resources.
 * @returns the counts.
 */
export function coldSegmenter(setup: Setup): {segmented: number; remembered: number} {
  const matcher = createGlossary(setup.resources()).matcher
  const folder = join(process.cwd(), 'articles')
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md') && !/\.[a-z]{2,3}\.md$/.test(file)))
    matcher.match(readFileSync(join(folder, name), 'utf8'))
  return {...matcher.boundaryStats}
}

/**
 * Time the linearity series in a fresh process holding only the project glossary.
 *
 * @param repo the repository folder.
 * @param rounds the rounds.
 * @returns the times of each case, round by round.
 */
export function linearInChild(repo: string, rounds: number): Promise<Record<string, number[]>> {
  return new Promise((resolve, reject) => {
    const args = ['--expose-gc', process.argv[1] ?? '', '--linear', '--rounds', String(rounds)]
    execFile(process.execPath, args, {cwd: repo, maxBuffer: 1 << 24}, (error, stdout) => {
      if (error) reject(error)
      else resolve(JSON.parse(stdout) as Record<string, number[]>)
    })
  })
}

/**
 * A process's row measured against another's, with its bound.
 *
 * @param name the row's name.
 * @param run the process measured.
 * @param base the process it is measured against.
 * @param baseName what the base is called in the table.
 * @param bound the highest ratio that meets the target.
 * @returns the row.
 */
function against(name: string, run: {ms: number; peak: number}, base: {ms: number}, baseName: string, bound: number): Row {
  const ratio = run.ms / base.ms
  return {name, ms: run.ms, peak: run.peak, ratio, against: baseName, target: `≤ ${bound}`, ok: ratio <= bound}
}
