import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, lazyTestApp, manualClock, type TestApp } from '../../test/helpers/app.js'
import {
  type Brand,
  deliverEverything,
  draft,
  expectStatus,
  messagesOf,
  newBrand,
  tagsOf,
} from '../../test/helpers/campaigns.js'
import { logIn, memberOf } from '../../test/helpers/factories.js'
import { type SmsGateway, startSmsGateway } from '../../test/helpers/sms.js'
import { recipientsOf, type SmtpSink, startSmtpSink } from '../../test/helpers/smtp.js'
import type { Permission } from '../access/catalog.js'
import { permissionsOfRole } from '../access/roles.js'
import { runStep } from './engine.js'
import { addDays, localParts, zonedInstant } from './time.js'
import { ProgramWorker } from './worker.js'

const DAY = 86_400_000
// Early March: the birthday test's days stay clear of Europe's daylight-saving change.
const clock = manualClock(new Date('2031-03-10T07:30:00Z'))
let app: TestApp | undefined
let sink: SmtpSink
let gateway: SmsGateway

beforeAll(async () => {
  sink = await startSmtpSink()
  gateway = await startSmsGateway()
  app = await createTestApp({
    clock,
    config: {
      smtpUrl: sink.url,
      smsGatewayUrl: gateway.url,
      publicUrl: 'https://chorus.example',
    },
  })
})
afterAll(async () => {
  await app?.close()
  await sink.close()
  await gateway.close()
})
const t = lazyTestApp(() => app)

/** Runs programs and delivery until nothing moves (what the server's workers do over time). */
async function settle() {
  await new ProgramWorker(t.deps).drain()
  await deliverEverything(t)
  await new ProgramWorker(t.deps).drain()
}

const stepId = () => randomUUID()
const emailStep = (templateId: string) => ({
  id: stepId(),
  type: 'send_email',
  templateId,
  fromAddressId: null,
  subject: null,
})

/** Activates as the brand's Owner (who sends directly), without backfill. */
async function activate(b: Brand, programId: string) {
  return expectStatus(
    await b.browser.post(`${b.base}/programs/${programId}/activate`, { backfill: false }),
    200,
  )
}

async function emailTemplate(b: Brand, subject = 'Welcome {{ firstName | default: "friend" }}') {
  return expectStatus(
    await b.browser.post(`${b.base}/templates`, {
      name: `Welcome ${randomUUID().slice(0, 6)}`,
      channel: 'email',
      subject,
      html: '<p>Hello {{ firstName }}, <a href="https://shop.example/start">start here</a></p>',
    }),
    201,
  )
}

async function newTag(b: Brand, name: string) {
  return expectStatus(await b.browser.post(`${b.base}/tags`, { name }), 201)
}

async function newGroup(b: Brand, name: string) {
  return expectStatus(await b.browser.post(`${b.base}/groups`, { name }), 201)
}

async function addContact(b: Brand, contact: Record<string, unknown>) {
  return expectStatus(await b.browser.post(`${b.base}/contacts`, contact), 201)
}

const mailsTo = (address: string) => sink.messages.filter((m) => recipientsOf(m).includes(address))
const smsTo = (phone: string) => gateway.messages.filter((m) => m.to === phone)

