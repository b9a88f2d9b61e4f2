import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/app.js'
import {
  type Brand,
  deliverEverything,
  expectStatus,
  newBrand,
} from '../../test/helpers/campaigns.js'
import { type SmsGateway, startSmsGateway } from '../../test/helpers/sms.js'
import { mayContact, recordUnsubscribe } from '../audience/suppression/repository.js'
import { keywordOf } from './inbound-sms.js'

const SECRET = 'gateway-secret-for-inbound-sms'
let t: TestApp
let gateway: SmsGateway
beforeAll(async () => {
  gateway = await startSmsGateway()
  t = await createTestApp({ config: { smsGatewayUrl: gateway.url, inboundSecret: SECRET } })
})
afterAll(async () => {
  await t?.close()
  await gateway?.close()
})

let gatewayIds = 0

/** What the gateway posts for an answer from `from` to the sender `to`. */
async function postAnswer(from: string, to: string, text: string, id = `gw-${++gatewayIds}`) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/delivery/sms',
    headers: { authorization: `Bearer ${SECRET}` },
    payload: { id, from, to, text },
  })
  return { status: response.statusCode, body: response.json() }
}

/** A brand whose SMS campaign from `sender` reached `phone`. */
async function brandThatTexted(name: string, sender: string, phone: string): Promise<Brand> {
  const b = await newBrand(t, name, [{ phone, firstName: 'Kim' }])
  const campaign = expectStatus(
    await b.browser.post(`${b.base}/campaigns`, {
      name: 'Flash sale',
      channel: 'sms',
      from: sender,
      text: 'Flash sale today',
      groupIds: [b.group.id],
    }),
    201,
  )
  expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
  await deliverEverything(t)
  return b
}

async function inboxOf(b: Brand) {
  return t.deps.db
    .selectFrom('inbox_messages')
    .select(['body', 'from_address', 'to_address', 'direction'])
    .where('account_id', '=', b.accountId)
    .orderBy('id')
    .execute()
}

async function smsStatus(b: Brand, phone: string) {
  const row = await t.deps.db
    .selectFrom('contacts')
    .select('sms_status')
    .where('account_id', '=', b.accountId)
    .where('phone', '=', phone)
    .executeTakeFirstOrThrow()
  return row.sms_status
}

