/**
 * Folder builds on every core: 60 articles (our articles copied) built with
 * `--jobs 1` and `--jobs 2`, runs alternated so that the load of the machine
 * falls on both alike; the speed-up is the median of the pairs' ratios of
 * wall time, which is what a user waits for. The machine may be shared, so
 * the load average is printed beside it, and the CPU time of every thread
 * with it: what the second thread costs in all (starting, loading, warming
 * the JIT) is what keeps the speed-up below 2, and twice the ratio of the
 * CPU times is the speed-up that perfect balance on two idle cores would give.
 */
import {copyFile, mkdir, mkdtemp, readdir, rm} from 'node:fs/promises'
import {loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {median, runNode, type ProcessRun} from './measure.js'
import type {Row} from './table.js'

/** Articles in the folder. */
const articleCount = 60
/** Pairs of builds. */
const pairs = 3

/**
 * Time the folder build with one and two jobs.
 *
 * @param repo the repository folder.
 * @returns the rows.
 */
export async function jobsRows(repo: string): Promise<Row[]> {
  const folder = await mkdtemp(join(tmpdir(), 'zhgloss-bench-jobs-'))
  try {
    const articles = join(folder, 'articles')
    await mkdir(articles)
    const sources = (await readdir(join(repo, 'articles'))).filter((name) => name.endsWith('.md') && !/\.[a-z]{2,3}\.md$/.test(name))
    for (let index = 0; index < articleCount; index++) {
      const source = sources[index % sources.length] ?? ''
      await copyFile(join(repo, 'articles', source), join(articles, `a${String(index).padStart(2, '0')}-${source}`))
    }
    const build = (jobs: number) =>
      runNode(
        [
          join(repo, 'bin', 'zhgloss.js'),
          'build',
          articles,
          '--glossary',
          join(repo, 'glossary'),
          '--out',
          join(folder, `out${jobs}`),
          '--jobs',
          String(jobs),
          '--quiet'
        ],
        repo
      )
    const one: ProcessRun[] = []
    const two: ProcessRun[] = []
    const load = loadavg()[0] ?? Number.NaN
    for (let pair = 0; pair < pairs; pair++) {
      one.push(await build(1))
      two.push(await build(2))
    }
    const speedUp = median(one.map((run, pair) => run.wall / (two[pair]?.wall ?? Number.NaN)))
    const cpu = (runs: readonly ProcessRun[]): number => median(runs.map((run) => run.ms))
    const wall = (runs: readonly ProcessRun[]): string => `${(median(runs.map((run) => run.wall)) / 1000).toFixed(2)} s`
    return [
      {name: `${articleCount} articles, --jobs 1 (CPU of all threads; wall ${wall(one)}, load average ${load.toFixed(1)})`, ms: cpu(one)},
      {
        name: `${articleCount} articles, --jobs 2 (CPU of all threads; wall ${wall(two)})`,
        ms: cpu(two),
        ratio: speedUp,
        against: 'jobs 1, wall speed-up',
        target: '≥ 1.7',
        ok: speedUp >= 1.7
      },
      {
        name: `${articleCount} articles, --jobs 2: 2 × CPU(jobs 1) / CPU(jobs 2)`,
        ms: Number.NaN,
        ratio: (2 * cpu(one)) / cpu(two),
        against: 'speed-up if balanced on idle cores'
      }
    ]
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}
