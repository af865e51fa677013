/**
 * Vitest global setup: build lib/ once before any test, so that tests which
 * run the real binary (bin/zhgloss.js runs lib/) never see a stale build.
 * A failed build stops the run with the compiler's output.
 */
import {execFileSync} from 'node:child_process'

/** Build lib/ (validators, then TypeScript); throws with the output when it fails. */
export default function setup(): void {
  try {
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'build'], {stdio: 'pipe'})
  } catch (error) {
    const output = error as {stdout?: Buffer; stderr?: Buffer}
    throw new Error(`npm run build failed before the tests:\n${String(output.stdout ?? '')}${String(output.stderr ?? '')}`)
  }
}
