/**
 * A build worker thread: loads the glossary once, then builds each article
 * it is sent and sends back the outcome (see build-pool.ts).
 */
import {resolve} from 'node:path'
import {parentPort, workerData} from 'node:worker_threads'
import {ZhglossError} from '../../core/problem.js'
import {loadGlossary} from '../../node/load-glossary.js'
import {buildArticle, type BuildSettings} from './build-article.js'
import type {Outcome, WorkerSetup} from './build-pool.js'
import {selectFiles} from './build.js'

const setup = workerData as WorkerSetup
const files = selectFiles(setup.settings.fileNames.join(','))
if (typeof files === 'string') throw new Error(files)
const {fileNames: _names, ...rest} = setup.settings
const settings: BuildSettings = {...rest, files}
const glossary = await loadGlossary(resolve(setup.cwd, settings.glossary))
const io = {
  stdout: {write: () => true},
  stderr: {write: () => true},
  readStdin: async () => new Uint8Array(),
  cwd: setup.cwd,
  env: setup.env
}

parentPort?.on('message', async ({index, path}: {index: number; path: string}) => {
  let outcome: Outcome
  try {
    outcome = {built: await buildArticle(path, {glossary, settings, io, inputs: setup.inputs})}
  } catch (error) {
    if (!(error instanceof ZhglossError)) throw error
    outcome = {problems: [...error.problems]}
  }
  parentPort?.postMessage({index, outcome})
})
