import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, lazyTestApp, manualClock, type TestApp } from '../../test/helpers/app.js'
import { type Brand, expectStatus, newBrand, tagsOf } from '../../test/helpers/campaigns.js'
import { runStep, runWaitsMet } from './engine.js'
import { nextLocalTime } from './time.js'
import { ProgramWorker } from './worker.js'

/**
 * The engine's last defects (issue 18): wait_for wakes on what it waits for instead of a scan
 * per second; contacts at a deleted step move in one statement; a send step reserves credits
 * for the messages it queues only; a move that rolls back emits nothing.
 */
const HOUR = 3_600_000
const clock = manualClock(new Date('2031-03-10T07:30:00Z'))
let app: TestApp | undefined

beforeAll(async () => {
  app = await createTestApp({ clock, config: { allowPrivateWebhooks: true } })
})
afterAll(async () => {
  await app?.close()
})
const t = lazyTestApp(() => app)

const settle = () => new ProgramWorker(t.deps).drain()
const id = () => randomUUID()

async function create(b: Brand, body: Record<string, unknown>) {
  const program = expectStatus(await b.browser.post(`${b.base}/programs`, body), 201)
  expect(program.problems).toEqual([])
  expectStatus(
    await b.browser.post(`${b.base}/programs/${program.id}/activate`, { backfill: false }),
    200,
  )
  return program as { id: string }
}

async function newTag(b: Brand, name: string) {
  return expectStatus(await b.browser.post(`${b.base}/tags`, { name }), 201) as { id: string }
}

async function addContact(b: Brand, contact: Record<string, unknown>) {
  return expectStatus(await b.browser.post(`${b.base}/contacts`, contact), 201) as { id: string }
}

async function postEvent(b: Brand, contactId: string, name: string) {
  expectStatus(await b.browser.post(`${b.base}/events`, { contactId, name }), 202)
}

/** The live enrolments of a program by contact: where each is and whether it is woken. */
async function enrolments(b: Brand, programId: string) {
  const rows = await t.deps.db
    .selectFrom('program_enrolments')
    .select(['contact_id', 'step_id', 'woken', 'due_at'])
    .where('account_id', '=', b.accountId)
    .where('program_id', '=', programId)
    .where('ended_at', 'is', null)
    .execute()
  return new Map(rows.map((r) => [r.contact_id, r]))
}

async function programRow(b: Brand, programId: string) {
  return t.deps.db
    .selectFrom('programs')
    .selectAll()
    .where('account_id', '=', b.accountId)
    .where('id', '=', programId)
    .executeTakeFirstOrThrow()
}

