import { defineConfig } from 'vitest/config'

// The browser tests: the built web application in Debian's Chromium against the real server.
export default defineConfig({
  test: {
    include: ['web/e2e/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // One browser at a time: each file runs a server and a Chromium of its own.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
})
