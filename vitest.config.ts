import {resolve} from 'node:path'
import {defineConfig, type Plugin} from 'vitest/config'

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

export default defineConfig({
  plugins: [shippedClient],
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/binary-build.ts'],
    setupFiles: ['tests/support/cli-cleanup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000
  }
})
