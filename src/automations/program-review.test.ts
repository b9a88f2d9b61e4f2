import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, lazyTestApp, manualClock, type TestApp } from '../../test/helpers/app.js'
import { type Brand, expectStatus, newBrand, tagsOf } from '../../test/helpers/campaigns.js'
import { memberOf } from '../../test/helpers/factories.js'
import type { Permission } from '../access/catalog.js'
import { permissionsOfRole } from '../access/roles.js'
import { runStep } from './engine.js'
import { ProgramWorker, runPrograms } from './worker.js'

const clock = manualClock(new Date('2031-05-10T07:30:00Z'))
let app: TestApp | undefined

beforeAll(async () => {
  app = await createTestApp({ clock, config: { publicUrl: 'https://chorus.example' } })
})
afterAll(async () => {
  await app?.close()
})
const t = lazyTestApp(() => app)

const settle = () => new ProgramWorker(t.deps).drain()

/** An active program: joining a new group adds a tag. */
async function taggingProgram(b: Brand) {
  const group = expectStatus(await b.browser.post(`${b.base}/groups`, { name: 'Joiners' }), 201)
  const tag = expectStatus(await b.browser.post(`${b.base}/tags`, { name: 'welcomed' }), 201)
  const step = { id: randomUUID(), type: 'add_tag', tagId: tag.id }
  const program = expectStatus(
    await b.browser.post(`${b.base}/programs`, {
      name: 'Tag joiners',
      trigger: { type: 'group_joined', groupId: group.id },
      steps: [step],
    }),
    201,
  )
  expectStatus(
    await b.browser.post(`${b.base}/programs/${program.id}/activate`, { backfill: false }),
    200,
  )
  return { group, tag, step, program }
}

async function join(b: Brand, groupId: string, email: string) {
  return expectStatus(
    await b.browser.post(`${b.base}/contacts`, { email, groupIds: [groupId] }),
    201,
  )
}

describe('a program whose step keeps failing', () => {
  it('is skipped while other accounts’ programs run, then paused with the reason shown; it cannot resume broken', async () => {
    const broken = await newBrand(t, 'brokenprog', [])
    const healthy = await newBrand(t, 'healthyprog', [])
    const bad = await taggingProgram(broken)
    const good = await taggingProgram(healthy)
    // A step the engine cannot run (as a bug or a hand-edited row would leave it).
    await t.deps.db
      .updateTable('programs')
      .set({ steps: JSON.stringify([{ id: bad.step.id, type: 'webhook', webhookId: 'nope' }]) })
      .where('id', '=', bad.program.id)
      .execute()
    await join(broken, bad.group.id, 'a@brokenprog.example')
    const contact = await join(healthy, good.group.id, 'b@healthyprog.example')

    for (let pass = 0; pass < 3; pass += 1) await runPrograms(t.deps)

    expect(await tagsOf(t, healthy, contact.id)).toEqual([good.tag.id])
    const shown = expectStatus(
      await broken.browser.get(`${broken.base}/programs/${bad.program.id}`),
      200,
    )
    expect(shown.status).toBe('paused')
    expect(shown.pausedReason).toMatch(/kept failing/)
    const resumed = await broken.browser.post(`${broken.base}/programs/${bad.program.id}/resume`)
    expect(resumed.status).toBe(422)
    expect(resumed.body.error.problems).toMatchObject([{ field: 'steps.0.webhookId' }])
  })
})

describe('a step whose tag was deleted', () => {
  it('does nothing for the contact, notes it in the history, and the contact moves on', async () => {
    const b = await newBrand(t, 'deletedtag', [])
    const { group, tag, program } = await taggingProgram(b)
    expectStatus(await b.browser.delete(`${b.base}/tags/${tag.id}`), 204)
    const contact = await join(b, group.id, 'c@deletedtag.example')
    await settle()
    const history = await t.deps.db
      .selectFrom('contact_events')
      .select(['type', 'details'])
      .where('account_id', '=', b.accountId)
      .where('contact_id', '=', contact.id)
      .where('type', '=', 'program_step')
      .execute()
    expect(history).toMatchObject([{ details: { note: 'tag deleted: nothing done' } }])
    const shown = expectStatus(await b.browser.get(`${b.base}/programs/${program.id}`), 200)
    expect(shown.counts).toMatchObject({ active: 0, completed: 1 })
  })
})

describe('editing a live program', () => {
  it('refuses another account’s tag with 422 naming the step field', async () => {
    const b = await newBrand(t, 'editlive', [])
    const other = await newBrand(t, 'editother', [])
    const foreign = expectStatus(
      await other.browser.post(`${other.base}/tags`, { name: 'theirs' }),
      201,
    )
    const { step, program } = await taggingProgram(b)
    const edited = await b.browser.patch(`${b.base}/programs/${program.id}`, {
      steps: [{ ...step, tagId: foreign.id }],
    })
    expect(edited.status).toBe(422)
    expect(edited.body.error.problems).toMatchObject([{ field: 'steps.0.tagId' }])
  })
})

