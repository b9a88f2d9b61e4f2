#!/usr/bin/env node
// Runs the whole suite on the embedded database (PGlite), then again on a throwaway PostgreSQL
// cluster when a PostgreSQL server is installed, and ends with one line: "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { findPostgresBin, startCluster } from './pg-cluster.mjs'

const root = path.resolve(import.meta.dirname, '..')
const resultsDir = path.join(root, '.test-results')
fs.mkdirSync(resultsDir, { recursive: true })
const extraArgs = process.argv.slice(2)

function runVitest(label, env, configArgs = [], args = extraArgs) {
  const outputFile = path.join(resultsDir, `${label}.json`)
  fs.rmSync(outputFile, { force: true })
  console.log(`\n=== tests on ${label} ===`)
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${outputFile}`,
        ...configArgs,
        ...args,
      ],
      { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } },
    )
    child.on('exit', (code) => {
      let passed = 0
      let failed = 0
      try {
        const report = JSON.parse(fs.readFileSync(outputFile, 'utf8'))
        passed = report.numPassedTests
        failed = report.numFailedTests
        // A file that fails to load counts as a failure even though it ran no test.
        failed += report.testResults.filter(
          (r) => r.status === 'failed' && r.assertionResults.length === 0,
        ).length
      } catch {
        failed += 1
      }
      if (code !== 0 && failed === 0) failed = 1
      resolve({ passed, failed })
    })
  })
}

const totals = { passed: 0, failed: 0 }
function add(result) {
  totals.passed += result.passed
  totals.failed += result.failed
}

add(await runVitest('pglite', {}))
const bin = process.env.CHORUS_TEST_SKIP_POSTGRES ? undefined : findPostgresBin()
if (bin) {
  let cluster
  try {
    cluster = await startCluster(bin)
    add(await runVitest('postgres', cluster.env))
  } catch (error) {
    console.error(`PostgreSQL run could not start: ${error.message}`)
    totals.failed += 1
  } finally {
    cluster?.stop()
  }
} else {
  console.log('\n(no PostgreSQL server installed: the PostgreSQL run is skipped)')
}
// The browser tests: the built web application in Debian's Chromium, against the real server.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const browserArgs = extraArgs.filter((arg) => arg.startsWith('web/e2e'))
if (extraArgs.length > 0 && browserArgs.length === 0) {
  // Files were named and none is a browser test.
} else if (!fs.existsSync(chromiumPath)) {
  console.log(`\n(no Chromium at ${chromiumPath}: the browser tests are skipped)`)
} else {
  if (!fs.existsSync(path.join(root, 'web/dist/index.html'))) {
    const built = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: root, stdio: 'inherit' })
    if (built.status !== 0) totals.failed += 1
  }
  add(await runVitest('browser', {}, ['--config', 'vitest.e2e.config.ts'], browserArgs))
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`)
process.exit(totals.failed > 0 ? 1 : 0)