describe('the welcome program', () => {
  it('sends each contact exactly what its path says: email, a day, then SMS if opened, else a tag', async () => {
    const b = await newBrand(t, 'welcome', [])
    const template = await emailTemplate(b)
    const joined = await newGroup(b, 'New customers')
    const noOpen = await newTag(b, 'did not open')
    const [email, wait, branch, sms, tag] = [stepId(), stepId(), stepId(), stepId(), stepId()]
    const program = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Welcome',
        trigger: { type: 'group_joined', groupId: joined.id },
        steps: [
          {
            id: email,
            type: 'send_email',
            templateId: template.id,
            fromAddressId: null,
            subject: null,
          },
          { id: wait, type: 'wait', duration: { amount: 1, unit: 'days' } },
          {
            id: branch,
            type: 'branch',
            condition: { kind: 'engaged', action: 'opened', stepId: email },
            yes: [
              {
                id: sms,
                type: 'send_sms',
                text: 'Thanks for reading, {{ firstName }}!',
                senderId: 'Welcome',
              },
            ],
            no: [{ id: tag, type: 'add_tag', tagId: noOpen.id }],
          },
        ],
      }),
      201,
    )
    expect(program).toMatchObject({ status: 'draft', sends: true, problems: [] })
    const active = await activate(b, program.id)
    expect(active.status).toBe('active')

    const reader = await addContact(b, {
      email: 'reader@example.com',
      phone: '+15550000001',
      firstName: 'Rea',
      groupIds: [joined.id],
    })
    const ignorer = await addContact(b, {
      email: 'ignorer@example.com',
      phone: '+15550000002',
      firstName: 'Ign',
      groupIds: [joined.id],
    })
    await settle()
    expect(mailsTo('reader@example.com')).toHaveLength(1)
    expect(mailsTo('ignorer@example.com')).toHaveLength(1)
    expect(mailsTo('reader@example.com')[0]?.subject).toBe('Welcome Rea')

    // The reader opens the email (its tracking pixel); the other never does.
    const html = String(mailsTo('reader@example.com')[0]?.html)
    const pixel = /https:\/\/chorus\.example(\/t\/o\/[^"']+)/.exec(html)?.[1]
    expect(pixel).toBeDefined()
    await t.app.inject({ method: 'GET', url: pixel as string })

    // Before the day is out nothing more happens.
    clock.advance(DAY - 60_000)
    await settle()
    expect(smsTo('+15550000001')).toHaveLength(0)
    expect(await tagsOf(t, b, ignorer.id)).toEqual([])

    clock.advance(120_000)
    await settle()
    expect(smsTo('+15550000001').map((m) => m.body)).toEqual(['Thanks for reading, Rea!'])
    expect(smsTo('+15550000002')).toHaveLength(0)
    expect(await tagsOf(t, b, ignorer.id)).toEqual([noOpen.id])
    expect(await tagsOf(t, b, reader.id)).toEqual([])
    // Nothing is sent twice however often the workers run.
    await settle()
    expect(mailsTo('reader@example.com')).toHaveLength(1)
    expect(smsTo('+15550000001')).toHaveLength(1)

    const shown = expectStatus(await b.browser.get(`${b.base}/programs/${program.id}`), 200)
    expect(shown.counts).toEqual({ entered: 2, active: 0, completed: 2, exited: 0 })
    expect(shown.stats[email]).toMatchObject({ entered: 2, completed: 2, sent: 2, opened: 1 })
    expect(shown.stats[sms]).toMatchObject({ entered: 1, sent: 1 })
    expect(shown.stats[tag]).toMatchObject({ entered: 1, completed: 1, sent: 0 })

    const history = expectStatus(
      await b.browser.get(`${b.base}/contacts/${reader.id}/history`),
      200,
    )
    const types = history.items.map((i: { type: string }) => i.type)
    expect(types).toEqual(
      expect.arrayContaining(['program_entered', 'program_step', 'program_completed']),
    )
    // The program's messages are not campaigns of the list.
    const campaigns = expectStatus(await b.browser.get(`${b.base}/campaigns`), 200)
    expect(campaigns.items).toEqual([])
  })
})

/** An Author who may also build programs (no role holds automations.manage without send_direct). */
const AUTHOR_PERMISSIONS: Permission[] = [...permissionsOfRole('author'), 'automations.manage']

