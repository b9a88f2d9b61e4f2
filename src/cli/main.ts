#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { addOperatorCredits } from '../campaigns/credits.js'
import { ConfigError, loadConfig } from '../config.js'
import { DataFolderLockedError } from '../db/lock.js'
import { migrateToLatest } from '../db/migrate.js'
import { AppError } from '../errors.js'
import { setOperator } from '../identity/operators.js'
import { signUp } from '../identity/service.js'
import { startSendingWorkers } from '../jobs/worker.js'
import { createDeps, openConfiguredDatabase, startServer } from '../server.js'
import { CommandError, importFile } from './import.js'

const USAGE = `Usage:
  chorus start                         migrate, serve the API and run the worker
  chorus migrate                       apply database migrations and exit
  chorus worker                        send campaigns alongside the servers (needs DATABASE_URL)
  chorus user create --email E --password P [--name N] [--account-name A]
                                       create a user with their own account; prints the account id
  chorus operator grant|revoke <email>  make a user an operator of the installation (or no longer)
  chorus credits add <accountId> <email|sms> <amount>
                                       add credits to a top-level account (prints the balances)
  chorus import <accountId> <file.csv> [--group <groupId>] [--url <server>] [--key <API key>]
                                       import contacts through the running server (API key from
                                       --key or CHORUS_API_KEY; server http://127.0.0.1:$PORT)

Configuration comes from the environment (PORT, HOST, CHORUS_DATA_DIR, DATABASE_URL, SMTP_URL, …);
see the README.`

async function start() {
  const server = await startServer(loadConfig())
  const shutdown = () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

async function withDatabase<T>(
  work: (deps: ReturnType<typeof createDeps>) => Promise<T>,
): Promise<T> {
  const config = loadConfig()
  const database = await openConfiguredDatabase(config)
  const deps = createDeps(config, database)
  try {
    await migrateToLatest(database.db)
    return await work(deps)
  } finally {
    deps.mailer.close()
    await database.close()
  }
}

async function createUser(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      'account-name': { type: 'string' },
    },
  })
  if (!values.email || !values.password)
    throw new UsageError('user create needs --email and --password')
  const name = values.name ?? values.email.split('@')[0] ?? values.email
  const { account } = await withDatabase((deps) =>
    signUp(
      deps,
      {
        email: values.email as string,
        password: values.password as string,
        name,
        accountName: values['account-name'] ?? `${name}'s account`,
      },
      // The operator vouches for the address.
      { confirmed: true },
    ),
  )
  process.stdout.write(`${account.id}\n`)
}

async function operatorCommand(action: string | undefined, args: string[]) {
  const [email, ...extra] = args
  if ((action !== 'grant' && action !== 'revoke') || !email || extra.length > 0) {
    throw new UsageError('operator needs grant or revoke and an email address')
  }
  await withDatabase((deps) => setOperator(deps.db, email, action === 'grant'))
  process.stdout.write(`${email} ${action === 'grant' ? 'is' : 'is no longer'} an operator\n`)
}

async function creditsCommand(action: string | undefined, args: string[]) {
  const [accountId, channel, amount, ...extra] = args
  if (action !== 'add' || !accountId || !channel || !amount || extra.length > 0) {
    throw new UsageError('credits add needs an account id, email or sms, and an amount')
  }
  if (channel !== 'email' && channel !== 'sms') throw new UsageError('the channel is email or sms')
  if (!/^\d+$/.test(amount)) throw new UsageError('the amount is a whole number')
  const balances = await withDatabase((deps) =>
    addOperatorCredits(
      deps,
      { userId: null, kind: 'system' },
      { accountId, channel, amount: Number(amount) },
    ),
  )
  process.stdout.write(`email ${balances.email}, sms ${balances.sms}\n`)
}

async function importCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { group: { type: 'string' }, url: { type: 'string' }, key: { type: 'string' } },
  })
  const [accountId, file, ...extra] = positionals
  if (!accountId || !file || extra.length > 0)
    throw new UsageError('import needs an account id and a CSV file')
  const apiKey = values.key ?? process.env.CHORUS_API_KEY
  if (!apiKey) throw new UsageError('import needs an API key: --key or CHORUS_API_KEY')
  const url = (values.url ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}`).replace(/\/+$/, '')
  process.exitCode = await importFile({ accountId, file, groupId: values.group, url, apiKey })
}

/** An extra delivery process for scaling out; every server runs one of its own as well. */
async function worker() {
  const config = loadConfig()
  if (!config.databaseUrl) {
    throw new UsageError(
      'a separate worker needs DATABASE_URL; on the embedded database the server sends by itself',
    )
  }
  const database = await openConfiguredDatabase(config)
  const deps = createDeps(config, database)
  const sending = await startSendingWorkers(deps)
  deps.log.info({ workerId: sending.id }, 'Chorus worker is sending')
  const shutdown = () => {
    sending
      .stop()
      .then(() => database.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      )
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

class UsageError extends Error {}

async function main(argv: string[]) {
  const [command, sub, ...rest] = argv
  if (command === 'start') return start()
  if (command === 'migrate') {
    const applied = await withDatabase((deps) => migrateToLatest(deps.db))
    process.stdout.write(
      applied.length ? `applied ${applied.join(', ')}\n` : 'database is up to date\n',
    )
    return
  }
  if (command === 'worker') return worker()
  if (command === 'user' && sub === 'create') return createUser(rest)
  if (command === 'import') return importCommand(argv.slice(1))
  if (command === 'operator') return operatorCommand(sub, rest)
  if (command === 'credits') return creditsCommand(sub, rest)
  if (command === undefined || command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  throw new UsageError(`unknown command: ${argv.join(' ')}`)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`chorus: ${error.message}\n\n${USAGE}\n`)
  } else if (error instanceof ConfigError) {
    process.stderr.write(`chorus: invalid configuration: ${error.message}\n`)
  } else if (error instanceof DataFolderLockedError || error instanceof CommandError) {
    process.stderr.write(`chorus: ${error.message}\n`)
  } else if (error instanceof AppError) {
    const field = typeof error.details.field === 'string' ? ` (${error.details.field})` : ''
    process.stderr.write(`chorus: ${error.message}${field}\n`)
  } else {
    process.stderr.write(`chorus: ${error instanceof Error ? error.message : String(error)}\n`)
  }
  process.exitCode = 1
})
