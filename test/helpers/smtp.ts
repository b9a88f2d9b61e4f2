import type { AddressInfo } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer, type SMTPServerOptions } from 'smtp-server'
import { afterAll, beforeAll } from 'vitest'
import { createTestApp, lazyTestApp, type TestApp, type TestAppOptions } from './app.js'

export interface SmtpListener {
  url: string
  close(): Promise<void>
}

/** A real SMTP server on loopback, on a free port; `options` give what the test needs it to do. */
export async function listenSmtp(options: SMTPServerOptions): Promise<SmtpListener> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    ...options,
  })
  // A sender killed mid-message resets its connection: that is a test's doing, not a failure.
  server.on('error', () => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export interface SmtpSink {
  url: string
  messages: ParsedMail[]
  /** Resolves with the first message (already received or yet to come) that matches. */
  waitFor(match: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>
  close(): Promise<void>
}

/** A real SMTP server on loopback that keeps every message it is given. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = []
  const waiters: Array<{ match: (m: ParsedMail) => boolean; resolve: (m: ParsedMail) => void }> = []
  const { url, close } = await listenSmtp({
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          for (const waiter of waiters.filter((w) => w.match(mail))) {
            waiters.splice(waiters.indexOf(waiter), 1)
            waiter.resolve(mail)
          }
          callback()
        })
        .catch(callback)
    },
  })
  return {
    url,
    messages,
    waitFor(match, timeoutMs = 10_000) {
      const found = messages.find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching email arrived')), timeoutMs)
        waiters.push({
          match,
          resolve: (mail) => {
            clearTimeout(timer)
            resolve(mail)
          },
        })
      })
    },
    close,
  }
}

export function recipientsOf(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []
  return to.flatMap((address) => address.value.map((v) => v.address ?? ''))
}

/**
 * One app for the whole test file whose mail really goes out, to an SMTP sink of its own: both
 * made in beforeAll (the sink first, as the app is given its address) and closed in afterAll.
 * `options.config` is added to the sink's address. Both returned objects read what beforeAll
 * made when a test uses them.
 */
export function useTestAppWithSmtpSink(options: TestAppOptions = {}): {
  t: TestApp
  sink: SmtpSink
} {
  let app: TestApp | undefined
  let current: SmtpSink | undefined
  beforeAll(async () => {
    current = await startSmtpSink()
    app = await createTestApp({ ...options, config: { smtpUrl: current.url, ...options.config } })
  })
  afterAll(async () => {
    await app?.close()
    await current?.close()
  })
  const made = () => {
    if (!current) throw new Error('the SMTP sink is used before beforeAll has made it')
    return current
  }
  const sink: SmtpSink = {
    get url() {
      return made().url
    },
    get messages() {
      return made().messages
    },
    waitFor: (match, timeoutMs) => made().waitFor(match, timeoutMs),
    close: () => made().close(),
  }
  return { t: lazyTestApp(() => app), sink }
}
