import { defineConfig } from 'vitest/config'

// The browser tests: the built web application in Debian's Chromium against the real server.
export default defineConfig({
  test: {
    include: ['web/e2e/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // One browser at a time: each file runs a server and a Chromium of its own.
    fileParallelism: false,
    // They run beside the PostgreSQL run of the server tests (scripts/test.mjs): a story may take
    // twice as long as on an idle machine; the limit only stops a hang.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    env: { NODE_ENV: 'test' },
  },
})