describe('a birthday program', () => {
  it('fires once a year per contact, at the time of day in the account’s time zone', async () => {
    const b = await newBrand(t, 'birthday', [])
    await t.deps.db
      .updateTable('accounts')
      .set({ time_zone: 'Europe/Paris' })
      .where('id', '=', b.accountId)
      .execute()
    expectStatus(await b.browser.post(`${b.base}/fields`, { key: 'birthday', type: 'date' }), 201)
    // 08:30 in Paris on the day after the clock's (earlier tests moved it): Ann's birthday.
    const paris = 'Europe/Paris'
    const day = addDays(localParts(clock.now(), paris), 1)
    clock.advance(
      zonedInstant(paris, day, { hour: 8, minute: 30 }).getTime() - clock.now().getTime(),
    )
    const dayOf = (d: { month: number; day: number }, year: number) =>
      `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`
    await addContact(b, { email: 'ann@example.com', fields: { birthday: dayOf(day, 1990) } })
    await addContact(b, {
      email: 'bob@example.com',
      fields: { birthday: dayOf(addDays(day, 1), 1985) },
    })
    await addContact(b, { email: 'cid@example.com' })
    const template = await emailTemplate(b, 'Happy birthday')
    const program = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Birthdays',
        trigger: { type: 'date_field', field: 'birthday', time: '09:00', daysBefore: 0 },
        steps: [emailStep(template.id)],
      }),
      201,
    )
    await activate(b, program.id)
    const count = (address: string) => mailsTo(address).length
    // 08:30 in Paris: not yet.
    await settle()
    expect(count('ann@example.com')).toBe(0)
    // 09:10 in Paris: Ann's birthday, once however often the worker runs.
    clock.advance(40 * 60_000)
    await settle()
    await settle()
    expect([count('ann@example.com'), count('bob@example.com'), count('cid@example.com')]).toEqual([
      1, 0, 0,
    ])
    // The next day: Bob's.
    clock.advance(DAY)
    await settle()
    expect([count('ann@example.com'), count('bob@example.com')]).toEqual([1, 1])
    // A year on, 09:10 in Paris: Ann's again, and only hers.
    const nextYear = { ...day, year: day.year + 1 }
    clock.advance(
      zonedInstant(paris, nextYear, { hour: 9, minute: 10 }).getTime() - clock.now().getTime(),
    )
    await settle()
    await settle()
    expect([count('ann@example.com'), count('bob@example.com'), count('cid@example.com')]).toEqual([
      2, 1, 0,
    ])
    // A year on, the session has long ended: sign in again to look.
    const browser = await logIn(t.app, b.owner)
    const shown = expectStatus(await browser.get(`${b.base}/programs/${program.id}`), 200)
    expect(shown.counts).toMatchObject({ entered: 3, completed: 3 })
  })
})

describe('approval', () => {
  it('a program that sends, activated by an Author, waits for an approver; nothing is sent meanwhile', async () => {
    const b = await newBrand(t, 'approval', [])
    const author = await memberOf(
      t.deps,
      t.app,
      b.accountId,
      { permissions: [...AUTHOR_PERMISSIONS] },
      'author',
    )
    const approver = await memberOf(
      t.deps,
      t.app,
      b.accountId,
      { permissions: [...AUTHOR_PERMISSIONS, 'campaigns.approve'] },
      'approver',
    )
    const template = await emailTemplate(b, 'Hello')
    const group = await newGroup(b, 'Leads')
    const create = async (browser: typeof author.browser) =>
      expectStatus(
        await browser.post(`${b.base}/programs`, {
          name: 'Leads',
          trigger: { type: 'group_joined', groupId: group.id },
          steps: [emailStep(template.id)],
        }),
        201,
      )
    const program = await create(author.browser)
    const waiting = expectStatus(
      await author.browser.post(`${b.base}/programs/${program.id}/activate`, { backfill: true }),
      200,
    )
    expect(waiting).toMatchObject({ status: 'awaiting_approval', activatedAt: null })
    expect(waiting.abilities).toMatchObject({ approve: false, decline: false })
    // The author holds no campaigns.approve at all.
    expectStatus(await author.browser.post(`${b.base}/programs/${program.id}/approve`), 403)

    await addContact(b, { email: 'early@example.com', groupIds: [group.id] })
    await settle()
    expect(mailsTo('early@example.com')).toHaveLength(0)

    // An approver never approves their own submission.
    const own = await create(approver.browser)
    expectStatus(
      await approver.browser.post(`${b.base}/programs/${own.id}/activate`, { backfill: false }),
      200,
    )
    const self = await approver.browser.post(`${b.base}/programs/${own.id}/approve`)
    expect(self.status).toBe(403)
    expect(self.body.error.code).toBe('self_approval')
    const declined = expectStatus(
      await b.browser.post(`${b.base}/programs/${own.id}/decline`, { reason: 'Not this week' }),
      200,
    )
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Not this week' })

    const shown = expectStatus(await approver.browser.get(`${b.base}/programs/${program.id}`), 200)
    expect(shown.abilities).toMatchObject({ approve: true, decline: true })
    const approved = expectStatus(
      await approver.browser.post(`${b.base}/programs/${program.id}/approve`),
      200,
    )
    expect(approved.status).toBe('active')
    // Backfill was asked for: the contact who joined while it waited enters and is mailed once.
    await settle()
    expect(mailsTo('early@example.com')).toHaveLength(1)

    // A change to the sending steps by the author goes back through approval.
    const edited = expectStatus(
      await author.browser.patch(`${b.base}/programs/${program.id}`, {
        steps: [{ ...approved.steps[0], subject: 'A new subject' }],
      }),
      200,
    )
    expect(edited.status).toBe('awaiting_approval')
    await addContact(b, { email: 'later@example.com', groupIds: [group.id] })
    await settle()
    expect(mailsTo('later@example.com')).toHaveLength(0)
    expectStatus(await approver.browser.post(`${b.base}/programs/${program.id}/approve`), 200)
    await settle()
    expect(mailsTo('later@example.com').map((m) => m.subject)).toEqual(['A new subject'])
  })
})

