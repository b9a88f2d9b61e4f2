import { generateKeyPairSync } from 'node:crypto'
import type { ParsedMail } from 'mailparser'
import nodemailer, { type SendMailOptions } from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, signUp } from '../../test/helpers/app.js'
import { freePort, useProcessData } from '../../test/helpers/cli.js'
import { type DnsServer, startDnsServer } from '../../test/helpers/dns.js'
import { expectStatus } from '../../test/helpers/sharing.js'
import { postSmsAnswer, type SmsGateway, startSmsGateway } from '../../test/helpers/sms.js'
import { recipientsOf, type SmtpSink, startSmtpSink } from '../../test/helpers/smtp.js'
import { loadConfig } from '../config.js'
import { type RunningServer, startServer } from '../server.js'

/**
 * Email-to-SMS from end to end: the server started as `chorus start` starts it (its config read
 * from the environment, the inbound SMTP listener on a loopback port), a member's mail handed to
 * that listener by SMTP, the text posted to a real HTTP SMS gateway, the contact's answer posted
 * back by the gateway and mailed to the member through a real SMTP relay.
 */

const DOMAIN = 'sms.chorus.example'
const SECRET = 'gateway-secret-for-email-to-sms-over-smtp'
const NUMBER = '+33612345678'
/** The members' domains sign their mail (DKIM selector s1) and publish SPF for loopback. */
const dkimKeys = (() => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  }
})()

function signedDomain(domain: string): Array<[string, string[]]> {
  return [
    [domain, ['v=spf1 ip4:127.0.0.1 -all']],
    [`_dmarc.${domain}`, ['v=DMARC1; p=reject']],
    [`s1._domainkey.${domain}`, [`v=DKIM1; k=rsa; p=${dkimKeys.publicKey}`]],
  ]
}

const data = useProcessData('chorus-e2s-smtp-')
let gateway: SmsGateway
let relay: SmtpSink
let dns: DnsServer
let server: RunningServer
let chorusUrl: string
let inboundPort: number

beforeAll(async () => {
  gateway = await startSmsGateway()
  relay = await startSmtpSink()
  dns = await startDnsServer(
    new Map(['shop.example', 'elsewhere.example', 'corp.example'].flatMap(signedDomain)),
  )
  const port = await freePort()
  inboundPort = await freePort()
  chorusUrl = `http://127.0.0.1:${port}`
  const config = loadConfig({
    ...data.databaseEnv(),
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.CHORUS_TEST_LOG ?? 'silent',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: 'https://chorus.example',
    CHORUS_DATA_DIR: data.dataDir,
    SMTP_URL: relay.url,
    SMS_GATEWAY_URL: gateway.url,
    CHORUS_INBOUND_SECRET: SECRET,
    CHORUS_DNS_SERVERS: dns.address,
    CHORUS_SMTP_INBOUND_PORT: String(inboundPort),
    CHORUS_INBOUND_DOMAIN: DOMAIN,
  })
  server = await startServer(config)
})

afterAll(async () => {
  await server?.stop()
  await gateway?.close()
  await relay?.close()
  await dns?.close()
})

/** Signs up with `email`, confirms it with the mailed link and returns the signed-in browser. */
async function member(email: string, accountName: string) {
  const { browser, account, user } = await signUp(server.app, { email, accountName })
  const link = await relay.waitFor(
    (m) => recipientsOf(m).includes(email) && (m.text ?? '').includes('#token='),
  )
  const token = /#token=([A-Za-z0-9_-]+)/.exec(link.text ?? '')?.[1]
  expectStatus(await new Browser(server.app).post('/api/v1/auth/confirm-email', { token }), 204)
  return { browser, userId: user.id as string, base: `/api/v1/accounts/${account.id}` }
}

type Member = Awaited<ReturnType<typeof member>>

async function turnOnEmailToSms(
  m: Pick<Member, 'browser' | 'base'>,
  sender: string,
  allowedAddresses: string[],
) {
  return expectStatus(
    await m.browser.request('PUT', `${m.base}/email-to-sms`, {
      enabled: true,
      sender,
      maxParts: 1,
      allowedAddresses,
    }),
    200,
  )
}

async function smsCredits(m: Member): Promise<number> {
  return expectStatus(await m.browser.get(`${m.base}/credits`), 200).sms
}

async function ledger(m: Member): Promise<Array<Record<string, unknown>>> {
  return expectStatus(await m.browser.get(`${m.base}/credits/ledger`), 200).items
}

/** What a member's mail server does: hand the message to Chorus's inbound port, DKIM-signed. */
async function mailChorus(message: SendMailOptions & { from: string }) {
  const domainName = message.from.split('@')[1] as string
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: inboundPort,
    secure: false,
    ignoreTLS: true,
    name: `mx.${domainName}`,
  })
  try {
    return await transport.sendMail({
      dkim: { domainName, keySelector: 's1', privateKey: dkimKeys.privateKey },
      ...message,
    })
  } finally {
    transport.close()
  }
}

