/**
 * Folder builds on every core: 60 articles (our articles copied) built with
 * `--jobs 1` and `--jobs 2`, wall time, runs alternated so that the load of
 * the machine falls on both alike; the speed-up is the median of the pairs'
 * ratios. Wall time is what a user waits for; the machine is shared, so the
 * load average is printed beside it.
 */
import {copyFile, mkdir, mkdtemp, readdir, rm} from 'node:fs/promises'
import {loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {median, runNode} from './measure.js'
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
    const one: number[] = []
    const two: number[] = []
    const load = loadavg()[0] ?? Number.NaN
    for (let pair = 0; pair < pairs; pair++) {
      one.push((await build(1)).wall)
      two.push((await build(2)).wall)
    }
    const speedUp = median(one.map((wall, pair) => wall / (two[pair] ?? Number.NaN)))
    return [
      {name: `${articleCount} articles, --jobs 1 (wall; load average ${load.toFixed(1)})`, ms: median(one)},
      {
        name: `${articleCount} articles, --jobs 2 (wall)`,
        ms: median(two),
        ratio: speedUp,
        against: 'jobs 1, speed-up',
        target: '≥ 1.7',
        ok: speedUp >= 1.7
      }
    ]
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}
