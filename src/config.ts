import { isIP } from 'node:net'
import path from 'node:path'

export type SignupMode = 'open' | 'closed'

export interface Config {
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  smtpUrl: string | undefined
  smsGatewayUrl: string | undefined
  publicUrl: string
  signup: SignupMode
  mailFrom: string
  /** Development relaxes cookie security (no Secure flag) and logs prettier. */
  development: boolean
  logLevel: string
  /** Credits a new top-level account starts with (CHORUS_SIGNUP_CREDITS, "email/sms"). */
  signupCredits: { email: number; sms: number }
  /** Messages in flight at once per sending process (CHORUS_SEND_CONCURRENCY). */
  sendConcurrency: number
  /** Messages per second per sending account; 0 = unlimited (CHORUS_SEND_RATE). */
  sendRatePerAccount: number
  /** Bearer secret of the inbound bounce/complaint webhook; unset = the endpoint is off. */
  inboundSecret: string | undefined
  /** DNS servers for sender-domain checks (CHORUS_DNS_SERVERS); empty = the system resolver. */
  dnsServers: string[]
  /** CHORUS_CREDITS: `unlimited` = this installation does not meter (no balance checked or shown). */
  credits: 'metered' | 'unlimited'
  /** Per-account import quotas: file size, rows (blank ones too), imports queued or running. */
  imports: { maxBytes: number; maxRows: number; maxActivePerAccount: number }
  /**
   * CHORUS_ALLOW_PRIVATE_WEBHOOKS=1: webhooks may reach loopback, private and link-local addresses
   * and plain http (intranets, tests); off, only https to public addresses.
   */
  allowPrivateWebhooks: boolean
  /**
   * Inbound mail (issue 19): the SMTP listener's port (CHORUS_SMTP_INBOUND_PORT, unset = off) and
   * the domains it receives for (CHORUS_INBOUND_DOMAIN, comma-separated; the first one names the
   * Reply-To and return path of campaign mail).
   */
  inboundMail: { port: number | undefined; domains: string[] }
  /**
   * CHORUS_FORMS_SECRET: the HMAC key of sign-up forms' proof-of-work challenges and signed
   * timestamps; unset = a random key the database keeps (instance_secrets 'forms').
   */
  formsSecret: string | undefined
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>

function readPort(env: Env): number {
  const raw = env.PORT ?? '3000'
  const port = Number(raw)
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535 (got "${raw}")`)
  }
  return port
}

function readUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name]
  if (raw === undefined || raw === '') return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(`${name} must be a URL (got "${raw}")`)
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`)
  }
  return raw
}

function readCount(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || value < min || !Number.isSafeInteger(value)) {
    throw new ConfigError(`${name} must be a whole number of at least ${min} (got "${raw}")`)
  }
  return value
}

/** "1000/100" (email/sms) or one number for email alone, SMS then 0. */
function readSignupCredits(env: Env): { email: number; sms: number } {
  const raw = env.CHORUS_SIGNUP_CREDITS
  if (raw === undefined || raw === '') return { email: 1000, sms: 100 }
  const match = /^(\d+)(?:\/(\d+))?$/.exec(raw)
  if (!match) {
    throw new ConfigError(
      `CHORUS_SIGNUP_CREDITS must look like 1000/100 (email/sms) (got "${raw}")`,
    )
  }
  return { email: Number(match[1]), sms: Number(match[2] ?? 0) }
}

/**
 * CHORUS_DNS_SERVERS: comma-separated `host[:port]`, hosts given as IP addresses (the resolver
 * cannot look a name server up by name); IPv6 with a port is written `[::1]:53`.
 */
function readDnsServers(env: Env): string[] {
  const raw = env.CHORUS_DNS_SERVERS ?? ''
  const servers = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  for (const server of servers) {
    const match = /^\[([^\]]+)\](?::(\d+))?$/.exec(server) ?? /^([^:]+)(?::(\d+))?$/.exec(server)
    const host = match ? match[1] : server
    const port = match?.[2] === undefined ? 53 : Number(match[2])
    if (isIP(host ?? '') === 0 || port < 1 || port > 65535) {
      throw new ConfigError(
        `CHORUS_DNS_SERVERS must be IP addresses with an optional port, like 10.0.0.2,[::1]:5353 (got "${server}")`,
      )
    }
  }
  return servers
}