describe('editing an active program', () => {
  it('keeps waiting contacts; deleting the step that holds them asks where they go', async () => {
    const b = await newBrand(t, 'editing', [])
    const group = await newGroup(b, 'Trial')
    const tag = await newTag(b, 'nudged')
    const [wait, nudge] = [stepId(), stepId()]
    const program = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Trial',
        trigger: { type: 'group_joined', groupId: group.id },
        steps: [
          { id: wait, type: 'wait', duration: { amount: 2, unit: 'days' } },
          { id: nudge, type: 'add_tag', tagId: tag.id },
        ],
      }),
      201,
    )
    await activate(b, program.id)
    const contact = await addContact(b, { email: 'trial@example.com', groupIds: [group.id] })
    await settle()
    const before = expectStatus(await b.browser.get(`${b.base}/programs/${program.id}`), 200)
    expect(before.stats[wait]).toMatchObject({ entered: 1, waiting: 1 })

    // Renaming and adding a step keep the contact where it is.
    const extra = stepId()
    const renamed = expectStatus(
      await b.browser.patch(`${b.base}/programs/${program.id}`, {
        name: 'Trial nudges',
        steps: [...before.steps, { id: extra, type: 'end' }],
      }),
      200,
    )
    expect(renamed.stats[wait]).toMatchObject({ waiting: 1 })

    const dropped = await b.browser.patch(`${b.base}/programs/${program.id}`, {
      steps: [{ id: nudge, type: 'add_tag', tagId: tag.id }],
    })
    expect(dropped.status).toBe(409)
    expect(dropped.body.error).toMatchObject({
      code: 'conflict',
      reason: 'step_holds_contacts',
      steps: [{ stepId: wait, waiting: 1 }],
    })
    const moved = expectStatus(
      await b.browser.patch(`${b.base}/programs/${program.id}`, {
        steps: [{ id: nudge, type: 'add_tag', tagId: tag.id }],
        moveWaiting: { [wait]: nudge },
      }),
      200,
    )
    expect(moved.steps.map((s: { id: string }) => s.id)).toEqual([nudge])
    await settle()
    expect(await tagsOf(t, b, contact.id)).toEqual([tag.id])

    // A contact deleted while in the program simply leaves it.
    const gone = await addContact(b, { email: 'gone@example.com', groupIds: [group.id] })
    await settle()
    expectStatus(await b.browser.delete(`${b.base}/contacts/${gone.id}`), 204)
    await settle()

    // Deleting drains: the one still waiting leaves, and the program is gone.
    expectStatus(
      await b.browser.patch(`${b.base}/programs/${program.id}`, {
        steps: [
          { id: stepId(), type: 'wait', duration: { amount: 2, unit: 'days' } },
          ...moved.steps,
        ],
      }),
      200,
    )
    const last = await addContact(b, { email: 'trial2@example.com', groupIds: [group.id] })
    await settle()
    expectStatus(await b.browser.delete(`${b.base}/programs/${program.id}`), 204)
    expectStatus(await b.browser.get(`${b.base}/programs/${program.id}`), 404)
    const history = expectStatus(await b.browser.get(`${b.base}/contacts/${last.id}/history`), 200)
    expect(
      history.items.find((i: { type: string }) => i.type === 'program_exited')?.details,
    ).toMatchObject({
      reason: 'program deleted',
    })
  })
})

