/**
 * Build articles on every core: this thread and a pool of worker threads,
 * each with its own glossary, take the next article as soon as they are
 * free; the results come back in article order, so what is printed and
 * written is the same as with one thread.
 *
 * A worker costs about a second of CPU before it builds at full speed
 * (loading its code, the glossary and the dictionary's pages, and warming
 * the JIT), so it is started as soon as the articles are counted, loads its
 * code from the bundle the build made (scripts/bundle-cli.mjs), and builds one
 * article at a time with the next one already in hand. From the sources, or
 * for a handful of articles, the build stays on this thread.
 */
import {statSync} from 'node:fs'
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
}

/** A message to a worker: the inputs of a round of building, or an article to build. */
export type WorkerJob = {inputs: Inputs} | {index: number; path: string}

/** A worker's answer: one article's outcome. */
export interface WorkerDone {
  index: number
  outcome: Outcome
}

/** Workers started for a build, idle until given articles. */
export interface WorkerPool {
  /** How many threads build, this one included. */
  readonly threads: number
  /**
   * Build articles on this thread and the workers.
   *
   * @param paths the articles.
   * @param inputs the files no output may be written over.
   * @param local builds one article on this thread.
   * @returns the outcomes, in the order of `paths`.
   */
  build(paths: readonly string[], inputs: Inputs, local: (path: string) => Promise<Outcome>): AsyncGenerator<Outcome>
  /** Stop the workers. */
  close(): Promise<void>
}

/** The compiled worker module, beside this file in lib/ (after `npm run build`, it loads the bundle scripts/bundle-cli.mjs made). */
const moduleUrl = new URL('./build-worker.js', import.meta.url)

/** The worker's entry: the compiled module; none when running from the sources. */
function workerEntry(): URL | undefined {
  try {
    statSync(fileURLToPath(moduleUrl))
    return moduleUrl
  } catch {
    return undefined
  }
}

/**
 * How many threads to build with.
 *
 * @param jobs `--jobs` (undefined: one per core).
 * @param articles how many articles there are.
 * @returns the number of threads, this one included; 1 to build on this thread.
 */
export function threadsFor(jobs: number | undefined, articles: number): number {
  const wanted = jobs ?? availableParallelism()
  // Starting a worker costs about as much as building an article or two.
  if (wanted <= 1 || articles < 2 * wanted || !workerEntry()) return 1
  return wanted
}

/** Articles a worker holds at once: the one it builds and the next, so that it never waits for this thread to hand it one. */
const inHand = 2

/**
 * Start the workers of a build: they load their code and glossary while
 * this thread goes on with its own.
 *
 * @param threads how many threads in all, this one included (more than 1).
 * @param setup what each worker needs.
 * @returns the pool.
 */
export function startWorkers(threads: number, setup: WorkerSetup): WorkerPool {
  const entry = workerEntry()
  if (!entry) throw new Error('the worker threads need the compiled build (npm run build)')
  const workers = Array.from({length: threads - 1}, () => new Worker(entry, {workerData: setup}))
  return {
    threads,
    build: (paths, inputs, local) => buildOn(workers, {paths, inputs, local}),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
  }
}

/** One round of building on a pool. */
interface Round {
  paths: readonly string[]
  inputs: Inputs
  local: (path: string) => Promise<Outcome>
}

/**
 * Build a round's articles on this thread and the workers, yielding outcomes in article order.
 *
 * @param workers the pool's workers.
 * @param round the articles, their inputs and this thread's builder.
 * @returns the outcomes.
 */
async function* buildOn(workers: readonly Worker[], round: Round): AsyncGenerator<Outcome> {
  const {paths} = round
  const done = new Map<number, Outcome>()
  let wake: (() => void) | undefined
  let failed: unknown
  let next = 0
  const settle = (index: number, outcome: Outcome): void => {
    done.set(index, outcome)
    wake?.()
  }
  const fail = (error: unknown): void => {
    failed ??= error
    wake?.()
  }
  /** Articles sent to each worker and not yet back. */
  const pending = new Map<Worker, number>()
  /**
   * Top up a worker's hand from the articles left. Near the end it holds
   * only the one it builds: an article waiting in a busy worker's hand while
   * another thread has nothing to do would leave a core idle at the finish.
   */
  const feed = (worker: Worker): void => {
    const wanted = paths.length - next > workers.length + 1 ? inHand : 1
    while (next < paths.length && (pending.get(worker) ?? 0) < wanted) {
      const job: WorkerJob = {index: next, path: paths[next++] ?? ''}
      worker.postMessage(job)
      pending.set(worker, (pending.get(worker) ?? 0) + 1)
    }
  }
  const listeners = workers.map((worker) => {
    const onMessage = (message: WorkerDone): void => {
      pending.set(worker, (pending.get(worker) ?? 1) - 1)
      settle(message.index, message.outcome)
      feed(worker)
    }
    const onExit = (code: number): void => fail(new Error(`a build worker stopped (exit code ${code})`))
    worker.on('message', onMessage).on('error', fail).on('exit', onExit)
    worker.postMessage({inputs: round.inputs} satisfies WorkerJob)
    feed(worker)
    return {worker, onMessage, onExit}
  })
  // This thread takes its share too, while the workers start.
  const here = (async () => {
    while (next < paths.length && failed === undefined) {
      const index = next++
      settle(index, await round.local(paths[index] ?? ''))
    }
  })().catch(fail)
  try {
    for (let index = 0; index < paths.length; index++) {
      while (!done.has(index)) {
        if (failed !== undefined) throw failed
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
    for (const {worker, onMessage, onExit} of listeners) worker.off('message', onMessage).off('error', fail).off('exit', onExit)
  }
}
