import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, uniqueEmail } from '../../test/helpers/app.js'
import { type DnsServer, publishAndVerifyDomain, startDnsServer } from '../../test/helpers/dns.js'
import { expectStatus, newOwner, type Owner } from '../../test/helpers/sharing.js'
import { recipientsOf, type SmtpSink, startSmtpSink } from '../../test/helpers/smtp.js'
import { txtResolverFor } from './domains.js'

/**
 * A campaign may send only from a verified sender: an address at a verified domain of the
 * account, or one whose owner clicked the confirmation link mailed to it.
 */

const PUBLIC_URL = 'https://chorus.example'
let t: TestApp
let sink: SmtpSink
let dns: DnsServer
beforeAll(async () => {
  sink = await startSmtpSink()
  dns = await startDnsServer()
  t = await createTestApp({
    config: { smtpUrl: sink.url, publicUrl: PUBLIC_URL },
    dns: txtResolverFor({ dnsServers: [dns.address] }),
  })
})
afterAll(async () => {
  await t?.close()
  await sink?.close()
  await dns?.close()
})

async function draftFrom(o: Owner, from: string, groupIds: string[] = []) {
  return o.browser.post(`${o.base}/campaigns`, {
    name: 'News',
    channel: 'email',
    subject: 'News',
    from,
    text: 'Hello',
    groupIds,
  })
}

async function linkTokenMailedTo(address: string) {
  const mail = await sink.waitFor((m) => recipientsOf(m).includes(address))
  const token = new RegExp(`${PUBLIC_URL}/confirm-sender#token=([A-Za-z0-9_-]+)`).exec(
    mail.text ?? '',
  )?.[1]
  if (!token) throw new Error(`no confirmation link in ${mail.text}`)
  return token
}

/** What clicking the mailed link does: the public confirm route with the link's token. */
function confirmSender(token: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/senders/confirm', payload: { token } })
}

/** A sender the owner registers and confirms through the link mailed to it. */
async function confirmedSender(o: Owner, email: string) {
  const sender = expectStatus(await o.browser.post(`${o.base}/senders`, { email }), 201)
  await confirmSender(await linkTokenMailedTo(email))
  return sender
}

