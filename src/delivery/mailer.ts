import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'
import type { Static } from 'typebox'
import type { CapturedMessage } from './schemas.js'

export interface DkimKey {
  domainName: string
  keySelector: string
  privateKey: string
}

/** An address with its display name; nodemailer quotes or encodes the name as the header needs. */
export interface MailAddress {
  name: string
  address: string
}

export interface OutgoingMail {
  to: string
  subject: string
  text: string
  html?: string
  headers?: Record<string, string>
  /** Defaults to the platform address (CHORUS_MAIL_FROM). */
  from?: string | MailAddress
  /** A stable id (with angle brackets), so a resend after a crash is recognisably the same message. */
  messageId?: string
  /** Signs the message for the From address's domain. */
  dkim?: DkimKey
  /** The account the message is sent for: captured mail is kept per account. */
  accountId?: string
  replyTo?: string
  /** The envelope sender (MAIL FROM, the Return-Path) when it is not From: a VERP address. */
  envelopeFrom?: string
}

export interface Mailer {
  /** True when messages are captured in the data folder instead of leaving over SMTP. */
  readonly capturing: boolean
  send(mail: OutgoingMail): Promise<void>
  close(): void
}

/** A captured message as stored beside its .eml file, and as the mailbox routes answer it. */
export type CapturedMail = Static<typeof CapturedMessage>

/** Captured mail of an account; system mail (resets, invitations) stays in the mailbox root. */
export function accountMailboxDir(mailboxDir: string, accountId: string): string {
  return path.join(mailboxDir, 'accounts', accountId)
}

/**
 * SMTP when SMTP_URL is set; otherwise every message is captured as an .eml file in the data
 * folder's mailbox, so a laptop install works without a mail server.
 */
export function createMailer(options: {
  smtpUrl?: string | undefined
  from: string
  mailboxDir: string
  /** Pooled SMTP connections: as many as messages in flight (CHORUS_SEND_CONCURRENCY). */
  maxConnections?: number
}): Mailer {
  if (options.smtpUrl) {
    const url = new URL(options.smtpUrl)
    url.searchParams.set('pool', 'true')
    if (options.maxConnections && !url.searchParams.has('maxConnections')) {
      url.searchParams.set('maxConnections', String(options.maxConnections))
    }
    return fromTransport(nodemailer.createTransport(url.toString()), options.from)
  }
  return capturingMailer(options.from, options.mailboxDir)
}

function fromTransport(transport: Transporter, from: string): Mailer {
  return {
    capturing: false,
    async send({ accountId: _accountId, envelopeFrom, ...mail }) {
      await transport.sendMail({
        ...mail,
        from: mail.from ?? from,
        ...(envelopeFrom ? { envelope: { from: envelopeFrom, to: mail.to } } : {}),
      })
    },
    close: () => transport.close(),
  }
}

function capturingMailer(from: string, mailboxDir: string): Mailer {
  const transport = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  })
  return {
    capturing: true,
    async send({ accountId, envelopeFrom: _envelopeFrom, ...mail }) {
      const info = await transport.sendMail({ ...mail, from: mail.from ?? from })
      const dir = accountId ? accountMailboxDir(mailboxDir, accountId) : mailboxDir
      await fs.mkdir(dir, { recursive: true })
      const id = `${Date.now()}-${randomBytes(6).toString('hex')}`
      const captured: CapturedMail = {
        id,
        from: displayed(mail.from ?? from),
        to: mail.to,
        subject: mail.subject,
        date: new Date().toISOString(),
        text: mail.text,
        html: mail.html ?? null,
      }
      await fs.writeFile(path.join(dir, `${id}.eml`), info.message as Buffer)
      await fs.writeFile(path.join(dir, `${id}.json`), JSON.stringify(captured))
    },
    close: () => transport.close(),
  }
}

/** An address as the mailbox lists it (not a header: nothing here is encoded). */
function displayed(from: string | MailAddress): string {
  if (typeof from === 'string') return from
  return from.name ? `${from.name} <${from.address}>` : from.address
}