describe('invalid programs', () => {
  it('are refused with 422 naming the place, and cannot be activated while they have problems', async () => {
    const b = await newBrand(t, 'invalid', [])
    const post = (body: Record<string, unknown>) =>
      b.browser.post(`${b.base}/programs`, { name: 'Bad', trigger: { type: 'signed_up' }, ...body })
    const id = stepId()
    const cases: [unknown[], string][] = [
      [
        [
          { id, type: 'end' },
          { id, type: 'end' },
        ],
        'steps.1.id',
      ],
      [[{ id: 'not-a-uuid', type: 'end' }], 'steps.0.id'],
      [[{ id, type: 'send_sms', text: 'bad \u0000 text', senderId: null }], 'steps.0.text'],
      [
        [
          {
            id,
            type: 'branch',
            condition: null,
            yes: [{ id: stepId(), type: 'teleport' }],
            no: [],
          },
        ],
        'steps.0.yes.0.type',
      ],
      [
        [
          {
            id,
            type: 'branch',
            condition: null,
            yes: [{ id: stepId(), type: 'end', extra: 1 }],
            no: [],
          },
        ],
        'steps.0.yes.0.extra',
      ],
    ]
    for (const [steps, field] of cases) {
      const reply = await post({ steps })
      expect(reply.status, field).toBe(422)
      expect(reply.body.error.field, JSON.stringify(reply.body)).toBe(field)
    }
    // Too deep: branches nested six levels.
    let deep: Record<string, unknown> = { id: stepId(), type: 'end' }
    for (let level = 0; level < 6; level += 1) {
      deep = { id: stepId(), type: 'branch', condition: null, yes: [deep], no: [] }
    }
    expect((await post({ steps: [deep] })).status).toBe(422)
    expect((await post({ name: '   ' })).status).toBe(422)

    // A draft may be unfinished; activating it lists what is missing.
    const draft = expectStatus(
      await post({
        steps: [
          { id, type: 'send_email', templateId: null, fromAddressId: null, subject: null },
          { id: stepId(), type: 'branch', condition: null, yes: [], no: [] },
        ],
      }),
      201,
    )
    expect(draft.problems.map((p: { field: string }) => p.field)).toEqual([
      'steps.0.templateId',
      'steps.1.condition',
    ])
    const refused = await b.browser.post(`${b.base}/programs/${draft.id}/activate`, {
      backfill: false,
    })
    expect(refused.status).toBe(422)
    expect(refused.body.error.problems).toHaveLength(2)
    expectStatus(await b.browser.get(`${b.base}/programs/${randomUUID()}`), 404)
    expectStatus(await b.browser.get(`${b.base}/programs/not-an-id`), 404)
  })
})

describe('an abandoned-cart program', () => {
  it('starts on an event, waits for the order with a timeout arm, and lets the unsubscribed and the goal-reached go', async () => {
    const b = await newBrand(t, 'cart', [])
    const template = await emailTemplate(b, 'Your cart misses you')
    const bought = await newTag(b, 'bought')
    const program = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Carts',
        trigger: { type: 'event', name: 'cart_abandoned' },
        goal: { filter: { all: [{ field: 'lastName', op: 'eq', value: 'Converted' }] } },
        steps: [
          {
            id: stepId(),
            type: 'wait_for',
            event: 'order_placed',
            filter: null,
            timeout: { amount: 1, unit: 'hours' },
            met: [{ id: stepId(), type: 'add_tag', tagId: bought.id }],
            timedOut: [emailStep(template.id)],
          },
        ],
      }),
      201,
    )
    await activate(b, program.id)
    const people = {
      buyer: await addContact(b, { email: 'buyer@example.com' }),
      browser: await addContact(b, { email: 'browser@example.com' }),
      leaver: await addContact(b, { email: 'leaver@example.com' }),
      converted: await addContact(b, { email: 'converted@example.com' }),
    }
    const post = (contactId: string, name: string, key: string) =>
      t.deps.db
        .insertInto('custom_events')
        .values({
          account_id: b.accountId,
          id: randomUUID(),
          contact_id: contactId,
          name,
          dedupe_key: key,
          source: 'api',
        })
        .execute()
    for (const [name, contact] of Object.entries(people)) {
      await post(contact.id, 'cart_abandoned', `cart-${name}`)
    }
    await settle()
    await post(people.buyer.id, 'order_placed', 'order-1')
    expectStatus(
      await b.browser.patch(`${b.base}/contacts/${people.leaver.id}`, {
        emailStatus: 'unsubscribed',
      }),
      200,
    )
    expectStatus(
      await b.browser.patch(`${b.base}/contacts/${people.converted.id}`, { lastName: 'Converted' }),
      200,
    )
    await settle()
    expect(await tagsOf(t, b, people.buyer.id)).toEqual([bought.id])

    clock.advance(61 * 60_000)
    await settle()
    expect(mailsTo('browser@example.com').map((m) => m.subject)).toEqual(['Your cart misses you'])
    for (const quiet of ['buyer', 'leaver', 'converted']) {
      expect(mailsTo(`${quiet}@example.com`), quiet).toHaveLength(0)
    }
    const shown = expectStatus(await b.browser.get(`${b.base}/programs/${program.id}`), 200)
    expect(shown.counts).toEqual({ entered: 4, active: 0, completed: 3, exited: 1 })
    const history = expectStatus(
      await b.browser.get(`${b.base}/contacts/${people.leaver.id}/history`),
      200,
    )
    expect(
      history.items.find((i: { type: string }) => i.type === 'program_exited')?.details,
    ).toMatchObject({
      reason: 'unsubscribed',
    })
  })
})