const DOMAIN_NAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

/** CHORUS_SMTP_INBOUND_PORT and CHORUS_INBOUND_DOMAIN: a port without a domain would accept nothing. */
function readInboundMail(env: Env): Config['inboundMail'] {
  const domains = (env.CHORUS_INBOUND_DOMAIN ?? '')
    .split(',')
    .map((d) => d.trim().toLowerCase())
    .filter((d) => d !== '')
  for (const domain of domains) {
    if (!DOMAIN_NAME.test(domain)) {
      throw new ConfigError(
        `CHORUS_INBOUND_DOMAIN must be domain names, comma-separated, like replies.example.com (got "${domain}")`,
      )
    }
  }
  const raw = env.CHORUS_SMTP_INBOUND_PORT
  const port = raw === undefined || raw === '' ? undefined : Number(raw)
  if (port !== undefined && (!/^\d+$/.test(raw ?? '') || port < 1 || port > 65535)) {
    throw new ConfigError(
      `CHORUS_SMTP_INBOUND_PORT must be a whole number from 1 to 65535 (got "${raw}")`,
    )
  }
  if (port !== undefined && domains.length === 0) {
    throw new ConfigError(
      'CHORUS_SMTP_INBOUND_PORT needs CHORUS_INBOUND_DOMAIN (the domains it receives for)',
    )
  }
  return { port, domains }
}

function readChoice<T extends string>(env: Env, name: string, choices: T[], fallback: T): T {
  const raw = env[name] ?? fallback
  if (!choices.includes(raw as T)) {
    throw new ConfigError(`${name} must be one of ${choices.join(', ')} (got "${raw}")`)
  }
  return raw as T
}

/** Reads the configuration from the environment; throws ConfigError with one clear line. */
export function loadConfig(env: Env = process.env): Config {
  const port = readPort(env)
  const host = env.HOST ?? '127.0.0.1'
  const nodeEnv = env.NODE_ENV ?? 'production'
  const development = nodeEnv === 'development' || nodeEnv === 'test'
  const publicUrl = readUrl(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`
  return {
    port,
    host,
    dataDir: path.resolve(env.CHORUS_DATA_DIR ?? './data'),
    databaseUrl: readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    smtpUrl: readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    smsGatewayUrl: readUrl(env, 'SMS_GATEWAY_URL', ['http:', 'https:']),
    publicUrl: publicUrl.replace(/\/+$/, ''),
    signup: readChoice(env, 'CHORUS_SIGNUP', ['open', 'closed'], 'open'),
    mailFrom: env.CHORUS_MAIL_FROM ?? 'Chorus <no-reply@localhost>',
    development,
    logLevel: readChoice(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      'info',
    ),
    signupCredits: readSignupCredits(env),
    sendConcurrency: readCount(env, 'CHORUS_SEND_CONCURRENCY', 8, 1),
    sendRatePerAccount: readCount(env, 'CHORUS_SEND_RATE', 0),
    inboundSecret: env.CHORUS_INBOUND_SECRET || undefined,
    dnsServers: readDnsServers(env),
    credits: readChoice(env, 'CHORUS_CREDITS', ['metered', 'unlimited'], 'metered'),
    imports: {
      maxBytes: readCount(env, 'CHORUS_IMPORT_MAX_BYTES', 100 * 1024 * 1024, 1),
      maxRows: readCount(env, 'CHORUS_IMPORT_MAX_ROWS', 1_000_000, 1),
      maxActivePerAccount: readCount(env, 'CHORUS_IMPORT_MAX_ACTIVE', 1, 1),
    },
    allowPrivateWebhooks: readChoice(env, 'CHORUS_ALLOW_PRIVATE_WEBHOOKS', ['0', '1'], '0') === '1',
    inboundMail: readInboundMail(env),
    formsSecret: env.CHORUS_FORMS_SECRET || undefined,
  }
}