describe('a wait for an event', () => {
  it('wakes the contacts it concerns in the statement that records the event, and no one else', async () => {
    const b = await newBrand(t, 'cart', [])
    const [bought, forgot] = [await newTag(b, 'bought'), await newTag(b, 'forgot')]
    const wait = id()
    const program = await create(b, {
      name: 'Abandoned cart',
      trigger: { type: 'event', name: 'cart_abandoned' },
      steps: [
        {
          id: wait,
          type: 'wait_for',
          event: 'order_placed',
          filter: null,
          timeout: { amount: 1, unit: 'days' },
          met: [{ id: id(), type: 'add_tag', tagId: bought.id }],
          timedOut: [{ id: id(), type: 'add_tag', tagId: forgot.id }],
        },
      ],
    })
    const buyer = await addContact(b, { email: 'buyer@example.com' })
    const browser = await addContact(b, { email: 'browser@example.com' })
    for (const contact of [buyer, browser]) await postEvent(b, contact.id, 'cart_abandoned')
    await settle()
    const waiting = await enrolments(b, program.id)
    expect([...waiting.values()].map((e) => [e.step_id, e.woken])).toEqual([
      [wait, false],
      [wait, false],
    ])
    // Nothing happened: a pass looks at nobody.
    expect(await runWaitsMet(t.deps, await programRow(b, program.id))).toBe(0)

    await postEvent(b, buyer.id, 'order_placed')
    // Another event of the contact, or the awaited event of someone not waiting, wakes nobody.
    await postEvent(b, browser.id, 'page_viewed')
    const stranger = await addContact(b, { email: 'stranger@example.com' })
    await postEvent(b, stranger.id, 'order_placed')
    const woken = await enrolments(b, program.id)
    expect(woken.get(buyer.id)?.woken).toBe(true)
    expect(woken.get(browser.id)?.woken).toBe(false)

    await settle()
    expect(await tagsOf(t, b, buyer.id)).toEqual([bought.id])
    expect((await enrolments(b, program.id)).get(browser.id)).toMatchObject({
      step_id: wait,
      woken: false,
    })
    clock.advance(25 * HOUR)
    await settle()
    expect(await tagsOf(t, b, browser.id)).toEqual([forgot.id])
    const shown = expectStatus(await b.browser.get(`${b.base}/programs/${program.id}`), 200)
    expect(shown.counts).toMatchObject({ entered: 2, active: 0, completed: 2 })
  })

  it('is not moved on from a stale copy of a program paused since', async () => {
    const b = await newBrand(t, 'stale', [])
    const done = await newTag(b, 'done')
    const wait = id()
    const program = await create(b, {
      name: 'Stale',
      trigger: { type: 'event', name: 'signed' },
      steps: [
        {
          id: wait,
          type: 'wait_for',
          event: 'paid',
          filter: null,
          timeout: { amount: 1, unit: 'days' },
          met: [{ id: id(), type: 'add_tag', tagId: done.id }],
          timedOut: [],
        },
      ],
    })
    const contact = await addContact(b, { email: 'payer@example.com' })
    await postEvent(b, contact.id, 'signed')
    await settle()
    const stale = await programRow(b, program.id)
    expectStatus(await b.browser.post(`${b.base}/programs/${program.id}/pause`, {}), 200)
    await postEvent(b, contact.id, 'paid')
    expect(await runWaitsMet(t.deps, stale)).toBe(0)
    expect((await enrolments(b, program.id)).get(contact.id)).toMatchObject({
      step_id: wait,
      woken: true,
    })
    expect(await tagsOf(t, b, contact.id)).toEqual([])
  })
})

describe('a wait for a condition', () => {
  it('looks on arrival, then again only when the contact, its tags or its groups change', async () => {
    const b = await newBrand(t, 'vip', [])
    const met = await newTag(b, 'welcomed')
    const trial = expectStatus(await b.browser.post(`${b.base}/groups`, { name: 'Trial' }), 201)
    const start = expectStatus(await b.browser.post(`${b.base}/groups`, { name: 'Start' }), 201)
    const wait = id()
    const program = await create(b, {
      name: 'VIP welcome',
      trigger: { type: 'group_joined', groupId: start.id },
      steps: [
        {
          id: wait,
          type: 'wait_for',
          event: null,
          filter: {
            any: [
              { op: 'tagged', value: 'VIP' },
              { field: 'firstName', op: 'eq', value: 'Ready' },
              { op: 'not_in_group', value: trial.id },
            ],
          },
          timeout: { amount: 7, unit: 'days' },
          met: [{ id: id(), type: 'add_tag', tagId: met.id }],
          timedOut: [],
        },
      ],
    })
    const groups = [start.id, trial.id]
    const already = await addContact(b, { email: 'already@example.com', firstName: 'Ready' })
    const tagged = await addContact(b, { email: 'tagged@example.com', groupIds: groups })
    const renamed = await addContact(b, { email: 'renamed@example.com', groupIds: groups })
    const leaver = await addContact(b, { email: 'leaver@example.com', groupIds: groups })
    const idle = await addContact(b, { email: 'idle@example.com', groupIds: groups })
    expectStatus(
      await b.browser.patch(`${b.base}/contacts/${already.id}`, { groupIds: [start.id] }),
      200,
    )
    await settle()
    // The one who met the condition on arrival went on; the others wait, not woken.
    expect(await tagsOf(t, b, already.id)).toEqual([met.id])
    const waiting = await enrolments(b, program.id)
    expect([...waiting.values()].every((e) => e.step_id === wait && !e.woken)).toBe(true)
    expect(waiting.size).toBe(4)

    expectStatus(await b.browser.patch(`${b.base}/contacts/${tagged.id}`, { tags: ['VIP'] }), 200)
    expectStatus(
      await b.browser.patch(`${b.base}/contacts/${renamed.id}`, { firstName: 'Ready' }),
      200,
    )
    expectStatus(
      await b.browser.patch(`${b.base}/contacts/${leaver.id}`, { groupIds: [start.id] }),
      200,
    )
    const woken = await enrolments(b, program.id)
    for (const contact of [tagged, renamed, leaver]) expect(woken.get(contact.id)?.woken).toBe(true)
    expect(woken.get(idle.id)?.woken).toBe(false)
    // A change that does not meet the condition wakes the contact, who is looked at and waits on.
    expectStatus(await b.browser.patch(`${b.base}/contacts/${idle.id}`, { lastName: 'Idle' }), 200)
    expect((await enrolments(b, program.id)).get(idle.id)?.woken).toBe(true)

    await settle()
    for (const contact of [tagged, renamed, leaver]) {
      expect(await tagsOf(t, b, contact.id)).toContain(met.id)
    }
    expect(await tagsOf(t, b, idle.id)).toEqual([])
    expect((await enrolments(b, program.id)).get(idle.id)).toMatchObject({
      step_id: wait,
      woken: false,
    })
  })
})

