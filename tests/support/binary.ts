/**
 * Run the real command line (`bin/zhgloss.js`, which runs the compiled lib/:
 * the global setup, binary-build.ts, builds it first) as a separate process, without colour.
 */
import {execFile} from 'node:child_process'
import {join} from 'node:path'

/** What a run printed and how it ended. */
export interface BinaryOutcome {
  code: number
  stdout: string
  stderr: string
}

const bin = join(process.cwd(), 'bin/zhgloss.js')

/**
 * Run `zhgloss` with arguments; resolves whatever the exit code.
 *
 * @param args the arguments.
 * @param cwd the working folder. (default: the repository)
 * @returns the exit code and the output.
 */
export function runBinary(args: readonly string[], cwd: string = process.cwd()): Promise<BinaryOutcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], {cwd, env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}}, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr})
    })
  })
}
