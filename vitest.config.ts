import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/binary-build.ts'],
    setupFiles: ['tests/support/cli-cleanup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000
  }
})