describe('pause, edit, resume', () => {
  it('an Author’s change to what a paused program sends waits for approval; the Owner’s is sent as changed', async () => {
    const b = await newBrand(t, 'pauseedit', [])
    const author = await memberOf(
      t.deps,
      t.app,
      b.accountId,
      { permissions: [...permissionsOfRole('author'), 'automations.manage'] },
      'author',
    )
    const template = expectStatus(
      await b.browser.post(`${b.base}/templates`, {
        name: 'Hello',
        channel: 'email',
        subject: 'Hello',
        html: '<p>Hello</p>',
      }),
      201,
    )
    const group = expectStatus(await b.browser.post(`${b.base}/groups`, { name: 'Leads' }), 201)
    const email = {
      id: randomUUID(),
      type: 'send_email',
      templateId: template.id,
      fromAddressId: null,
      subject: null,
    }
    const program = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Leads',
        trigger: { type: 'group_joined', groupId: group.id },
        steps: [email],
      }),
      201,
    )
    const url = `${b.base}/programs/${program.id}`
    expectStatus(await b.browser.post(`${url}/activate`, { backfill: false }), 200)

    expectStatus(await author.browser.post(`${url}/pause`), 200)
    expectStatus(
      await author.browser.patch(url, { steps: [{ ...email, subject: 'Unapproved' }] }),
      200,
    )
    await author.browser.post(`${url}/resume`)
    const shown = expectStatus(await b.browser.get(url), 200)
    expect(shown.status).toBe('awaiting_approval')
    expectStatus(await b.browser.post(`${url}/decline`, { reason: 'No' }), 200)

    // The Owner (who sends directly) edits while paused; resumed, the change is what is sent.
    const again = expectStatus(await b.browser.patch(url, { steps: [email] }), 200)
    expect(again.status).toBe('declined')
    expectStatus(await b.browser.post(`${url}/activate`, { backfill: false }), 200)
    expectStatus(await b.browser.post(`${url}/pause`), 200)
    expectStatus(await b.browser.patch(url, { steps: [{ ...email, subject: 'Changed' }] }), 200)
    expect(expectStatus(await author.browser.post(`${url}/resume`), 200).status).toBe('active')
    const contact = await join(b, group.id, 'lead@pauseedit.example')
    await settle()
    const queued = await t.deps.db
      .selectFrom('campaign_recipients as r')
      .innerJoin('campaigns as c', (j) =>
        j.onRef('c.account_id', '=', 'r.account_id').onRef('c.id', '=', 'r.campaign_id'),
      )
      .select('c.subject')
      .where('r.account_id', '=', b.accountId)
      .where('r.contact_id', '=', contact.id)
      .execute()
    expect(queued.map((m) => m.subject)).toEqual(['Changed'])
  })
})

describe('a move from a stale copy of the program', () => {
  it('runs the steps as edited since, and nothing once the program is paused', async () => {
    const b = await newBrand(t, 'staleprog', [])
    const { group, step, program } = await taggingProgram(b)
    const stale = await t.deps.db
      .selectFrom('programs')
      .selectAll()
      .where('id', '=', program.id)
      .executeTakeFirstOrThrow()
    const other = expectStatus(await b.browser.post(`${b.base}/tags`, { name: 'edited' }), 201)
    const url = `${b.base}/programs/${program.id}`
    expectStatus(await b.browser.patch(url, { steps: [{ ...step, tagId: other.id }] }), 200)
    const first = await join(b, group.id, 'first@staleprog.example')
    await runStep(t.deps, stale, null)
    await runStep(t.deps, stale, step.id)
    expect(await tagsOf(t, b, first.id)).toEqual([other.id])

    expectStatus(await b.browser.post(`${url}/pause`), 200)
    await join(b, group.id, 'second@staleprog.example')
    expect(await runStep(t.deps, stale, null)).toBe(0)
  })
})

describe('a program with an SMS step', () => {
  it('is activated, approved and resumed only by people who hold sms.use', async () => {
    const b = await newBrand(t, 'smsrights', [])
    const withoutSms = (extra: Permission[]): Permission[] =>
      [...permissionsOfRole('author'), 'automations.manage' as const, ...extra].filter(
        (p) => p !== 'sms.use',
      )
    const author = await memberOf(
      t.deps,
      t.app,
      b.accountId,
      { permissions: withoutSms([]) },
      'author',
    )
    const approver = await memberOf(
      t.deps,
      t.app,
      b.accountId,
      { permissions: withoutSms(['campaigns.approve']) },
      'approver',
    )
    const group = expectStatus(await b.browser.post(`${b.base}/groups`, { name: 'Texted' }), 201)
    const program = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Texts',
        trigger: { type: 'group_joined', groupId: group.id },
        steps: [{ id: randomUUID(), type: 'send_sms', text: 'Hi', senderId: null }],
      }),
      201,
    )
    const url = `${b.base}/programs/${program.id}`
    expect((await author.browser.post(`${url}/activate`, { backfill: false })).status).toBe(403)

    // Submitted by a Manager (sms.use, no send_direct): the approver without sms.use cannot approve.
    const manager = await memberOf(
      t.deps,
      t.app,
      b.accountId,
      { permissions: [...permissionsOfRole('author'), 'automations.manage', 'sms.use'] },
      'texter',
    )
    const waiting = expectStatus(
      await manager.browser.post(`${url}/activate`, { backfill: false }),
      200,
    )
    expect(waiting.status).toBe('awaiting_approval')
    expect((await approver.browser.post(`${url}/approve`)).status).toBe(403)
    expectStatus(await b.browser.post(`${url}/approve`), 200)

    expectStatus(await b.browser.post(`${url}/pause`), 200)
    expect((await author.browser.post(`${url}/resume`)).status).toBe(403)
  })
})