/** The SMTP answer to a message Chorus refused (fails when it was accepted). */
async function refusal(message: SendMailOptions & { from: string }) {
  const error = await mailChorus(message).then(
    () => undefined,
    (e: { responseCode?: number; response?: string }) => e,
  )
  if (!error) throw new Error('the message was accepted')
  return error
}

/** A mail to `address` with `subject`, as the relay took it. */
const mailTo = (address: string, subject: string) => (m: ParsedMail) =>
  recipientsOf(m).includes(address) && m.subject === subject

describe('Email-to-SMS through the inbound SMTP listener', () => {
  let shop: Member
  beforeAll(async () => {
    shop = await member('kim@shop.example', 'Shop')
    const settings = await turnOnEmailToSms(shop, 'SHOP', ['kim@shop.example'])
    expect(settings).toMatchObject({ enabled: true, allowedAddresses: ['kim@shop.example'] })
  })

  it('texts an allowed member’s email from the account’s sender, charges it, and mails the answer back', async () => {
    const creditsBefore = await smsCredits(shop)
    expect(creditsBefore).toBeGreaterThan(0)

    const info = await mailChorus({
      from: 'Kim <kim@shop.example>',
      to: `${NUMBER}@${DOMAIN}`,
      subject: 'Pickup',
      text: 'Your order is ready at the front desk.\n-- \nKim, Shop',
    })
    expect(info.accepted).toEqual([`${NUMBER}@${DOMAIN}`])

    expect(gateway.messages).toEqual([
      { to: NUMBER, from: 'SHOP', body: 'Your order is ready at the front desk.' },
    ])
    expect(await smsCredits(shop)).toBe(creditsBefore - 1)
    const charged = (await ledger(shop)).filter((entry) => entry.reason === 'email_to_sms')
    expect(charged).toMatchObject([{ channel: 'sms', amount: -1, actorUserId: shop.userId }])

    const answer = await postSmsAnswer(chorusUrl, SECRET, {
      id: 'gw-answer-1',
      from: NUMBER,
      to: 'SHOP',
      text: 'Thanks, on my way!',
    })
    expect(answer).toEqual({ status: 200, body: { status: 'filed', reply: null } })
    const mail = await relay.waitFor(mailTo('kim@shop.example', `SMS from ${NUMBER}`))
    expect(mail.text).toContain('Thanks, on my way!')
  })

  it('refuses (550) an address the account does not allow: nothing texted, nothing charged', async () => {
    const textsBefore = gateway.messages.length
    const creditsBefore = await smsCredits(shop)
    const ledgerBefore = await ledger(shop)

    // Its domain proves the sender (SPF, DKIM, DMARC pass): only the allow-list refuses it.
    const error = await refusal({
      from: 'lee@elsewhere.example',
      to: `${NUMBER}@${DOMAIN}`,
      subject: 'Pickup',
      text: 'Send this on my behalf.',
    })
    expect(error.responseCode).toBe(550)
    expect(error.response).toMatch(/5\.7\.1 lee@elsewhere\.example may not send SMS/)

    expect(gateway.messages).toHaveLength(textsBefore)
    expect(gateway.refused).toEqual([])
    expect(await smsCredits(shop)).toBe(creditsBefore)
    expect(await ledger(shop)).toEqual(ledgerBefore)
  })
})

describe('Email-to-SMS from an address someone signed up with and never confirmed', () => {
  it('does not send for the account of the sign-up: registering an address proves nothing', async () => {
    const bistro = await member('sam@bistro.example', 'Bistro')
    await turnOnEmailToSms(bistro, 'BISTRO', ['sam@bistro.example', 'boss@corp.example'])
    // Someone else registers boss@corp.example (the link goes to the boss, unused) and lists it.
    const { browser, account } = await signUp(server.app, {
      email: 'boss@corp.example',
      accountName: 'Squatter',
    })
    const squatter = { browser, base: `/api/v1/accounts/${account.id}` }
    await turnOnEmailToSms(squatter, 'SQUAT', ['boss@corp.example'])
    const textsBefore = gateway.messages.length

    const error = await refusal({
      from: 'boss@corp.example',
      to: `+33698765432@${DOMAIN}`,
      text: 'Meeting moved to 3pm.',
    })
    // Two accounts list the address and the boss is a member of neither: whose text is unclear.
    expect(error.responseCode).toBe(550)
    expect(error.response).toMatch(/more than one account/)
    expect(gateway.messages).toHaveLength(textsBefore)
  })
})
