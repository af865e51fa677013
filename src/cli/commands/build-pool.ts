/**
 * Build articles on every core: this thread and a pool of worker threads,
 * each with its own glossary, take the next article as soon as they are
 * free; the results come
 * back in article order, so what is printed and written is the same as with
 * one thread. Workers run the compiled build (lib/); from the sources, or
 * for a handful of articles, the build stays on this thread.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {Problem} from '../../core/problem.js'
import type {Inputs} from '../../node/guard-inputs.js'
import type {BuildSettings, BuiltArticle} from './build-article.js'

/** What building one article gave: the article, or the problems that stopped it. */
export type Outcome = {built: BuiltArticle} | {problems: Problem[]}

/** What a worker needs to build like this thread would. */
export interface WorkerSetup {
  cwd: string
  env: Record<string, string | undefined>
  /** The settings, with the output files by name (functions do not cross threads). */
  settings: Omit<BuildSettings, 'files'> & {fileNames: string[]}
  inputs: Inputs
}

/** The worker's entry, beside this file in lib/. */
const workerUrl = new URL('./build-worker.js', import.meta.url)

/**
 * How many threads to build with.
 *
 * @param jobs `--jobs` (undefined: one per core).
 * @param articles how many articles there are.
 * @returns the number of workers, or 1 to build on this thread.
 */
export function threadsFor(jobs: number | undefined, articles: number): number {
  const wanted = jobs ?? availableParallelism()
  // Starting a worker costs about as much as building an article or two.
  if (wanted <= 1 || articles < 2 * wanted || !existsSync(fileURLToPath(workerUrl))) return 1
  return wanted
}

/**
 * Build articles on this thread and `threads - 1` workers, yielding outcomes in article order.
 *
 * @param paths the articles.
 * @param threads how many threads in all, this one included.
 * @param setup what each worker needs.
 * @param local builds one article on this thread.
 * @returns the outcomes, in the order of `paths`.
 */
export async function* buildInWorkers(
  paths: readonly string[],
  threads: number,
  setup: WorkerSetup,
  local: (path: string) => Promise<Outcome>
): AsyncGenerator<Outcome> {
  const done = new Map<number, Outcome>()
  let wake: (() => void) | undefined
  let failed: unknown
  let next = 0
  const settle = (index: number, outcome: Outcome): void => {
    done.set(index, outcome)
    wake?.()
  }
  const workers = Array.from({length: threads - 1}, () => new Worker(workerUrl, {workerData: setup}))
  /** Articles sent to each worker and not yet back. */
  const pending = new Map<Worker, number>()
  /** Give a worker the next article, or let it go once it has none left. */
  const feed = (worker: Worker): void => {
    if (next < paths.length) {
      worker.postMessage({index: next, path: paths[next++]})
      pending.set(worker, (pending.get(worker) ?? 0) + 1)
    } else if ((pending.get(worker) ?? 0) === 0) void worker.terminate()
  }
  for (const worker of workers) {
    worker.on('message', (message: {index: number; outcome: Outcome}) => {
      pending.set(worker, (pending.get(worker) ?? 1) - 1)
      settle(message.index, message.outcome)
      feed(worker)
    })
    worker.on('error', (error) => {
      failed = error
      wake?.()
    })
    // Two at a time, so that a worker has the next article at hand while this thread is busy with its own.
    feed(worker)
    feed(worker)
  }
  // This thread takes its share too, while the workers start.
  const here = (async () => {
    while (next < paths.length) {
      const index = next++
      settle(index, await local(paths[index] ?? ''))
    }
  })().catch((error: unknown) => {
    failed = error
    wake?.()
  })
  try {
    for (let index = 0; index < paths.length; index++) {
      while (!done.has(index)) {
        if (failed) throw failed
        await new Promise<void>((resolve) => {
          wake = resolve
        })
      }
      const outcome = done.get(index)
      done.delete(index)
      if (outcome) yield outcome
    }
  } finally {
    await here
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