describe('entry again', () => {
  it('needs at least an hour between entries (two programs tagging each other would loop)', async () => {
    const b = await newBrand(t, 'reentry', [])
    const tag = expectStatus(await b.browser.post(`${b.base}/tags`, { name: 'looped' }), 201)
    const program = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Loop',
        trigger: { type: 'tag_added', tagId: tag.id },
        entry: { mode: 'again', minGapHours: 0 },
        steps: [{ id: randomUUID(), type: 'remove_tag', tagId: tag.id }],
      }),
      201,
    )
    const url = `${b.base}/programs/${program.id}`
    const refused = await b.browser.post(`${url}/activate`, { backfill: false })
    expect(refused.status).toBe(422)
    expect(refused.body.error.field).toBe('entry.minGapHours')
    expectStatus(await b.browser.patch(url, { entry: { mode: 'again', minGapHours: 1 } }), 200)
    expectStatus(await b.browser.post(`${url}/activate`, { backfill: false }), 200)
    const live = await b.browser.patch(url, { entry: { mode: 'again', minGapHours: 0 } })
    expect(live.status).toBe(422)
  })
})

describe('an email step’s sender address', () => {
  it('that is not a uuid or not the account’s is a problem at steps.N.fromAddressId, not a 500', async () => {
    const b = await newBrand(t, 'fromaddr', [])
    const other = await newBrand(t, 'fromother', [])
    const theirs = expectStatus(await other.browser.get(`${other.base}/senders`), 200)
    const template = expectStatus(
      await b.browser.post(`${b.base}/templates`, {
        name: 'Hi',
        channel: 'email',
        subject: 'Hi',
        html: '<p>Hi</p>',
      }),
      201,
    )
    const group = expectStatus(await b.browser.post(`${b.base}/groups`, { name: 'From' }), 201)
    for (const fromAddressId of [theirs.items[0].id, randomUUID()]) {
      const program = expectStatus(
        await b.browser.post(`${b.base}/programs`, {
          name: 'From',
          trigger: { type: 'group_joined', groupId: group.id },
          steps: [
            {
              id: randomUUID(),
              type: 'send_email',
              templateId: template.id,
              fromAddressId,
              subject: null,
            },
          ],
        }),
        201,
      )
      const refused = await b.browser.post(`${b.base}/programs/${program.id}/activate`, {
        backfill: false,
      })
      expect(refused.status).toBe(422)
      expect(refused.body.error.field).toBe('steps.0.fromAddressId')
    }
  })
})

describe('a set_field step', () => {
  it('whose value does not fit the field’s type is a problem at steps.N.value when saved', async () => {
    const b = await newBrand(t, 'setfield', [])
    expectStatus(await b.browser.post(`${b.base}/fields`, { key: 'score', type: 'number' }), 201)
    const saved = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Score',
        trigger: { type: 'signed_up' },
        steps: [{ id: randomUUID(), type: 'set_field', field: 'score', value: 'lots' }],
      }),
      201,
    )
    expect(saved.problems).toMatchObject([{ field: 'steps.0.value' }])
  })
})

describe('a program that texts', () => {
  it('lets go of a contact who unsubscribed from SMS', async () => {
    const b = await newBrand(t, 'smsexit', [])
    const group = expectStatus(await b.browser.post(`${b.base}/groups`, { name: 'Texted' }), 201)
    const program = expectStatus(
      await b.browser.post(`${b.base}/programs`, {
        name: 'Texts',
        trigger: { type: 'group_joined', groupId: group.id },
        steps: [
          { id: randomUUID(), type: 'wait', duration: { amount: 1, unit: 'hours' } },
          { id: randomUUID(), type: 'send_sms', text: 'Hi', senderId: null },
        ],
      }),
      201,
    )
    const url = `${b.base}/programs/${program.id}`
    expectStatus(await b.browser.post(`${url}/activate`, { backfill: false }), 200)
    const contact = expectStatus(
      await b.browser.post(`${b.base}/contacts`, { phone: '+15550100200', groupIds: [group.id] }),
      201,
    )
    await settle()
    await t.deps.db
      .updateTable('contacts')
      .set({ sms_status: 'unsubscribed' })
      .where('id', '=', contact.id)
      .execute()
    clock.advance(2 * 3_600_000)
    await settle()
    const shown = expectStatus(await b.browser.get(url), 200)
    expect(shown.counts).toMatchObject({ active: 0, exited: 1 })
  })
})
