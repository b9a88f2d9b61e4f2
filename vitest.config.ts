import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // A worker keeps its modules from one file to the next (PGlite's compiled WebAssembly above
    // all) instead of loading them again. Files share no state: each makes its own database and
    // app, and none changes a module's state without putting it back.
    isolate: false,
    // Property tests and the tests that start processes take tens of seconds on a busy 2-core
    // machine; the limit is there to stop a hang, not to time anything.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
})
