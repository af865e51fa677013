/**
 * The only module that touches `process`: argv, streams, environment and
 * signals in; exit code out.
 */
import {readFileSync} from 'node:fs'
import {buffer} from 'node:stream/consumers'
import {run} from './run.js'

/** A reader that stops early (`| head`) closes the pipe; that ends the output, not in a crash. */
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
}

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}

process.exitCode = await run(
  process.argv.slice(2),
  {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => new Uint8Array(await buffer(process.stdin)),
    cwd: process.cwd(),
    env: process.env,
    onInterrupt(listener) {
      process.once('SIGINT', listener)
      return () => process.off('SIGINT', listener)
    }
  },
  version
)
