import type { AddressInfo } from 'node:net'
import type { DNSResolver } from 'mailauth'
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server'
import type { Deps } from '../deps.js'
import { mailResolverFor } from './auth.js'
import {
  type EmailToSms,
  findRecipient,
  type InboundContext,
  receiveMail,
  SmtpRefusal,
} from './receive.js'

/**
 * The inbound SMTP listener (CHORUS_SMTP_INBOUND_PORT): mail for the inbound domain(s) only —
 * every other recipient is refused at RCPT, so it is never a relay — with no authentication, a
 * size limit, an idle limit and a bounded number of connections. Each connection hands over one
 * message at a time and each message is answered on its own: one that cannot be parsed or filed
 * is refused (5xx) or deferred (4xx) and the others go on.
 */

export interface InboundMailOptions {
  port: number
  host: string
  /** Largest message accepted, in bytes; larger ones are answered 552. */
  maxBytes?: number
  /** Connections at once; more are answered 421. */
  maxClients?: number
  /** Connections at once from one address; more are answered 421, so a few idle ones block no one. */
  maxClientsPerIp?: number
  /** Recipients of one message; more are answered 452 (the sender sends them in another one). */
  maxRecipients?: number
  /** A connection silent for this long is closed. */
  idleMs?: number
  /** DNS for SPF/DKIM/DMARC; the configured servers by default. */
  resolver?: DNSResolver
  /** Email-to-SMS; without it, mail to a number is refused. */
  emailToSms?: EmailToSms
}

export interface InboundMailServer {
  port: number
  close(): Promise<void>
}

export const INBOUND_MAX_BYTES = 10 * 1024 * 1024

/** The message's bytes, no more than the limit kept (the server answers 552 beyond it). */
function readMessage(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBytes) chunks.push(chunk)
    })
    stream.on('error', reject)
    stream.on('end', () => resolve(stream.sizeExceeded ? undefined : Buffer.concat(chunks)))
  })
}

/** Counts each address's open connections and refuses one beyond the limit. */
function connectionsPerIp(limit: number) {
  const open = new Map<string, number>()
  const counted = new Set<string>()
  return {
    open(session: SMTPServerSession, callback: (error?: Error) => void) {
      const count = open.get(session.remoteAddress) ?? 0
      if (count >= limit) {
        return callback(new SmtpRefusal(421, '4.7.0 too many connections from your address'))
      }
      open.set(session.remoteAddress, count + 1)
      counted.add(session.id)
      callback()
    },
    // A refused connection closes too; only the counted ones give their place back.
    close(session: SMTPServerSession) {
      if (!counted.delete(session.id)) return
      const count = (open.get(session.remoteAddress) ?? 1) - 1
      if (count > 0) open.set(session.remoteAddress, count)
      else open.delete(session.remoteAddress)
    },
  }
}

export async function startInboundMail(
  deps: Deps,
  options: InboundMailOptions,
): Promise<InboundMailServer> {
  const maxBytes = options.maxBytes ?? INBOUND_MAX_BYTES
  const context: InboundContext = {
    domains: deps.config.inboundMail.domains,
    resolver: options.resolver ?? mailResolverFor(deps.config),
    emailToSms: options.emailToSms,
  }
  const name = context.domains[0] ?? 'localhost'
  const log = deps.log.child({ component: 'inbound-mail' })

  async function onMessage(stream: SMTPServerDataStream, session: SMTPServerSession) {
    const raw = await readMessage(stream, maxBytes)
    if (!raw) throw new SmtpRefusal(552, `5.3.4 messages are limited to ${maxBytes} bytes`)
    const mailFrom = session.envelope.mailFrom
    await receiveMail(deps, context, raw, {
      connection: {
        ip: session.remoteAddress,
        helo: session.hostNameAppearsAs,
        sender: mailFrom ? mailFrom.address : '',
        mta: name,
      },
      recipients: session.envelope.rcptTo.map((r) => r.address),
    })
  }

  const perIp = connectionsPerIp(options.maxClientsPerIp ?? 5)
  const server = new SMTPServer({
    name,
    banner: 'Chorus inbound mail',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    size: maxBytes,
    maxClients: options.maxClients ?? 20,
    maxRecipients: options.maxRecipients ?? 50,
    socketTimeout: options.idleMs ?? 60_000,
    logger: false,
    onConnect: perIp.open,
    onClose: perIp.close,
    onRcptTo(address, _session, callback) {
      findRecipient(deps, context, address.address)
        .then((recipient) =>
          callback(recipient ? undefined : new SmtpRefusal(550, '5.1.1 no such recipient here')),
        )
        .catch((error) => {
          log.error({ err: error }, 'could not check a recipient')
          callback(new SmtpRefusal(451, '4.3.0 try again later'))
        })
    },
    onData(stream, session, callback) {
      onMessage(stream, session)
        .then(() => callback())
        .catch((error) => {
          if (error instanceof SmtpRefusal) {
            log.info({ reason: error.message, from: session.envelope.mailFrom }, 'message refused')
            return callback(error)
          }
          log.error({ err: error }, 'could not file a message; the sender will retry')
          callback(new SmtpRefusal(451, '4.3.0 try again later'))
        })
    },
  })
  // A client that drops its connection is the client's doing; the listener carries on.
  server.on('error', (error) => log.warn({ err: error }, 'inbound SMTP connection error'))
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const { port } = server.server.address() as AddressInfo
  log.info({ port, domains: context.domains }, 'receiving mail')
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
