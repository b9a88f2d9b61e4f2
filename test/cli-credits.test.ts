import { describe, expect, it } from 'vitest'
import { runChorus, useProcessData } from './helpers/cli.js'

const { dataDir, databaseEnv } = useProcessData('chorus-cli-credits-')

const run = (args: string[]) =>
  runChorus(args, {
    CHORUS_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    CHORUS_SIGNUP_CREDITS: '1000/100',
    ...databaseEnv(),
  })

describe('chorus credits and chorus operator', () => {
  // Each run starts a process that migrates: slow on a shared machine, hence the generous timeout.
  it('an operator of the installation adds credits to a top-level account from the command line', {
    timeout: 180_000,
  }, async () => {
    const created = await run([
      'user',
      'create',
      '--email',
      'brand@example.test',
      '--password',
      'cli passphrase credits',
    ])
    expect(created.code, created.stderr).toBe(0)
    const accountId = created.stdout.trim()

    const added = await run(['credits', 'add', accountId, 'sms', '250'])
    expect(added.stderr).toBe('')
    expect(added.code).toBe(0)
    expect(added.stdout.trim()).toBe('email 1000, sms 350')

    const granted = await run(['operator', 'grant', 'Brand@Example.test'])
    expect(granted.code, granted.stderr).toBe(0)
    const unknown = await run(['operator', 'grant', 'nobody@example.test'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/user not found/)
  })
})