describe('pause and resume', () => {
  it('a paused program moves nobody and takes nobody in; resumed, it goes on', async () => {
    const b = await newBrand(t, 'pausing', [])
    const group = await newGroup(b, 'Members')
    const tag = await newTag(b, 'welcomed')
    const [wait, welcome] = [stepId(), stepId()]
    const program = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Members',
        trigger: { type: 'group_joined', groupId: group.id },
        steps: [
          { id: wait, type: 'wait', duration: { amount: 1, unit: 'hours' } },
          { id: welcome, type: 'add_tag', tagId: tag.id },
        ],
      }),
      201,
    )
    await activate(b, program.id)
    const first = await addContact(b, { email: 'first@example.com', groupIds: [group.id] })
    await settle()
    const listed = expectStatus(
      await b.browser.get(`${b.base}/programs/${program.id}/enrolments?stepId=${wait}`),
      200,
    )
    expect(listed.items).toMatchObject([{ contactId: first.id, stepId: wait, status: 'waiting' }])

    const paused = expectStatus(await b.browser.post(`${b.base}/programs/${program.id}/pause`), 200)
    expect(paused).toMatchObject({ status: 'paused', abilities: { pause: false, resume: true } })
    const second = await addContact(b, { email: 'second@example.com', groupIds: [group.id] })
    clock.advance(2 * 3_600_000)
    await settle()
    expect(await tagsOf(t, b, first.id)).toEqual([])

    const resumed = expectStatus(
      await b.browser.post(`${b.base}/programs/${program.id}/resume`),
      200,
    )
    expect(resumed.status).toBe('active')
    await settle()
    expect(await tagsOf(t, b, first.id)).toEqual([tag.id])
    expect(await tagsOf(t, b, second.id)).toEqual([])
    expect(resumed.counts.entered).toBe(1)
  })
})