describe('SMS answers from the gateway', () => {
  it('STOP unsubscribes the number from the account that texted it only, and START lifts it', async () => {
    const phone = '+14155550140'
    const acme = await brandThatTexted('acme-stop', 'ACME', phone)
    const beta = await brandThatTexted('beta-stop', 'BETA', phone)

    const stop = await postAnswer(phone, 'ACME', '  Arrêt ')
    expect(stop).toEqual({
      status: 200,
      body: {
        status: 'filed',
        reply: `You are unsubscribed from ${await accountName(acme)}. Reply START to resubscribe.`,
      },
    })
    expect(await mayContact(t.deps.db, acme.accountId, 'sms', phone)).toEqual({
      allowed: false,
      reason: 'unsubscribed',
    })
    expect(await smsStatus(acme, phone)).toBe('unsubscribed')
    // The other account that texted the same number still may (SPEC §4).
    expect(await mayContact(t.deps.db, beta.accountId, 'sms', phone)).toEqual({ allowed: true })
    expect(await smsStatus(beta, phone)).toBe('subscribed')
    // The keyword is filed in the inbox of the account it answered, and only there.
    expect(await inboxOf(acme)).toEqual([
      { body: '  Arrêt ', from_address: phone, to_address: 'ACME', direction: 'in' },
    ])
    expect(await inboxOf(beta)).toEqual([])

    const start = await postAnswer(phone, 'ACME', 'start')
    expect(start.body).toEqual({
      status: 'filed',
      reply: `You are resubscribed to ${await accountName(acme)}. Reply STOP to unsubscribe.`,
    })
    expect(await mayContact(t.deps.db, acme.accountId, 'sms', phone)).toEqual({ allowed: true })
    expect(await smsStatus(acme, phone)).toBe('subscribed')
  })

  it('START does not lift an unsubscribe the contact made elsewhere', async () => {
    const phone = '+14155550141'
    const acme = await brandThatTexted('acme-link', 'ACME', phone)
    await recordUnsubscribe(t.deps.db, acme.accountId, 'sms', phone, 'link')
    const start = await postAnswer(phone, 'ACME', 'UNSTOP')
    expect(start.body.reply).toMatch(/cannot be lifted by text/)
    expect(await mayContact(t.deps.db, acme.accountId, 'sms', phone)).toEqual({
      allowed: false,
      reason: 'unsubscribed',
    })
    // YES to an account that holds nothing to lift is an ordinary answer: no reply.
    const beta = await brandThatTexted('beta-yes', 'BETA2', '+14155550142')
    expect((await postAnswer('+14155550142', 'BETA2', 'Yes')).body).toEqual({
      status: 'filed',
      reply: null,
    })
    expect(await inboxOf(beta)).toHaveLength(1)
  })

  it('answers to the latest account that texted the number from that sender', async () => {
    const phone = '+14155550143'
    const first = await brandThatTexted('first-same', 'SHARED', phone)
    const second = await brandThatTexted('second-same', 'SHARED', phone)
    await postAnswer(phone, 'SHARED', 'who is this?')
    expect(await inboxOf(first)).toEqual([])
    expect(await inboxOf(second)).toHaveLength(1)
  })

  it('STOP reaches every account that texted the number from that sender', async () => {
    const phone = '+33612345601'
    const first = await brandThatTexted('first-stop', 'ACMEX', phone)
    const second = await brandThatTexted('second-stop', 'ACMEX', phone)
    const stop = await postAnswer(phone, 'ACMEX', 'STOP')
    expect(stop.body).toEqual({
      status: 'filed',
      reply: `You are unsubscribed from ${await accountName(second)} and ${await accountName(first)}. Reply START to resubscribe.`,
    })
    for (const brand of [first, second]) {
      expect((await mayContact(t.deps.db, brand.accountId, 'sms', phone)).allowed).toBe(false)
      expect(await inboxOf(brand)).toHaveLength(1)
    }
    const start = await postAnswer(phone, 'ACMEX', 'START')
    expect(start.body.reply).toMatch(/^You are resubscribed to .+ and .+\./)
    for (const brand of [first, second]) {
      expect(await mayContact(t.deps.db, brand.accountId, 'sms', phone)).toEqual({ allowed: true })
    }
  })

  it('files a retried post once, and drops a number no account texted', async () => {
    const phone = '+14155550144'
    const acme = await brandThatTexted('acme-retry', 'ACMER', phone)
    const once = await postAnswer(phone, 'ACMER', 'STOP', 'gw-retried')
    const again = await postAnswer(phone, 'ACMER', 'STOP', 'gw-retried')
    expect(once.body.status).toBe('filed')
    // The confirmation again (the first answer may be what was lost), nothing filed twice.
    expect(again.body).toEqual({ status: 'duplicate', reply: once.body.reply })
    expect(await inboxOf(acme)).toHaveLength(1)

    const stranger = await postAnswer('+14155550199', 'ACMER', 'hello?')
    expect(stranger).toEqual({ status: 200, body: { status: 'unknown', reply: null } })
    const filed = await t.deps.db
      .selectFrom('inbox_messages')
      .select('id')
      .where('from_address', '=', '+14155550199')
      .execute()
    expect(filed).toEqual([])
  })

  it('applies a STOP whose first post failed half way when the gateway retries it', async () => {
    const phone = '+14155550145'
    const acme = await brandThatTexted('acme-half', 'ACMEH', phone)
    // The unsubscribe cannot be written the first time: the post fails after the SMS is read.
    await sql`alter table unsubscribes add constraint refuses_unsubscribe
      check (address <> ${sql.lit(phone)}) not valid`.execute(t.deps.db)
    let failed: Awaited<ReturnType<typeof postAnswer>>
    try {
      failed = await postAnswer(phone, 'ACMEH', 'STOP', 'gw-half')
    } finally {
      await sql`alter table unsubscribes drop constraint refuses_unsubscribe`.execute(t.deps.db)
    }
    expect(failed.status).toBe(500)
    const retried = await postAnswer(phone, 'ACMEH', 'STOP', 'gw-half')
    expect(retried.body.reply).toMatch(/^You are unsubscribed/)
    expect((await mayContact(t.deps.db, acme.accountId, 'sms', phone)).allowed).toBe(false)
    expect(await inboxOf(acme)).toHaveLength(1)
  })

  it('is authenticated like the provider events, and names a bad field', async () => {
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/v1/delivery/sms',
      payload: { id: 'x', from: '+14155550140', to: 'ACME', text: 'STOP' },
    })
    expect(none.statusCode).toBe(401)
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/delivery/sms',
      headers: { authorization: 'Bearer nope' },
      payload: { id: 'x', from: '+14155550140', to: 'ACME', text: 'STOP' },
    })
    expect(wrong.statusCode).toBe(401)
    const bad = await postAnswer('0612\u0000', 'ACME', 'STOP')
    expect(bad.status).toBe(422)
    expect(bad.body.error).toMatchObject({ code: 'validation_failed', field: 'from' })
  })
})

describe('keywords', () => {
  it('are the whole message, in any case and with or without accents', () => {
    expect(
      ['STOP', ' stop ', 'Arrêt', 'ARRET', 'StopAll', 'unsubscribe', 'end', 'Quit', 'cancel'].map(
        keywordOf,
      ),
    ).toEqual(Array(9).fill('stop'))
    expect(['START', 'unstop', 'yes'].map(keywordOf)).toEqual(['start', 'start', 'start'])
    expect(['please stop', 'STOP!', 'yes please', ''].map(keywordOf)).toEqual(
      Array(4).fill(undefined),
    )
  })
})

async function accountName(b: Brand) {
  const row = await t.deps.db
    .selectFrom('accounts')
    .select('name')
    .where('id', '=', b.accountId)
    .executeTakeFirst()
  return row?.name
}