describe('sender verification', () => {
  it('refuses an address nobody confirmed, until its owner clicks the link mailed to it', async () => {
    const o = await newOwner(t)
    const someoneElse = uniqueEmail('ceo')
    const sender = expectStatus(
      await o.browser.post(`${o.base}/senders`, { email: someoneElse }),
      201,
    )
    expect(sender).toMatchObject({ verified: false, verifiedBy: null })

    const refused = await draftFrom(o, someoneElse)
    expect(expectStatus(refused, 422).error).toMatchObject({
      field: 'from',
      reason: 'sender_unverified',
    })

    const token = await linkTokenMailedTo(someoneElse)
    const confirmed = await confirmSender(token)
    expect(confirmed.statusCode).toBe(200)
    expect(confirmed.json()).toEqual({ email: someoneElse, verified: true })
    const again = await confirmSender(token)
    expect(again.statusCode).toBe(400)
    expect(again.json().error.code).toBe('invalid_token')

    expect(expectStatus(await o.browser.get(`${o.base}/senders/${sender.id}`), 200)).toMatchObject({
      verified: true,
      verifiedBy: 'confirmation',
    })
    expectStatus(await draftFrom(o, someoneElse), 201)
  })

  it('starts over when the address changes', async () => {
    const o = await newOwner(t)
    const sender = await confirmedSender(o, uniqueEmail('first'))

    const moved = uniqueEmail('moved')
    const changed = await o.browser.patch(`${o.base}/senders/${sender.id}`, { email: moved })
    expect(expectStatus(changed, 200)).toMatchObject({ email: moved, verified: false })
    expect(expectStatus(await draftFrom(o, moved), 422).error.reason).toBe('sender_unverified')
    await linkTokenMailedTo(moved)
  })

  it('never holds the new address as confirmed, not even between two statements', async () => {
    // A launch between "address written" and "confirmation cleared" would pass the check: the
    // database itself refuses any row that changes address while still confirmed or linked.
    await sql`
      create or replace function test_sender_moved_confirmed() returns trigger as $$
      begin
        if new.email is distinct from old.email
          and (new.confirmed_at is not null or new.confirm_token_hash is distinct from null
               and new.confirm_token_hash = old.confirm_token_hash) then
          raise exception 'sender % moved while still confirmed', new.id;
        end if;
        return new;
      end $$ language plpgsql`.execute(t.deps.db)
    await sql`
      create trigger test_sender_moved_confirmed before update on senders
      for each row execute function test_sender_moved_confirmed()`.execute(t.deps.db)
    try {
      const o = await newOwner(t)
      const domain = await publishAndVerifyDomain(
        o.browser,
        o.accountId,
        dns,
        'moving.example.test',
      )
      const sender = await confirmedSender(o, uniqueEmail('first'))

      const moved = uniqueEmail('moved')
      const changed = await o.browser.patch(`${o.base}/senders/${sender.id}`, { email: moved })
      expect(expectStatus(changed, 200)).toMatchObject({ email: moved, verified: false })
      await linkTokenMailedTo(moved)

      // Onto the verified domain: verified by it, and the old confirmation is gone all the same.
      const atDomain = 'news@moving.example.test'
      const second = await o.browser.patch(`${o.base}/senders/${sender.id}`, { email: atDomain })
      expect(expectStatus(second, 200)).toMatchObject({ verified: true, verifiedBy: 'domain' })
      expectStatus(await o.browser.delete(`${o.base}/domains/${domain.id}`), 204)
      const after = expectStatus(await o.browser.get(`${o.base}/senders/${sender.id}`), 200)
      expect(after).toMatchObject({ verified: false, verifiedBy: null })
    } finally {
      await sql`drop trigger test_sender_moved_confirmed on senders`.execute(t.deps.db)
    }
  })

  it('verifies an address at a verified domain at once, and refuses the launch once the domain is gone', async () => {
    const o = await newOwner(t)
    const domain = await publishAndVerifyDomain(o.browser, o.accountId, dns, 'brand.example.test')
    const address = 'news@mail.brand.example.test'
    const sender = expectStatus(await o.browser.post(`${o.base}/senders`, { email: address }), 201)
    expect(sender).toMatchObject({ verified: true, verifiedBy: 'domain' })

    const group = expectStatus(await o.browser.post(`${o.base}/groups`, { name: 'All' }), 201)
    const contact = { email: uniqueEmail('reader'), groupIds: [group.id] }
    expectStatus(await o.browser.post(`${o.base}/contacts`, contact), 201)
    const campaign = expectStatus(await draftFrom(o, address, [group.id]), 201)

    expectStatus(await o.browser.delete(`${o.base}/domains/${domain.id}`), 204)
    const launch = await o.browser.post(`${o.base}/campaigns/${campaign.id}/send`)
    expect(expectStatus(launch, 422).error).toMatchObject({
      field: 'from',
      reason: 'sender_unverified',
    })
    expect(sink.messages.some((m) => recipientsOf(m).includes(address))).toBe(false)
  })

  it('mails a new link on request, and only while the sender is unverified', async () => {
    const o = await newOwner(t)
    const address = uniqueEmail('resend')
    const sender = expectStatus(await o.browser.post(`${o.base}/senders`, { email: address }), 201)
    const firstToken = await linkTokenMailedTo(address)
    const resent = await o.browser.post(`${o.base}/senders/${sender.id}/verify`)
    expect(expectStatus(resent, 200).verified).toBe(false)
    await sink.waitFor(
      () => sink.messages.filter((m) => recipientsOf(m).includes(address)).length >= 2,
    )
    // The earlier link no longer works: only the newest one does.
    const stale = await confirmSender(firstToken)
    expect(stale.statusCode).toBe(400)
  })
})
