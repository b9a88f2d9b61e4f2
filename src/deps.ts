import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import type { Config } from './config.js'
import type { DatabaseKind, PreparedQuery } from './db/database.js'
import type { DB } from './db/schema.js'
import type { Mailer } from './delivery/mailer.js'
import type { SmsProvider } from './delivery/sms.js'

export interface Clock {
  now(): Date
}

/** DNS TXT lookups (sender-domain verification); tests give a local answer. */
export interface TxtResolver {
  resolveTxt(name: string): Promise<string[][]>
}

export const systemClock: Clock = { now: () => new Date() }

/** What services need, passed explicitly: no container, no globals. */
export interface Deps {
  db: Kysely<DB>
  dbKind: DatabaseKind
  /** Named prepared statements for the per-request hot path. */
  prepared: PreparedQuery
  config: Config
  mailer: Mailer
  sms: SmsProvider
  dns: TxtResolver
  clock: Clock
  log: FastifyBaseLogger
}
