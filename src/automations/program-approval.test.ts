import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, lazyTestApp, manualClock, type TestApp } from '../../test/helpers/app.js'
import { type Brand, expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { memberOf } from '../../test/helpers/factories.js'
import type { Permission } from '../access/catalog.js'
import { permissionsOfRole } from '../access/roles.js'

/**
 * Issue 18: an approver (campaigns.approve, as the Manager preset holds it, without
 * automations.manage) sees the programs waiting for approval — and only those — to decide on them.
 */
const clock = manualClock(new Date('2031-06-02T09:00:00Z'))
let app: TestApp | undefined

beforeAll(async () => {
  app = await createTestApp({ clock })
})
afterAll(async () => {
  await app?.close()
})
const t = lazyTestApp(() => app)

const AUTHOR_PERMISSIONS: Permission[] = [...permissionsOfRole('author'), 'automations.manage']

/** A brand whose Author (with automations.manage) built three programs that send email. */
async function brandWithPrograms(name: string) {
  const b = await newBrand(t, name, [])
  const author = await memberOf(
    t.deps,
    t.app,
    b.accountId,
    { permissions: AUTHOR_PERMISSIONS },
    'ada-author',
  )
  const template = expectStatus(
    await b.browser.post(`${b.base}/templates`, {
      name: 'Welcome email',
      channel: 'email',
      subject: 'Welcome aboard',
      html: '<p>Hello</p>',
    }),
    201,
  )
  const senders = expectStatus(await b.browser.get(`${b.base}/senders`), 200)
  const sender = senders.items.find((s: { email: string }) => s.email === b.sender)
  const create = async (programName: string, fromAddressId: string | null = null) =>
    expectStatus(
      await author.browser.post(`${b.base}/programs`, {
        name: programName,
        trigger: { type: 'group_joined', groupId: b.group.id },
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
  const activate = async (programId: string) =>
    expectStatus(
      await author.browser.post(`${b.base}/programs/${programId}/activate`, { backfill: false }),
      200,
    )
  const waiting = await create('Welcome series', sender.id)
  await activate(waiting.id)
  const draft = await create('Still a draft')
  const declined = await create('Declined one')
  await activate(declined.id)
  expectStatus(
    await b.browser.post(`${b.base}/programs/${declined.id}/decline`, { reason: 'Wrong tone' }),
    200,
  )
  return { b, author, template, sender, waiting, draft, declined }
}

const urlOf = (b: Brand, programId: string) => `${b.base}/programs/${programId}`

describe('an approver without automations.manage', () => {
  it('lists and opens only the programs waiting for approval, with what they send and who submitted them', async () => {
    const { b, author, sender, waiting, draft, declined } = await brandWithPrograms('outboxprog')
    const manager = b.manager.browser

    const list = expectStatus(await manager.get(`${b.base}/programs`), 200)
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([waiting.id])

    const shown = expectStatus(await manager.get(urlOf(b, waiting.id)), 200)
    expect(shown.status).toBe('awaiting_approval')
    expect(shown.sending).toEqual([
      {
        stepId: waiting.steps[0].id,
        channel: 'email',
        template: { id: waiting.steps[0].templateId, name: 'Welcome email' },
        subject: 'Welcome aboard',
        sender: `outboxprog news <${sender.email}>`,
      },
    ])
    expect(shown.submission).toEqual({
      by: { id: author.user.id, name: 'ada-author' },
      at: expect.any(String),
    })
    expect(shown.abilities).toEqual({
      edit: false,
      activate: false,
      pause: false,
      resume: false,
      approve: true,
      decline: true,
      delete: false,
    })

    // Anything else of the program is the builder's: refused at the gate, naming the permission.
    for (const reply of [
      await manager.patch(urlOf(b, waiting.id), { name: 'Renamed' }),
      await manager.get(`${urlOf(b, waiting.id)}/enrolments`),
      await manager.delete(urlOf(b, waiting.id)),
    ]) {
      expect([reply.status, reply.body.error.permission]).toEqual([403, 'automations.manage'])
    }
    // Programs not waiting are absent to them: 404 by id, and to approve or decline.
    for (const program of [draft, declined]) {
      const reply = await manager.get(urlOf(b, program.id))
      expect([reply.status, reply.body.error.resource]).toEqual([404, 'program'])
      expect((await manager.post(`${urlOf(b, program.id)}/approve`)).status).toBe(404)
      const decline = await manager.post(`${urlOf(b, program.id)}/decline`, { reason: 'No' })
      expect(decline.status).toBe(404)
    }

    const approved = expectStatus(await manager.post(`${urlOf(b, waiting.id)}/approve`), 200)
    expect(approved.status).toBe('active')
    // Decided, it leaves their sight; its author sees it running.
    expect((await manager.get(urlOf(b, waiting.id))).status).toBe(404)
    expect(expectStatus(await manager.get(`${b.base}/programs`), 200).items).toEqual([])
    const running = expectStatus(await author.browser.get(urlOf(b, waiting.id)), 200)
    expect(running).toMatchObject({ status: 'active', submission: null })
  })

  it('declines a waiting program with a reason the submitter reads beside the submission', async () => {
    const { b, author, waiting } = await brandWithPrograms('declineprog')
    const declined = expectStatus(
      await b.manager.browser.post(`${urlOf(b, waiting.id)}/decline`, { reason: 'Too early' }),
      200,
    )
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Too early' })
    const list = expectStatus(await author.browser.get(`${b.base}/programs`), 200)
    const mine = list.items.find((p: { id: string }) => p.id === waiting.id)
    expect(mine).toMatchObject({
      status: 'declined',
      declineReason: 'Too early',
      submission: { by: { id: author.user.id, name: 'ada-author' } },
    })
  })
})

describe('the submitter', () => {
  it('sees when they submitted and cannot decide on their own program', async () => {
    const { b, author, waiting } = await brandWithPrograms('ownprog')
    const shown = expectStatus(await author.browser.get(urlOf(b, waiting.id)), 200)
    // Submitting was its last change: the audit entry and the row share the transaction's time.
    expect(shown.submission).toEqual({
      by: { id: author.user.id, name: 'ada-author' },
      at: shown.updatedAt,
    })
    expect(shown.abilities).toMatchObject({ edit: true, approve: false, decline: false })
  })

  it('keeps when it was submitted on the program itself, not only in the audit log', async () => {
    const { b, author, waiting } = await brandWithPrograms('ownprogrow')
    const before = expectStatus(await author.browser.get(urlOf(b, waiting.id)), 200)
    await t.deps.db
      .deleteFrom('audit_log')
      .where('account_id', '=', b.accountId)
      .where('target_id', '=', waiting.id)
      .execute()
    const after = expectStatus(await author.browser.get(urlOf(b, waiting.id)), 200)
    expect(after.submission).toEqual({
      by: { id: author.user.id, name: 'ada-author' },
      at: before.updatedAt,
    })
  })
})

describe('a member holding neither automations.manage nor campaigns.approve', () => {
  it('is refused the programs, naming automations.manage', async () => {
    const { b, waiting } = await brandWithPrograms('noprog')
    const analyst = await memberOf(t.deps, t.app, b.accountId, { role: 'analyst' }, 'analyst')
    for (const url of [`${b.base}/programs`, urlOf(b, waiting.id)]) {
      const reply = await analyst.browser.get(url)
      expect([reply.status, reply.body.error.permission]).toEqual([403, 'automations.manage'])
    }
  })
})
