/**
 * Before any test: bundle the reader's in-page script into lib/ exactly as
 * the build does, so that the tests load what ships and never a stale copy.
 */
import {execFileSync} from 'node:child_process'

/** Vitest's global setup: runs once, before the test files. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-client.mjs'], {stdio: 'inherit'})
}