describe('moving the contacts of a deleted step', () => {
  it('moves a few thousand in one statement, each due by the zone it holds', async () => {
    const b = await newBrand(t, 'mover', [])
    const wait = id()
    const program = await create(b, {
      name: 'Mover',
      trigger: { type: 'group_joined', groupId: b.group.id },
      steps: [{ id: wait, type: 'wait', duration: { amount: 30, unit: 'days' } }],
    })
    const zones = ['Asia/Tokyo', 'America/New_York', null, 'Mars/Olympus']
    const perZone = 750
    await sql`
      insert into contacts (account_id, id, email, fields)
      select ${b.accountId}, gen_random_uuid(), 'm' || n || '@mover.example',
        case when (${zones}::text[])[1 + n % 4] is null then '{}'::jsonb
          else jsonb_build_object('timezone', (${zones}::text[])[1 + n % 4]) end
      from generate_series(0, ${zones.length * perZone - 1}) n`.execute(t.deps.db)
    await sql`
      insert into group_members (account_id, group_id, contact_id)
      select account_id, ${b.group.id}, id from contacts where account_id = ${b.accountId}`.execute(
      t.deps.db,
    )
    await settle()
    const total = zones.length * perZone
    const before = expectStatus(await b.browser.get(`${b.base}/programs/${program.id}`), 200)
    expect(before.stats[wait]).toMatchObject({ waiting: total })

    const morning = id()
    const moved = expectStatus(
      await b.browser.patch(`${b.base}/programs/${program.id}`, {
        steps: [{ id: morning, type: 'wait', until: { time: '09:00' } }],
        moveWaiting: { [wait]: morning },
      }),
      200,
    )
    expect(moved.stats[morning]).toMatchObject({ entered: total, waiting: total })
    const due = await sql<{ due_at: Date; n: number }>`
      select due_at, count(*)::int as n from program_enrolments
      where account_id = ${b.accountId} and program_id = ${program.id} and ended_at is null
        and step_id = ${morning}
      group by due_at order by due_at`.execute(t.deps.db)
    const at = (zone: string) => nextLocalTime(clock.now(), zone, '09:00').toISOString()
    // No zone, or one that is not a zone: the account's (UTC).
    expect(
      Object.fromEntries(due.rows.map((r) => [new Date(r.due_at).toISOString(), r.n])),
    ).toEqual({
      [at('UTC')]: 2 * perZone,
      [at('America/New_York')]: perZone,
      [at('Asia/Tokyo')]: perZone,
    })
  })
})

