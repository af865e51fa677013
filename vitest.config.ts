import {availableParallelism} from 'node:os'
import {resolve} from 'node:path'
import {defineConfig, type Plugin} from 'vitest/config'
import {HeaviestFirst} from './tests/support/sequencer.js'

/**
 * The reader's in-page script exists only as the bundle the build writes to
 * lib/ (src/ holds its source and a declaration): tests that render from
 * src/ load that bundle, which tests/support/binary-build.ts builds first.
 */
const shippedClient: Plugin = {
  name: 'zhgloss-shipped-client',
  resolveId(source, importer) {
    if (source === './client-script.js' && importer?.includes('/src/render/reader/')) return resolve('lib/render/reader/client-script.js')
    if (source === './line-script.js' && importer?.includes('/src/render/handout/')) return resolve('lib/render/handout/line-script.js')
    return null
  }
}

/** Test files that replace modules (vi.mock) or need the main thread's stack size (nesting): each in a process of its own. */
const isolated = ['tests/formats.test.ts', 'tests/nesting.test.ts', 'tests/build-check-once.test.ts']

export default defineConfig({
  plugins: [shippedClient],
  test: {
    globalSetup: ['tests/support/binary-build.ts'],
    setupFiles: ['tests/support/cli-cleanup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Every core: vitest's default leaves one idle, and the browser and CLI tests wait on other processes.
    maxWorkers: availableParallelism(),
    // The heaviest files first, so that none of them runs alone at the end (a fresh clone has no timings to go by).
    sequence: {sequencer: HeaviestFirst},
    projects: [
      {
        extends: true,
        // Files share a worker thread and its loaded modules (loading src/ and its dependencies again for each file cost more than half their time).
        test: {name: 'shared', include: ['tests/**/*.test.ts'], exclude: isolated, pool: 'threads', isolate: false}
      },
      {extends: true, test: {name: 'isolated', include: isolated, pool: 'forks', isolate: true}}
    ]
  }
})
