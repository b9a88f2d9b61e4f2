import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { pino } from 'pino'
import type { Config } from './config.js'
import { txtResolverFor } from './content/domains.js'
import { type Database, openDatabase } from './db/database.js'
import { migrateToLatest } from './db/migrate.js'
import { createMailer } from './delivery/mailer.js'
import { createSmsProvider } from './delivery/sms.js'
import { type Deps, systemClock } from './deps.js'
import { buildApp } from './http/app.js'
import { startInboundMail } from './inbound-mail/listener.js'
import { sendEmailToSms } from './inbox/email-to-sms.js'
import { startWorker } from './jobs/worker.js'

/** Paths whose last segment is a credential (an inbound endpoint's secret URL). */
const SECRET_PATH = /^(\/api\/v1\/inbound\/)[^/?]+/

/** A request as the log shows it: the secret part of a secret URL left out. */
export function loggedRequest(request: {
  method?: string
  url?: string
  hostname?: string
  ip?: string
  id?: string
}) {
  return {
    method: request.method,
    url: request.url?.replace(SECRET_PATH, '$1[secret]'),
    host: request.hostname,
    remoteAddress: request.ip,
  }
}

export function createLogger(config: Config) {
  return pino({
    level: config.logLevel,
    base: { service: 'chorus' },
    serializers: { req: loggedRequest },
  })
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
}

export function createDeps(config: Config, database: Database): Deps {
  return {
    db: database.db,
    dbKind: database.kind,
    prepared: database.prepared,
    config,
    mailer: createMailer({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      mailboxDir: path.join(config.dataDir, 'mailbox'),
      maxConnections: config.sendConcurrency,
    }),
    sms: createSmsProvider({ gatewayUrl: config.smsGatewayUrl, captureDir: config.dataDir }),
    dns: txtResolverFor(config),
    clock: systemClock,
    log: createLogger(config),
  }
}

export interface RunningServer {
  app: FastifyInstance
  stop(): Promise<void>
}

/** Migrates, serves the API and runs the background worker, all in this one process. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openConfiguredDatabase(config)
  const deps = createDeps(config, database)
  try {
    const applied = await migrateToLatest(database.db)
    if (applied.length > 0) deps.log.info({ applied }, 'database migrated')
    const app = await buildApp(deps)
    await app.listen({ port: config.port, host: config.host })
    const worker = await startWorker(deps)
    // One listener per server process; `chorus worker` receives no mail (docs/DESIGN.md).
    const inboundPort = config.inboundMail.port
    const inbound = inboundPort
      ? await startInboundMail(deps, {
          port: inboundPort,
          host: config.host,
          emailToSms: sendEmailToSms,
        })
      : undefined
    deps.log.info(
      { url: `http://${config.host}:${config.port}`, database: database.kind },
      'Chorus is listening',
    )
    return {
      app,
      async stop() {
        await inbound?.close()
        await worker.stop()
        await app.close()
        deps.mailer.close()
        await database.close()
      },
    }
  } catch (error) {
    await database.close()
    throw error
  }
}
