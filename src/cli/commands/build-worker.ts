/**
 * A build worker thread: loads the glossary once, then builds the articles
 * it is sent one at a time, in the order sent, and sends back each outcome
 * (see build-pool.ts). The articles waiting their turn are queued here, so
 * that the next is at hand the moment one is done.
 */
import {resolve} from 'node:path'
import {parentPort, workerData} from 'node:worker_threads'
import {ZhglossError} from '../../core/problem.js'
import type {Inputs} from '../../node/guard-inputs.js'
import {loadGlossary} from '../../node/load-glossary.js'
import {buildArticle, type BuildSettings} from './build-article.js'
import type {Outcome, WorkerDone, WorkerJob, WorkerSetup} from './build-pool.js'
import {selectFiles} from './build.js'

const setup = workerData as WorkerSetup
const files = selectFiles(setup.settings.fileNames.join(','))
if (typeof files === 'string') throw new Error(files)
const {fileNames: _names, ...rest} = setup.settings
const settings: BuildSettings = {...rest, files}
const io = {
  stdout: {write: () => true},
  stderr: {write: () => true},
  readStdin: async () => new Uint8Array(),
  cwd: setup.cwd,
  env: setup.env
}

/** The glossary, loaded while the first articles arrive. */
const loading = loadGlossary(resolve(setup.cwd, settings.glossary))
/** Jobs received and not yet done, in order. */
const queue: WorkerJob[] = []
let inputs: Inputs = {files: [], folders: []}
let running = false

parentPort?.on('message', (job: WorkerJob) => {
  queue.push(job)
  if (!running) void drain()
})

/** Build what is queued, one article after the other. */
async function drain(): Promise<void> {
  running = true
  for (let job = queue.shift(); job; job = queue.shift()) {
    if ('inputs' in job) inputs = job.inputs
    else parentPort?.postMessage({index: job.index, outcome: await build(job.path)} satisfies WorkerDone)
  }
  running = false
}

/**
 * Build one article; a refusal (a problem in the article) is its outcome, anything else a crash.
 *
 * @param path the article.
 * @returns the outcome.
 */
async function build(path: string): Promise<Outcome> {
  try {
    return {built: await buildArticle(path, {glossary: await loading, settings, io, inputs})}
  } catch (error) {
    if (!(error instanceof ZhglossError)) throw error
    return {problems: [...error.problems]}
  }
}
