#!/usr/bin/env node
// Runs the whole suite on the embedded database (PGlite), then again on a throwaway PostgreSQL
// cluster when a PostgreSQL server is installed, while the browser tests run beside both, and
// ends with one line: "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { findPostgresBin, startCluster } from './pg-cluster.mjs'

const root = path.resolve(import.meta.dirname, '..')
const resultsDir = path.join(root, '.test-results')
fs.mkdirSync(resultsDir, { recursive: true })
const extraArgs = process.argv.slice(2)

/**
 * One Vitest run; its counts come from its JSON report. With `logFile`, its output goes there (a
 * run beside another) and is printed when it ends.
 */
function runVitest(label, env, { configArgs = [], args = extraArgs, logFile } = {}) {
  const outputFile = path.join(resultsDir, `${label}.json`)
  fs.rmSync(outputFile, { force: true })
  console.log(
    `\n=== tests on ${label}${logFile ? ` (output in ${logFile} until it ends)` : ''} ===`,
  )
  const log = logFile ? fs.openSync(logFile, 'w') : undefined
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
      {
        cwd: root,
        stdio: log === undefined ? 'inherit' : ['ignore', log, log],
        env: { ...process.env, ...env },
      },
    )
    child.on('exit', (code) => {
      if (log !== undefined) {
        fs.closeSync(log)
        console.log(`\n=== output of the tests on ${label} ===`)
        process.stdout.write(fs.readFileSync(logFile))
      }
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

/** The server suite again on a throwaway PostgreSQL cluster, when a server is installed. */
async function postgresPhase(workerArgs) {
  const bin = process.env.CHORUS_TEST_SKIP_POSTGRES ? undefined : findPostgresBin()
  if (!bin) {
    console.log('\n(no PostgreSQL server installed: the PostgreSQL run is skipped)')
    return { passed: 0, failed: 0 }
  }
  let cluster
  try {
    cluster = await startCluster(bin)
    return await runVitest('postgres', cluster.env, { args: [...workerArgs, ...extraArgs] })
  } catch (error) {
    console.error(`PostgreSQL run could not start: ${error.message}`)
    return { passed: 0, failed: 1 }
  } finally {
    cluster?.stop()
  }
}

/** Whether the browser tests run: Chromium is there and, when files are named, some are e2e. */
function browserArgsToRun() {
  const browserArgs = extraArgs.filter((arg) => arg.startsWith('web/e2e'))
  if (extraArgs.length > 0 && browserArgs.length === 0) return undefined
  if (!fs.existsSync(chromiumPath)) {
    console.log(`\n(no Chromium at ${chromiumPath}: the browser tests are skipped)`)
    return undefined
  }
  return browserArgs
}

// The browser tests: the built web application in Debian's Chromium, against the real server.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const browserArgs = browserArgsToRun()
const serverFiles = extraArgs.length === 0 || extraArgs.some((arg) => !arg.startsWith('web/e2e'))
if (browserArgs && !fs.existsSync(path.join(root, 'web/dist/index.html'))) {
  const built = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: root, stdio: 'inherit' })
  if (built.status !== 0) totals.failed += 1
}

// The browser tests mostly wait on Chromium and the server: they run beside the whole server
// suite (PGlite, then PostgreSQL).
const beside = Boolean(browserArgs && serverFiles)
const browser = browserArgs
  ? runVitest(
      'browser',
      {},
      {
        configArgs: ['--config', 'vitest.e2e.config.ts'],
        args: browserArgs,
        ...(beside ? { logFile: path.join(resultsDir, 'browser.log') } : {}),
      },
    )
  : undefined
const server = serverFiles
  ? runVitest('pglite', {}).then(async (pglite) => {
      // Every core, even while the browser tests still run: Vitest cannot add a worker once they
      // end, and one worker made this the longest phase (docs/DESIGN.md, the browser tests).
      const postgres = await postgresPhase([])
      return { passed: pglite.passed + postgres.passed, failed: pglite.failed + postgres.failed }
    })
  : undefined
const phases = [server, browser]
for (const result of await Promise.all(phases)) if (result) add(result)

console.log(`\n${totals.passed} passed, ${totals.failed} failed`)
process.exit(totals.failed > 0 ? 1 : 0)
