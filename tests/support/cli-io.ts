/**
 * Run the command line in-process with captured streams, in a folder of
 * its own (`tempProject`, from cli-project).
 */
import type {Io, TextSink} from '../../src/cli/common/io.js'
import {run} from '../../src/cli/run.js'

/** A sink that keeps what is written. */
export interface CapturedSink extends TextSink {
  /** Everything written so far, as text. */
  text(): string
}

/**
 * A sink that records writes.
 *
 * @param isTTY whether it pretends to be a terminal.
 * @returns the sink.
 */
export function captureSink(isTTY = false): CapturedSink {
  const chunks: string[] = []
  return {
    isTTY,
    columns: 100,
    write(text) {
      chunks.push(typeof text === 'string' ? text : new TextDecoder().decode(text))
      return true
    },
    text: () => chunks.join('')
  }
}

/** Options of `runCli`. */
export interface RunCliOptions {
  cwd: string
  stdin?: string
  env?: Record<string, string>
  /** Pretend both streams are terminals. */
  tty?: boolean
  onInterrupt?: Io['onInterrupt']
}

/**
 * Run the command line with captured output.
 *
 * @param argv the arguments.
 * @param options folder, standard input, environment.
 * @returns the exit code and what was written.
 */
export async function runCli(argv: string[], options: RunCliOptions): Promise<{code: number; stdout: string; stderr: string}> {
  const stdout = captureSink(options.tty)
  const stderr = captureSink(options.tty)
  const io: Io = {
    stdout,
    stderr,
    cwd: options.cwd,
    env: options.env ?? {},
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    ...(options.onInterrupt ? {onInterrupt: options.onInterrupt} : {})
  }
  const code = await run(argv, io, '0.0.0-test')
  return {code, stdout: stdout.text(), stderr: stderr.text()}
}

export {tempProject} from './cli-project.js'
