import type { ParsedMail } from 'mailparser'
import { DeliveryWorker } from '../../src/delivery/sender.js'
import type { Browser, TestApp } from './app.js'
import { confirmSenderAddress, createUser, logIn, memberOf } from './factories.js'
import { expectStatus, share, teamOf } from './sharing.js'
import type { SmtpSink } from './smtp.js'

export { expectStatus }

/** Runs the delivery worker until nothing is left to send. */
export async function deliverEverything(t: TestApp) {
  await new DeliveryWorker(t.deps).drain()
}

export interface Person {
  email?: string
  firstName?: string
  lastName?: string
  phone?: string
}

/** An account with a sender, a group of contacts and an Author and a Manager besides its Owner. */
export async function newBrand(t: TestApp, name: string, people: Person[]) {
  const owner = await createUser(t.deps, `${name}-owner`)
  const browser = await logIn(t.app, owner)
  const base = `/api/v1/accounts/${owner.ownAccountId}`
  const sender = `news@${name}.example`
  expectStatus(await browser.post(`${base}/senders`, { email: sender, name: `${name} news` }), 201)
  await confirmSenderAddress(t.deps.db, owner.ownAccountId, sender)
  const group = expectStatus(await browser.post(`${base}/groups`, { name: 'Customers' }), 201)
  for (const person of people) {
    expectStatus(await browser.post(`${base}/contacts`, { ...person, groupIds: [group.id] }), 201)
  }
  const author = await memberOf(t.deps, t.app, owner.ownAccountId, { role: 'author' }, 'author')
  const manager = await memberOf(t.deps, t.app, owner.ownAccountId, { role: 'manager' }, 'manager')
  return { owner, browser, base, sender, group, author, manager, accountId: owner.ownAccountId }
}

export type Brand = Awaited<ReturnType<typeof newBrand>>

/** The ids of the tags a contact of the brand carries, read from the database. */
export async function tagsOf(t: TestApp, b: Brand, contactId: string): Promise<string[]> {
  const rows = await t.deps.db
    .selectFrom('contact_tags')
    .select('tag_id')
    .where('account_id', '=', b.accountId)
    .where('contact_id', '=', contactId)
    .execute()
  return rows.map((r) => r.tag_id)
}

/** The two brands form a team and the owner shares its group with the mate. */
export async function shareGroupWithTeamMate(owner: Brand, mate: Brand) {
  const asTeamMember = (b: Brand) => ({
    user: b.owner,
    browser: b.browser,
    accountId: b.accountId,
    base: b.base,
  })
  await teamOf([asTeamMember(owner), asTeamMember(mate)])
  await share(owner.browser, owner.base, owner.group.id, mate.accountId)
}

/** A personalised email draft to the brand's group. */
export async function draft(browser: Browser, b: Brand, extra: Record<string, unknown> = {}) {
  return expectStatus(
    await browser.post(`${b.base}/campaigns`, {
      name: 'Spring sale',
      channel: 'email',
      subject: 'Hello {{ firstName | default: "friend" }}',
      from: b.sender,
      html: '<p>Hi {{ firstName | default: "friend" }}, see <a href="https://shop.example/sale">the sale</a></p>',
      groupIds: [b.group.id],
      ...extra,
    }),
    201,
  )
}

/** The messages of one campaign that reached the sink (Message-ID `<campaignId.contactId@…>`). */
export function messagesOf(sink: SmtpSink, campaignId: string): ParsedMail[] {
  return sink.messages.filter((m) => m.messageId?.replace(/^</, '').startsWith(`${campaignId}.`))
}

/** A header as sent (mailparser restructures the List-* headers). */
export function rawHeader(mail: ParsedMail, name: string): string {
  const line = mail.headerLines.find((h) => h.key === name)?.line ?? ''
  return line
    .slice(line.indexOf(':') + 1)
    .replace(/\r?\n\s+/g, ' ')
    .trim()
}

/** The path of the https one-click unsubscribe link in List-Unsubscribe. */
export function unsubscribePath(mail: ParsedMail): string {
  const header = rawHeader(mail, 'list-unsubscribe')
  const match = /<(https:\/\/[^>]+\/u\/[^>]+)>/.exec(header)
  if (!match?.[1]) throw new Error(`no https unsubscribe link in ${header}`)
  return new URL(match[1]).pathname
}
