import fs from 'node:fs/promises'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'

export interface DkimKey {
  domainName: string
  keySelector: string
  privateKey: string
}

export interface OutgoingMail {
  to: string
  subject: string
  text: string
  html?: string
  headers?: Record<string, string>
  /** Defaults to the platform address (CHORUS_MAIL_FROM). */
  from?: string
  /** A stable id (with angle brackets), so a resend after a crash is recognisably the same message. */
  messageId?: string
  /** Signs the message for the From address's domain. */
  dkim?: DkimKey
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>
  close(): void
}

/**
 * SMTP when SMTP_URL is set; otherwise every message is captured as an .eml file in the data
 * folder's mailbox, so a laptop install works without a mail server.
 */
export function createMailer(options: {
  smtpUrl?: string | undefined
  from: string
  mailboxDir: string
}): Mailer {
  if (options.smtpUrl) {
    const url = new URL(options.smtpUrl)
    url.searchParams.set('pool', 'true')
    return fromTransport(nodemailer.createTransport(url.toString()), options.from)
  }
  return capturingMailer(options.from, options.mailboxDir)
}

function fromTransport(transport: Transporter, from: string): Mailer {
  return {
    async send(mail) {
      await transport.sendMail({ ...mail, from: mail.from ?? from })
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
    async send(mail) {
      const info = await transport.sendMail({ ...mail, from: mail.from ?? from })
      await fs.mkdir(mailboxDir, { recursive: true })
      const name = `${Date.now()}-${info.messageId.replace(/[^a-zA-Z0-9.-]/g, '')}.eml`
      await fs.writeFile(path.join(mailboxDir, name), info.message as Buffer)
    },
    close: () => transport.close(),
  }
}