describe('a move that fails half-way', () => {
  it('leaves nothing behind: no ledger rows, contacts still at the step; the next run sends each exactly once', async () => {
    const b = await newBrand(t, 'crash', [])
    const template = await emailTemplate(b, 'Once only')
    const group = await newGroup(b, 'Bulk')
    const send = emailStep(template.id)
    const program = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Bulk',
        trigger: { type: 'group_joined', groupId: group.id },
        steps: [send],
      }),
      201,
    )
    await activate(b, program.id)
    const size = 300
    // An import-like bulk insert: one statement each, the trigger enrols them all.
    await sql`insert into contacts (account_id, id, email)
      select ${b.accountId}, gen_random_uuid(), 'bulk-' || n || '@crash.example'
      from generate_series(1, ${size}) n`.execute(t.deps.db)
    await sql`insert into group_members (account_id, group_id, contact_id)
      select account_id, ${group.id}, id from contacts
      where account_id = ${b.accountId} and email like 'bulk-%'`.execute(t.deps.db)
    const row = await t.deps.db
      .selectFrom('programs')
      .selectAll()
      .where('id', '=', program.id)
      .executeTakeFirstOrThrow()
    expect(await runStep(t.deps, row, null)).toBe(size)

    // The history write after the ledger insert fails, as a crash there would.
    await sql`create function crash_program_move() returns trigger language plpgsql as $$
      begin raise exception 'crashed in the middle of a move'; end $$`.execute(t.deps.db)
    await sql`create trigger crash_program_move after insert on contact_events
      for each statement execute function crash_program_move()`.execute(t.deps.db)
    await expect(runStep(t.deps, row, send.id)).rejects.toThrow(/crashed/)
    await sql`drop trigger crash_program_move on contact_events`.execute(t.deps.db)
    await sql`drop function crash_program_move()`.execute(t.deps.db)

    const ledger = await sql<{ n: number }>`select count(*)::int as n from campaign_recipients r
      join campaigns c on c.account_id = r.account_id and c.id = r.campaign_id
      where c.program_id = ${program.id}`.execute(t.deps.db)
    expect(ledger.rows[0]?.n).toBe(0)
    const waiting = expectStatus(await b.browser.get(`${b.base}/programs/${program.id}`), 200)
    expect(waiting.stats[send.id]).toMatchObject({ waiting: size, completed: 0, sent: 0 })

    await settle()
    const received = sink.messages.filter((m) => m.subject === 'Once only')
    expect(received).toHaveLength(size)
    expect(new Set(received.flatMap(recipientsOf)).size).toBe(size)
    const done = expectStatus(await b.browser.get(`${b.base}/programs/${program.id}`), 200)
    expect(done.stats[send.id]).toMatchObject({ waiting: 0, completed: size, sent: size })
  })
})

describe('sign-up and campaign triggers', () => {
  it('a contact who confirms their subscription enters a sign-up program, one the account adds does not; opening a campaign enters an engagement program', async () => {
    const b = await newBrand(t, 'triggers', [{ email: 'reader2@example.com' }])
    const [welcomed, engaged] = [await newTag(b, 'welcomed'), await newTag(b, 'engaged')]
    const campaign = await draft(b.browser, b)
    const programs = [
      { type: 'signed_up' },
      { type: 'campaign_engaged', campaignId: campaign.id, action: 'opened' },
    ]
    for (const [i, trigger] of programs.entries()) {
      const program = expectStatus(
        await b.browser.post(`${b.base}/programs`, {
          name: `Trigger ${i}`,
          trigger,
          steps: [{ id: stepId(), type: 'add_tag', tagId: i === 0 ? welcomed.id : engaged.id }],
        }),
        201,
      )
      await activate(b, program.id)
    }
    // Added by the account (single opt-in): subscribed, but it signed up for nothing.
    const added = await addContact(b, { email: 'added@example.com' })
    // With double opt-in, a contact confirming from the emailed link has signed up.
    expectStatus(await b.browser.request('PUT', `${b.base}/consent`, { optIn: 'double' }), 200)
    const newcomer = await addContact(b, { email: 'newcomer@example.com' })
    const confirmation = await sink.waitFor((m) => recipientsOf(m).includes('newcomer@example.com'))
    const token = /\/c\/([A-Za-z0-9_-]+)/.exec(confirmation.text ?? '')?.[1]
    const confirmed = await t.app.inject({
      method: 'POST',
      url: `/c/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    })
    expect(confirmed.statusCode).toBe(200)
    expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
    await settle()
    expect(await tagsOf(t, b, newcomer.id)).toEqual([welcomed.id])
    expect(await tagsOf(t, b, added.id)).toEqual([])

    const [mail] = messagesOf(sink, campaign.id).filter((m) =>
      recipientsOf(m).includes('reader2@example.com'),
    )
    const pixel = /https:\/\/chorus\.example(\/t\/o\/[^"']+)/.exec(String(mail?.html))?.[1]
    await t.app.inject({ method: 'GET', url: pixel as string })
    await settle()
    const reader = await t.deps.db
      .selectFrom('contacts')
      .select('id')
      .where('account_id', '=', b.accountId)
      .where('email', '=', 'reader2@example.com')
      .executeTakeFirstOrThrow()
    expect(await tagsOf(t, b, reader.id)).toEqual([engaged.id])
    expect(await tagsOf(t, b, newcomer.id)).toEqual([welcomed.id])
  })
})