describe('a send step', () => {
  it('reserves credits for the messages it queues, not for contacts it passes over', async () => {
    const b = await newBrand(t, 'credits', [])
    const template = expectStatus(
      await b.browser.post(`${b.base}/templates`, {
        name: 'Hello',
        channel: 'email',
        subject: 'Hello',
        html: '<p>Hello</p>',
      }),
      201,
    )
    const program = await create(b, {
      name: 'Hello',
      trigger: { type: 'group_joined', groupId: b.group.id },
      exit: { onUnsubscribe: false, onLeaveGroup: false },
      steps: [
        {
          id: id(),
          type: 'send_email',
          templateId: template.id,
          fromAddressId: null,
          subject: null,
        },
      ],
    })
    expectStatus(
      await b.browser.post(`${b.base}/blocklist`, {
        channel: 'email',
        address: 'blocked@example.com',
      }),
      201,
    )
    const balance = async () =>
      expectStatus(await b.browser.get(`${b.base}/credits`), 200).email as number
    const start = await balance()
    const group = [b.group.id]
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
      await addContact(b, { email, groupIds: group })
    }
    await addContact(b, { email: 'blocked@example.com', groupIds: group })
    await addContact(b, { email: 'gone@example.com', emailStatus: 'unsubscribed', groupIds: group })
    await addContact(b, { phone: '+15550100', groupIds: group })
    await settle()
    const queued = await sql<{ n: number }>`
      select count(*)::int as n from campaign_recipients r join campaigns c
        on c.account_id = r.account_id and c.id = r.campaign_id
      where c.account_id = ${b.accountId} and c.program_id = ${program.id}
        and r.status = 'queued'`.execute(t.deps.db)
    expect(queued.rows[0]?.n).toBe(3)
    expect(await balance()).toBe(start - 3)
  })
})

describe('a move that rolls back', () => {
  it('emits no program.step or program.completed message; the retry emits each once', async () => {
    const b = await newBrand(t, 'atomic', [])
    const endpoint = expectStatus(
      await b.browser.post(`${b.base}/webhooks`, {
        url: 'http://127.0.0.1:9/hooks',
        events: ['program.completed'],
      }),
      201,
    )
    const [hook, branch, tagStep] = [id(), id(), id()]
    const tag = await newTag(b, 'not done')
    const trigger = { type: 'group_joined', groupId: b.group.id }
    const hooked = await create(b, {
      name: 'Hooked',
      trigger,
      steps: [{ id: hook, type: 'webhook', webhookId: endpoint.id }],
    })
    const split = await create(b, {
      name: 'Split',
      trigger,
      steps: [
        {
          id: branch,
          type: 'branch',
          condition: {
            kind: 'segment',
            filter: { all: [{ field: 'firstName', op: 'eq', value: 'Done' }] },
          },
          yes: [],
          no: [{ id: tagStep, type: 'add_tag', tagId: tag.id }],
        },
      ],
    })
    await addContact(b, { email: 'done@example.com', firstName: 'Done', groupIds: [b.group.id] })
    await addContact(b, { email: 'more@example.com', groupIds: [b.group.id] })
    const rows = { hooked: await programRow(b, hooked.id), split: await programRow(b, split.id) }
    for (const row of Object.values(rows)) expect(await runStep(t.deps, row, null)).toBe(2)

    // A failure late in each move: after the webhook message, after the completion.
    await sql`
      create function fail_late() returns trigger language plpgsql as $$
      begin
        if new.step_id in ('${sql.raw(hook)}', '${sql.raw(tagStep)}') then
          raise exception 'failed late';
        end if;
        return new;
      end $$`.execute(t.deps.db)
    await sql`create trigger fail_late before insert or update on program_step_counts
      for each row execute function fail_late()`.execute(t.deps.db)
    try {
      await expect(runStep(t.deps, rows.hooked, hook)).rejects.toThrow(/failed late/)
      await expect(runStep(t.deps, rows.split, branch)).rejects.toThrow(/failed late/)
    } finally {
      await sql`drop trigger fail_late on program_step_counts`.execute(t.deps.db)
      await sql`drop function fail_late()`.execute(t.deps.db)
    }
    const messages = () =>
      t.deps.db
        .selectFrom('webhook_messages')
        .select('event_type')
        .where('account_id', '=', b.accountId)
        .orderBy('event_type')
        .execute()
    expect(await messages()).toEqual([])
    const at = [
      ...(await enrolments(b, hooked.id)).values(),
      ...(await enrolments(b, split.id)).values(),
    ]
    expect(at.map((e) => e.step_id).sort()).toEqual([branch, branch, hook, hook].sort())

    await settle()
    // Hooked completes both contacts, Split both (one at once, one after the tag).
    expect((await messages()).map((m) => m.event_type)).toEqual([
      'program.completed',
      'program.completed',
      'program.completed',
      'program.completed',
      'program.step',
      'program.step',
    ])
  })
})
