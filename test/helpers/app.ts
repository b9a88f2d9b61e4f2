import { randomInt, randomUUID } from 'node:crypto'
import dns from 'node:dns/promises'
import type { OutgoingHttpHeaders } from 'node:http'
import type { FastifyInstance } from 'fastify'
import { pino } from 'pino'
import { afterAll, beforeAll } from 'vitest'
import { type Config, loadConfig } from '../../src/config.js'
import { createMailer } from '../../src/delivery/mailer.js'
import { createSmsProvider } from '../../src/delivery/sms.js'
import type { Clock, Deps, TxtResolver } from '../../src/deps.js'
import { type AppOptions, buildApp } from '../../src/http/app.js'
import { createTestDatabase } from './database.js'

export interface TestApp {
  app: FastifyInstance
  deps: Deps
  close(): Promise<void>
}

export interface TestAppOptions extends AppOptions {
  config?: Partial<Config>
  clock?: Clock
  dns?: TxtResolver
}

/** The real app on a database of its own; mail goes to `config.smtpUrl` when a test gives one. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase()
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', CHORUS_DATA_DIR: `/tmp/chorus-test-${randomUUID()}` }),
    ...options.config,
  }
  const deps: Deps = {
    db: database.db,
    dbKind: database.kind,
    prepared: database.prepared,
    config,
    mailer: createMailer({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      mailboxDir: `${config.dataDir}/mailbox`,
      maxConnections: config.sendConcurrency,
    }),
    sms: createSmsProvider({ gatewayUrl: config.smsGatewayUrl, captureDir: config.dataDir }),
    dns: options.dns ?? dns,
    clock: options.clock ?? { now: () => new Date() },
    log: pino({ level: process.env.CHORUS_TEST_LOG ?? 'silent' }),
  }
  const app = await buildApp(deps, { checkResponses: true, ...options })
  return {
    app,
    deps,
    async close() {
      await app.close()
      deps.mailer.close()
      await database.close()
    },
  }
}

/**
 * One app for the whole test file: made in beforeAll and closed in afterAll, registered here so
 * that each file does not write those hooks again. What it returns reads the app when a test
 * uses it (after beforeAll), so it can be kept in a `const` at the top of the file.
 */
export function useTestApp(options: TestAppOptions | (() => TestAppOptions) = {}): TestApp {
  let current: TestApp | undefined
  beforeAll(async () => {
    current = await createTestApp(typeof options === 'function' ? options() : options)
  })
  afterAll(async () => {
    await current?.close()
  })
  return lazyTestApp(() => current)
}

/** A TestApp that reads the one `get` returns each time it is used: for apps made in beforeAll. */
export function lazyTestApp(get: () => TestApp | undefined): TestApp {
  const made = () => {
    const app = get()
    if (!app) throw new Error('the test app is used before beforeAll has made it')
    return app
  }
  return {
    get app() {
      return made().app
    },
    get deps() {
      return made().deps
    },
    close: () => made().close(),
  }
}

/** A clock the test moves by hand. */
export function manualClock(start = new Date()): Clock & { advance(ms: number): void } {
  let now = start.getTime()
  return {
    now: () => new Date(now),
    advance(ms) {
      now += ms
    },
  }
}

export interface Reply {
  status: number
  body: any
  headers: OutgoingHttpHeaders
}

/** The cookie header and, as the web app does on writes, the CSRF token echoed from its cookie. */
export function sessionHeaders(cookies: ReadonlyMap<string, string>): Record<string, string> {
  const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  const csrf = cookies.get('chorus_csrf')
  return { ...(cookie ? { cookie } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}) }
}

/**
 * A browser: keeps its cookies, echoes the CSRF cookie in the header on writes as the web app
 * does, and comes from its own address.
 */
export class Browser {
  readonly cookies = new Map<string, string>()
  readonly ip = `127.${randomInt(1, 255)}.${randomInt(0, 255)}.${randomInt(1, 255)}`
  constructor(private readonly app: FastifyInstance) {}

  async request(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      remoteAddress: this.ip,
      headers: { ...sessionHeaders(this.cookies), ...headers },
      ...(body === undefined ? {} : { payload: body as object }),
    })
    for (const c of response.cookies as Array<{ name: string; value: string; maxAge?: number }>) {
      if (c.value === '' || c.maxAge === 0) this.cookies.delete(c.name)
      else this.cookies.set(c.name, c.value)
    }
    let parsed: unknown = response.body
    if (String(response.headers['content-type'] ?? '').includes('json') && response.body) {
      parsed = JSON.parse(response.body)
    }
    return { status: response.statusCode, body: parsed, headers: response.headers }
  }

  get = (url: string) => this.request('GET', url)
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {})
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {})
  delete = (url: string) => this.request('DELETE', url)
}

let counter = 0
export function uniqueEmail(prefix = 'user'): string {
  counter += 1
  return `${prefix}-${counter}-${randomUUID().slice(0, 8)}@example.test`
}

export const GOOD_PASSWORD = 'plum tractor sings at dawn'

export async function signUp(
  app: FastifyInstance,
  overrides: Partial<Record<string, string>> = {},
) {
  const browser = new Browser(app)
  const input = {
    email: uniqueEmail(),
    password: GOOD_PASSWORD,
    name: 'Test User',
    accountName: 'Test Account',
    ...overrides,
  }
  const reply = await browser.post('/api/v1/auth/signup', input)
  if (reply.status !== 201)
    throw new Error(`sign-up failed: ${reply.status} ${JSON.stringify(reply.body)}`)
  return { browser, ...input, user: reply.body.user, account: reply.body.account }
}
