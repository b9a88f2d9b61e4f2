import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Browser, useTestApp } from '../../../test/helpers/app.js'
import { memberOf } from '../../../test/helpers/factories.js'
import { newOwner } from '../../../test/helpers/sharing.js'

const t = useTestApp()

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const owner = () => newOwner(t, 'owner')

// ---------------------------------------------------------------------------------------------
// The test's own model of a contact and its own evaluation of a filter, written from the filter
// language's description (SPEC §6, segments.ts doc comment), not from the product's compiler.
// ---------------------------------------------------------------------------------------------

interface Model {
  id: string
  email: string | null
  phone: string | null
  firstName: string | null
  lastName: string | null
  emailStatus: string
  smsStatus: string
  createdAt: number
  fields: Record<string, unknown>
  groups: Set<string>
  tags: Set<string>
}

type FieldKind = 'text' | 'number' | 'boolean' | 'date' | 'status' | 'timestamp'

const BUILT_IN_KINDS: Record<string, FieldKind> = {
  email: 'text',
  phone: 'text',
  firstName: 'text',
  lastName: 'text',
  emailStatus: 'status',
  smsStatus: 'status',
  createdAt: 'timestamp',
}

function fieldValue(contact: Model, field: string): unknown {
  if (field in BUILT_IN_KINDS) {
    const v = (contact as unknown as Record<string, unknown>)[field]
    return v ?? null
  }
  const key = field.startsWith('fields.') ? field.slice('fields.'.length) : field
  return contact.fields[key] ?? null
}

/**
 * Semantics: a missing value never equals, exceeds, precedes, contains or starts with anything;
 * `neq` is "not equal", so a missing value is not equal to any value; `exists` (or `exists: true`)
 * means a value is present, `exists: false` that it is missing; text matching by contains and
 * starts_with ignores case and treats every character literally; eq is exact.
 */
function evaluate(node: any, contact: Model): boolean {
  if (Array.isArray(node.all)) return node.all.every((child: any) => evaluate(child, contact))
  if (Array.isArray(node.any)) return node.any.some((child: any) => evaluate(child, contact))
  const { op, value } = node
  if (op === 'in_group') return contact.groups.has(value)
  if (op === 'not_in_group') return !contact.groups.has(value)
  if (op === 'tagged') return contact.tags.has(String(value).trim().toLowerCase())
  const kind = BUILT_IN_KINDS[node.field] ?? 'custom'
  const v = fieldValue(contact, node.field)
  const present = v !== null
  const comparable = (x: unknown) =>
    (kind === 'timestamp' && typeof x === 'string' ? Date.parse(x) : x) as any
  switch (op) {
    case 'exists':
      return value === false ? !present : present
    case 'eq':
      return present && comparable(v) === comparable(value)
    case 'neq':
      return !(present && comparable(v) === comparable(value))
    case 'gt':
      return present && comparable(v) > comparable(value)
    case 'lt':
      return present && comparable(v) < comparable(value)
    case 'contains':
      return present && String(v).toLowerCase().includes(String(value).toLowerCase())
    case 'starts_with':
      return present && String(v).toLowerCase().startsWith(String(value).toLowerCase())
  }
  throw new Error(`the test evaluator does not know ${op}`)
}

// ---------------------------------------------------------------------------------------------

interface Seed {
  email?: string
  phone?: string
  firstName?: string
  lastName?: string
  fields?: Record<string, unknown>
  groups?: Array<'g1' | 'g2'>
  tags?: string[]
  unsubscribe?: Array<'email' | 'sms'>
}

/** Creates the contacts over HTTP and returns the model of each, as the API reports it. */
async function seedContacts(
  browser: Browser,
  base: string,
  groups: Record<'g1' | 'g2', string>,
  seeds: Seed[],
): Promise<Model[]> {
  const models: Model[] = []
  for (const seed of seeds) {
    const reply = await browser.post(`${base}/contacts`, {
      ...(seed.email !== undefined ? { email: seed.email } : {}),
      ...(seed.phone !== undefined ? { phone: seed.phone } : {}),
      ...(seed.firstName !== undefined ? { firstName: seed.firstName } : {}),
      ...(seed.lastName !== undefined ? { lastName: seed.lastName } : {}),
      fields: seed.fields ?? {},
      groupIds: (seed.groups ?? []).map((g) => groups[g]),
      tags: seed.tags ?? [],
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    let contact = reply.body
    for (const channel of seed.unsubscribe ?? []) {
      const unsub = await browser.patch(`${base}/contacts/${contact.id}`, {
        [channel === 'email' ? 'emailStatus' : 'smsStatus']: 'unsubscribed',
      })
      expect(unsub.status).toBe(200)
      contact = unsub.body
    }
    models.push({
      id: contact.id,
      email: contact.email,
      phone: contact.phone,
      firstName: contact.firstName,
      lastName: contact.lastName,
      emailStatus: contact.emailStatus,
      smsStatus: contact.smsStatus,
      createdAt: Date.parse(contact.createdAt),
      fields: contact.fields,
      groups: new Set(contact.groupIds),
      tags: new Set((contact.tags as string[]).map((x) => x.toLowerCase())),
    })
  }
  return models
}

async function defineFields(browser: Browser, base: string) {
  for (const [key, type] of [
    ['city', 'text'],
    ['score', 'number'],
    ['vip', 'boolean'],
    ['joined', 'date'],
  ]) {
    const reply = await browser.post(`${base}/fields`, { key, type })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
  }
}

async function makeGroups(browser: Browser, base: string) {
  const g1 = (await browser.post(`${base}/groups`, { name: 'G1' })).body.id as string
  const g2 = (await browser.post(`${base}/groups`, { name: 'G2' })).body.id as string
  return { g1, g2 }
}

async function segmentIds(browser: Browser, base: string, segmentId: string) {
  const ids: string[] = []
  let cursor: string | null = null
  for (let page = 0; page < 100; page++) {
    const reply: any = await browser.get(
      `${base}/contacts?segmentId=${segmentId}&limit=500${cursor ? `&cursor=${cursor}` : ''}`,
    )
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    ids.push(...reply.body.items.map((c: any) => c.id))
    cursor = reply.body.nextCursor
    if (!cursor) return ids
  }
  throw new Error('the listing never ended')
}

async function countOf(browser: Browser, base: string, segmentId: string) {
  const reply = await browser.get(`${base}/segments/${segmentId}/count`)
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  return reply.body.count as number
}

describe('segments over a known set of contacts', () => {
  let o: Awaited<ReturnType<typeof owner>>
  let groups: { g1: string; g2: string }
  let contacts: Model[]
  let marker: string

  beforeAll(async () => {
    o = await owner()
    await defineFields(o.browser, o.base)
    groups = await makeGroups(o.browser, o.base)
    const first = await seedContacts(o.browser, o.base, groups, [
      {
        email: 'ann@ex.test',
        firstName: 'Ann',
        lastName: 'Lee',
        fields: { city: 'Oslo', score: 10, vip: true, joined: '2024-01-15' },
        groups: ['g1'],
        tags: ['alpha'],
      },
      {
        email: 'bob@ex.test',
        firstName: 'Bob',
        lastName: 'Stone',
        fields: { city: 'Bergen', score: 55.5, vip: false, joined: '2024-03-07' },
        groups: ['g1', 'g2'],
        tags: ['alpha', 'beta'],
      },
      {
        email: 'carol@mail.test',
        firstName: 'Carol',
        fields: { city: 'oslo', score: -3, joined: '2023-12-31' },
        groups: ['g2'],
      },
      {
        email: 'dave@mail.test',
        firstName: 'Dave',
        lastName: 'Annson',
        fields: { score: 100, vip: true },
        tags: ['beta'],
        unsubscribe: ['email'],
      },
      { phone: '+4791234567', firstName: 'Eve', fields: { city: 'Tromso', vip: false } },
    ])
    await sleep(40)
    marker = new Date().toISOString()
    await sleep(40)
    const second = await seedContacts(o.browser, o.base, groups, [
      {
        email: 'frank@ex.test',
        firstName: '',
        lastName: "O'Neil",
        fields: { city: '50% off', score: 0, joined: '2024-03-10' },
      },
      {
        email: 'grace_h@ex.test',
        firstName: 'Grace',
        fields: { city: 'a_b', score: 50, joined: '2025-06-01' },
        groups: ['g1'],
      },
      { email: 'heidi@ex.test', firstName: "x' or 1=1 --", fields: { city: 'back\\slash' } },
      {
        email: 'ivan@ex.test',
        phone: '+14155550100',
        lastName: 'Lee',
        fields: { score: 55.5, vip: true },
        groups: ['g1', 'g2'],
        tags: ['ALPHA'],
      },
      { email: 'judy@ex.test', phone: '+14155550101', unsubscribe: ['sms'] },
    ])
    contacts = [...first, ...second]
  })

  /** Saves the filter as a segment; its count and its listing both equal the test's evaluation. */
  async function check(filter: object) {
    const segment = await o.browser.post(`${o.base}/segments`, { name: 'case', filter })
    expect(segment.status, `${JSON.stringify(filter)}: ${JSON.stringify(segment.body)}`).toBe(201)
    const expected = contacts.filter((c) => evaluate(filter, c)).map((c) => c.id)
    const label = JSON.stringify(filter)
    expect(await countOf(o.browser, o.base, segment.body.id), label).toBe(expected.length)
    expect((await segmentIds(o.browser, o.base, segment.body.id)).sort(), label).toEqual(
      expected.sort(),
    )
    return expected.length
  }

  it('the test evaluator agrees with hand counts (so it can be trusted below)', async () => {
    const byHand: Array<[object, number]> = [
      [{ all: [{ field: 'city', op: 'contains', value: 'oslo' }] }, 2],
      [{ all: [{ field: 'score', op: 'gt', value: 50 }] }, 3],
      [{ all: [{ field: 'vip', op: 'neq', value: true }] }, 7],
      [{ all: [{ op: 'tagged', value: 'alpha' }] }, 3],
    ]
    for (const [filter, n] of byHand) {
      expect(contacts.filter((c) => evaluate(filter, c)).length, JSON.stringify(filter)).toBe(n)
      expect(await check(filter)).toBe(n)
    }
  })

  it('eq, neq, contains, starts_with and exists on built-in text fields', async () => {
    const cases: object[] = [
      { field: 'email', op: 'eq', value: 'ann@ex.test' },
      { field: 'email', op: 'neq', value: 'ann@ex.test' },
      { field: 'email', op: 'contains', value: 'MAIL.test' },
      { field: 'email', op: 'starts_with', value: 'grace_' },
      { field: 'email', op: 'starts_with', value: 'g%' },
      { field: 'email', op: 'exists' },
      { field: 'email', op: 'exists', value: false },
      { field: 'firstName', op: 'exists', value: true },
      { field: 'firstName', op: 'exists', value: false },
      { field: 'firstName', op: 'eq', value: '' },
      { field: 'lastName', op: 'eq', value: 'Lee' },
      { field: 'lastName', op: 'eq', value: 'lee' },
      { field: 'lastName', op: 'neq', value: 'Lee' },
      { field: 'lastName', op: 'contains', value: "'" },
      { field: 'lastName', op: 'starts_with', value: 'ann' },
      { field: 'phone', op: 'starts_with', value: '+1' },
      { field: 'phone', op: 'exists', value: false },
      { field: 'phone', op: 'eq', value: '+4791234567' },
    ]
    for (const condition of cases) await check({ all: [condition] })
  })

  it('every op on custom text, number, boolean and date fields', async () => {
    const cases: object[] = [
      { field: 'city', op: 'eq', value: 'Oslo' },
      { field: 'fields.city', op: 'eq', value: 'oslo' },
      { field: 'city', op: 'neq', value: 'Oslo' },
      { field: 'city', op: 'contains', value: 'OSLO' },
      { field: 'city', op: 'contains', value: '%' },
      { field: 'city', op: 'contains', value: '_' },
      { field: 'city', op: 'contains', value: '\\' },
      { field: 'city', op: 'starts_with', value: 'a_' },
      { field: 'city', op: 'starts_with', value: '50%' },
      { field: 'city', op: 'exists' },
      { field: 'city', op: 'exists', value: false },
      { field: 'score', op: 'eq', value: 55.5 },
      { field: 'score', op: 'eq', value: 0 },
      { field: 'score', op: 'neq', value: 55.5 },
      { field: 'score', op: 'gt', value: 50 },
      { field: 'fields.score', op: 'gt', value: 50 },
      { field: 'score', op: 'lt', value: 0 },
      { field: 'score', op: 'gt', value: -100 },
      { field: 'score', op: 'lt', value: 10.5 },
      { field: 'score', op: 'exists', value: false },
      { field: 'vip', op: 'eq', value: true },
      { field: 'vip', op: 'eq', value: false },
      { field: 'vip', op: 'neq', value: true },
      { field: 'vip', op: 'exists' },
      { field: 'joined', op: 'eq', value: '2024-03-07' },
      { field: 'joined', op: 'neq', value: '2024-03-07' },
      { field: 'joined', op: 'gt', value: '2024-03-07' },
      { field: 'joined', op: 'lt', value: '2024-03-07' },
      { field: 'joined', op: 'lt', value: '2024-01-01' },
      { field: 'joined', op: 'exists', value: false },
    ]
    for (const condition of cases) await check({ all: [condition] })
  })

  it('createdAt and the subscription statuses', async () => {
    expect(await check({ all: [{ field: 'createdAt', op: 'gt', value: marker }] })).toBe(5)
    expect(await check({ all: [{ field: 'createdAt', op: 'lt', value: marker }] })).toBe(5)
    await check({ all: [{ field: 'createdAt', op: 'gt', value: '2000-01-01' }] })
    await check({ all: [{ field: 'createdAt', op: 'lt', value: '2000-01-01T00:00:00Z' }] })
    await check({ all: [{ field: 'createdAt', op: 'exists' }] })
    expect(await check({ all: [{ field: 'emailStatus', op: 'eq', value: 'unsubscribed' }] })).toBe(
      1,
    )
    await check({ all: [{ field: 'emailStatus', op: 'neq', value: 'subscribed' }] })
    expect(await check({ all: [{ field: 'smsStatus', op: 'eq', value: 'unsubscribed' }] })).toBe(1)
    await check({ all: [{ field: 'emailStatus', op: 'eq', value: 'pending' }] })
  })

  it('in_group, not_in_group and tagged', async () => {
    expect(await check({ all: [{ op: 'in_group', value: groups.g1 }] })).toBe(4)
    expect(await check({ all: [{ op: 'not_in_group', value: groups.g1 }] })).toBe(6)
    await check({ all: [{ op: 'in_group', value: groups.g2 }] })
    await check({
      any: [
        { op: 'in_group', value: groups.g1 },
        { op: 'in_group', value: groups.g2 },
      ],
    })
    await check({
      all: [
        { op: 'in_group', value: groups.g1 },
        { op: 'in_group', value: groups.g2 },
      ],
    })
    expect(await check({ all: [{ op: 'in_group', value: randomUUID() }] })).toBe(0)
    expect(await check({ all: [{ op: 'not_in_group', value: randomUUID() }] })).toBe(10)
    await check({ all: [{ op: 'tagged', value: 'BETA' }] })
    await check({ all: [{ op: 'tagged', value: ' alpha ' }] })
    expect(await check({ all: [{ op: 'tagged', value: 'gamma' }] })).toBe(0)
    // Another account's group with the same contacts' ids is never a match.
    const p = await owner()
    const foreign = (await p.browser.post(`${p.base}/groups`, { name: 'Foreign' })).body.id
    expect(await check({ all: [{ op: 'in_group', value: foreign }] })).toBe(0)
  })

  it('nested all / any', async () => {
    await check({
      any: [
        {
          all: [
            { field: 'city', op: 'contains', value: 'oslo' },
            { field: 'score', op: 'gt', value: 0 },
          ],
        },
        {
          all: [
            { op: 'tagged', value: 'beta' },
            { op: 'not_in_group', value: groups.g2 },
          ],
        },
      ],
    })
    await check({
      all: [
        {
          any: [
            { field: 'vip', op: 'eq', value: true },
            { field: 'joined', op: 'exists' },
          ],
        },
        {
          any: [
            { field: 'emailStatus', op: 'eq', value: 'unsubscribed' },
            { op: 'in_group', value: groups.g1 },
          ],
        },
        { field: 'lastName', op: 'exists' },
      ],
    })
    await check({
      any: [
        {
          all: [
            {
              any: [
                { field: 'score', op: 'lt', value: 1 },
                { field: 'vip', op: 'eq', value: false },
              ],
            },
            { field: 'email', op: 'exists' },
          ],
        },
        { field: 'phone', op: 'starts_with', value: '+47' },
      ],
    })
  })

  it('matches literal text with quotes and SQL in it, and nothing more', async () => {
    // The one contact whose first name is literally this string, nobody else.
    expect(await check({ all: [{ field: 'firstName', op: 'eq', value: "x' or 1=1 --" }] })).toBe(1)
    for (const condition of [
      { field: 'email', op: 'eq', value: "x' or 1=1 --" },
      { field: 'email', op: 'eq', value: "' OR '1'='1" },
      { field: 'firstName', op: 'contains', value: "'; drop table contacts; --" },
      { field: 'city', op: 'starts_with', value: "%' or '1'='1" },
      { field: 'city', op: 'eq', value: "Oslo' or 'a'='a" },
      { field: 'joined', op: 'eq', value: "2024-01-15' or 1=1 --" },
      { op: 'tagged', value: "alpha' or 1=1 --" },
    ]) {
      const reply = await o.browser.post(`${o.base}/segments`, {
        name: 'injection',
        filter: { all: [condition] },
      })
      if (reply.status === 201) {
        expect(await countOf(o.browser, o.base, reply.body.id), JSON.stringify(condition)).toBe(0)
        expect(await segmentIds(o.browser, o.base, reply.body.id)).toEqual([])
      } else {
        expect(reply.status, JSON.stringify(condition)).toBe(422)
      }
    }
    for (const field of [
      "fields.a'); drop table contacts; --",
      'email; drop table contacts',
      "city' or '1'='1",
      "fields.city' or '1'='1",
      'c.email',
      "fields.city -> 'x'",
      'email--',
      '1=1',
    ]) {
      const reply = await o.browser.post(`${o.base}/segments`, {
        name: 'injection',
        filter: { all: [{ field, op: 'eq', value: 'x' }] },
      })
      expect(reply.status, field).toBe(422)
      expect(reply.body.error.field, field).toBe('filter.all[0].field')
    }
    const badGroup = await o.browser.post(`${o.base}/segments`, {
      name: 'injection',
      filter: { all: [{ op: 'in_group', value: `${groups.g1}' or '1'='1` }] },
    })
    expect(badGroup.status).toBe(422)
    const badKey = await o.browser.post(`${o.base}/contacts`, {
      email: 'inject@ex.test',
      fields: { "a'); drop table contacts; --": 1 },
    })
    expect(badKey.status).toBe(422)
    // The table is intact and holds exactly what the test created.
    const rows = await sql<{ n: string }>`
      select count(*)::text as n from contacts where account_id = ${o.accountId}`.execute(t.deps.db)
    expect(Number(rows.rows[0]?.n)).toBe(contacts.length)
    const listed = await o.browser.get(`${o.base}/contacts?limit=500`)
    expect(listed.body.items).toHaveLength(contacts.length)
  })

  it('compares custom dates as dates, not as text, or refuses a date it cannot compare', async () => {
    // 2024-03-10 is after 7 March 2024 whatever way the date is written; as text "2024-03-10"
    // sorts before "2024-3-7".
    for (const condition of [
      { field: 'joined', op: 'lt', value: '2024-3-7' },
      { field: 'joined', op: 'gt', value: '2024-3-7' },
      { field: 'joined', op: 'lt', value: 'March 7, 2024' },
    ]) {
      const reply = await o.browser.post(`${o.base}/segments`, {
        name: 'dates',
        filter: { all: [condition] },
      })
      const label = JSON.stringify(condition)
      if (reply.status === 422) {
        expect(reply.body.error.field, label).toBe('filter.all[0].value')
        continue
      }
      expect(reply.status, label).toBe(201)
      const day = Date.parse('2024-03-07T00:00:00Z')
      const expected = contacts.filter((c) => {
        const joined = c.fields.joined
        if (typeof joined !== 'string') return false
        const at = Date.parse(`${joined}T00:00:00Z`)
        return condition.op === 'lt' ? at < day : at > day
      })
      expect(await countOf(o.browser, o.base, reply.body.id), label).toBe(expected.length)
    }
  })
})

describe('segment validation (422 naming the place)', () => {
  let o: Awaited<ReturnType<typeof owner>>
  let g1: string
  beforeAll(async () => {
    o = await owner()
    await defineFields(o.browser, o.base)
    g1 = (await makeGroups(o.browser, o.base)).g1
  })

  function nest(levels: number): object {
    let node: object = { field: 'city', op: 'exists' }
    for (let i = 0; i < levels; i++) node = { all: [node] }
    return node
  }

  it('refuses bad filters with the path of the problem', async () => {
    const cond = { field: 'city', op: 'eq', value: 'Oslo' }
    const cases: Array<[unknown, string]> = [
      [{ all: [{ field: 'nope', op: 'eq', value: 'x' }] }, 'filter.all[0].field'],
      [{ all: [{ field: 'fields.nope', op: 'eq', value: 'x' }] }, 'filter.all[0].field'],
      [{ all: [{ op: 'eq', value: 'x' }] }, 'filter.all[0].field'],
      [{ all: [{ field: 'city', op: 'like', value: 'x' }] }, 'filter.all[0].op'],
      [{ all: [{ field: 'city', value: 'x' }] }, 'filter.all[0].op'],
      [{ all: [{ field: 'score', op: 'eq', value: 'ten' }] }, 'filter.all[0].value'],
      [{ all: [{ field: 'score', op: 'gt', value: '5' }] }, 'filter.all[0].value'],
      [{ all: [{ field: 'vip', op: 'eq', value: 'true' }] }, 'filter.all[0].value'],
      [{ all: [{ field: 'joined', op: 'gt', value: 'someday' }] }, 'filter.all[0].value'],
      [{ all: [{ field: 'city', op: 'eq', value: 5 }] }, 'filter.all[0].value'],
      [{ all: [{ field: 'email', op: 'eq', value: null }] }, 'filter.all[0].value'],
      [{ all: [{ field: 'emailStatus', op: 'eq', value: 'maybe' }] }, 'filter.all[0].value'],
      [{ all: [{ field: 'city', op: 'exists', value: 'yes' }] }, 'filter.all[0].value'],
      [{ all: [{ field: 'city', op: 'gt', value: 'a' }] }, 'filter.all[0].op'],
      [{ all: [{ field: 'email', op: 'lt', value: 'a' }] }, 'filter.all[0].op'],
      [{ all: [{ field: 'vip', op: 'gt', value: true }] }, 'filter.all[0].op'],
      [{ all: [{ field: 'emailStatus', op: 'gt', value: 'subscribed' }] }, 'filter.all[0].op'],
      [{ all: [{ field: 'score', op: 'contains', value: '5' }] }, 'filter.all[0].op'],
      [{ all: [{ op: 'in_group', value: 'not-a-uuid' }] }, 'filter.all[0].value'],
      [{ all: [{ op: 'not_in_group' }] }, 'filter.all[0].value'],
      [{ all: [{ op: 'tagged', value: '  ' }] }, 'filter.all[0].value'],
      [{ all: [{ ...cond, extra: 1 }] }, 'filter.all[0].extra'],
      [{ all: [] }, 'filter.all'],
      [{ any: [] }, 'filter.any'],
      [{ all: [cond, { any: [] }] }, 'filter.all[1].any'],
      [
        { all: [cond, { any: [cond, { field: 'score', op: 'lt', value: 'x' }] }] },
        'filter.all[1].any[1].value',
      ],
      [{ all: 'everything' }, 'filter.all'],
      [cond, 'filter'],
      [{ all: [cond], any: [cond] }, 'filter'],
      [{ all: [null] }, 'filter.all[0]'],
      [{ all: [[cond]] }, 'filter.all[0]'],
    ]
    for (const [filter, field] of cases) {
      const reply = await o.browser.post(`${o.base}/segments`, { name: 'bad', filter })
      const label = JSON.stringify(filter)
      expect(reply.status, label).toBe(422)
      expect(reply.body.error.code, label).toBe('validation_failed')
      expect(reply.body.error.field, label).toBe(field)
    }
    // A text op with a number: either the op or the value may be named, but it is refused.
    const mixed = await o.browser.post(`${o.base}/segments`, {
      name: 'bad',
      filter: { all: [{ field: 'city', op: 'contains', value: 5 }] },
    })
    expect(mixed.status).toBe(422)
    expect(mixed.body.error.field).toMatch(/^filter\.all\[0\]\.(op|value)$/)
    // Not an object at all: refused by the schema.
    for (const filter of [[cond], 'all', null, 7]) {
      const reply = await o.browser.post(`${o.base}/segments`, { name: 'bad', filter })
      expect(reply.status, JSON.stringify(filter)).toBe(422)
    }
    expect((await o.browser.get(`${o.base}/segments`)).body.items).toEqual([])
    // The group condition needs a group id, nothing else.
    const fine = await o.browser.post(`${o.base}/segments`, {
      name: 'fine',
      filter: { all: [{ op: 'in_group', value: g1 }] },
    })
    expect(fine.status).toBe(201)
  })

  it('limits nesting depth and the number of conditions', async () => {
    const ok = await o.browser.post(`${o.base}/segments`, { name: 'deep ok', filter: nest(3) })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    const deep = await o.browser.post(`${o.base}/segments`, { name: 'too deep', filter: nest(12) })
    expect(deep.status).toBe(422)
    expect(deep.body.error.field).toMatch(/^filter\.all\[0\]\.all\[0\]/)
    const many = await o.browser.post(`${o.base}/segments`, {
      name: 'too many',
      filter: { any: Array.from({ length: 1000 }, () => ({ field: 'city', op: 'exists' })) },
    })
    expect(many.status).toBe(422)
  })

  it('PATCH validates the new filter and keeps the old one when it is refused', async () => {
    const created = await o.browser.post(`${o.base}/segments`, {
      name: 'Original',
      filter: { all: [{ field: 'city', op: 'eq', value: 'Oslo' }] },
    })
    expect(created.status).toBe(201)
    const bad = await o.browser.patch(`${o.base}/segments/${created.body.id}`, {
      filter: { all: [{ field: 'city', op: 'gt', value: 'Oslo' }] },
    })
    expect(bad.status).toBe(422)
    expect(bad.body.error.field).toBe('filter.all[0].op')
    const still = await o.browser.get(`${o.base}/segments/${created.body.id}`)
    expect(still.body.filter).toEqual({ all: [{ field: 'city', op: 'eq', value: 'Oslo' }] })
  })
})

describe('segment CRUD and access', () => {
  it('creates, lists, reads, renames, refilters and deletes segments', async () => {
    const o = await owner()
    await defineFields(o.browser, o.base)
    await o.browser.post(`${o.base}/contacts`, { email: 'a@ex.test', fields: { score: 1 } })
    await o.browser.post(`${o.base}/contacts`, { email: 'b@ex.test', fields: { score: 9 } })
    const filter = { all: [{ field: 'score', op: 'gt', value: 5 }] }
    const created = await o.browser.post(`${o.base}/segments`, { name: ' High ', filter })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ id: expect.any(String), name: 'High', filter })
    expect((await o.browser.get(`${o.base}/segments`)).body.items).toHaveLength(1)
    expect((await o.browser.get(`${o.base}/segments/${created.body.id}`)).body).toEqual(
      created.body,
    )
    expect(await countOf(o.browser, o.base, created.body.id)).toBe(1)
    const changed = await o.browser.patch(`${o.base}/segments/${created.body.id}`, {
      name: 'Any score',
      filter: { all: [{ field: 'score', op: 'exists' }] },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.name).toBe('Any score')
    expect(await countOf(o.browser, o.base, created.body.id)).toBe(2)
    expect((await o.browser.delete(`${o.base}/segments/${created.body.id}`)).status).toBe(204)
    expect((await o.browser.get(`${o.base}/segments/${created.body.id}`)).status).toBe(404)
    expect((await o.browser.get(`${o.base}/segments/${created.body.id}/count`)).status).toBe(404)
    expect((await o.browser.delete(`${o.base}/segments/${created.body.id}`)).status).toBe(404)
  })

  it('answers 404 for another account’s segment, 403 without segments.manage, 404 to outsiders', async () => {
    const o = await owner()
    const p = await owner()
    await p.browser.post(`${p.base}/contacts`, { email: 'secret@ex.test' })
    const theirs = await p.browser.post(`${p.base}/segments`, {
      name: 'Theirs',
      filter: { all: [{ field: 'email', op: 'exists' }] },
    })
    for (const reply of [
      await o.browser.get(`${o.base}/segments/${theirs.body.id}`),
      await o.browser.get(`${o.base}/segments/${theirs.body.id}/count`),
      await o.browser.patch(`${o.base}/segments/${theirs.body.id}`, { name: 'Mine' }),
      await o.browser.delete(`${o.base}/segments/${theirs.body.id}`),
      await o.browser.get(`${o.base}/contacts?segmentId=${theirs.body.id}`),
    ]) {
      expect(reply.status).toBe(404)
      expect(reply.body.error.resource).toBe('segment')
    }
    expect(await countOf(p.browser, p.base, theirs.body.id)).toBe(1)

    const { browser: analyst } = await memberOf(t.deps, t.app, p.accountId, { role: 'analyst' })
    expect(await countOf(analyst, p.base, theirs.body.id)).toBe(1)
    for (const reply of [
      await analyst.post(`${p.base}/segments`, {
        name: 'x',
        filter: { all: [{ field: 'email', op: 'exists' }] },
      }),
      await analyst.patch(`${p.base}/segments/${theirs.body.id}`, { name: 'x' }),
      await analyst.delete(`${p.base}/segments/${theirs.body.id}`),
    ]) {
      expect(reply.status).toBe(403)
      expect(reply.body.error.permission).toBe('segments.manage')
    }
    const outsider = await o.browser.get(`${p.base}/segments/${theirs.body.id}/count`)
    expect(outsider.status).toBe(404)
    expect(outsider.body.error.resource).toBe('account')
  })
})

// ---------------------------------------------------------------------------------------------
// Property: for random filters over a random small contact set, the SQL count equals the
// test's JavaScript evaluation.
// ---------------------------------------------------------------------------------------------

const TEXTS = ['Ann', 'ann', 'Anna', 'bob', '', 'a%b', 'a_b', "O'Neil", 'x\\y', 'Zed']
const TEXT_PROBES = [...TEXTS, 'an', 'A', '%', '_', "'", '\\', 'b', 'nn', 'zz']
const SCORES = [-2, 0, 1, 1.5, 3, 10]
const DATES = ['2023-12-31', '2024-01-01', '2024-02-29', '2024-03-10', '2025-01-01']

describe('property: SQL count equals the JavaScript evaluation', () => {
  it('holds for random filters over a generated contact set', async () => {
    const o = await owner()
    await defineFields(o.browser, o.base)
    const groups = await makeGroups(o.browser, o.base)
    const seedArb = fc.record({
      hasEmail: fc.boolean(),
      hasPhone: fc.boolean(),
      firstName: fc.option(fc.constantFrom(...TEXTS), { nil: undefined }),
      lastName: fc.option(fc.constantFrom(...TEXTS), { nil: undefined }),
      city: fc.option(fc.constantFrom(...TEXTS), { nil: undefined }),
      score: fc.option(fc.constantFrom(...SCORES), { nil: undefined }),
      vip: fc.option(fc.boolean(), { nil: undefined }),
      joined: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
      groups: fc.subarray(['g1', 'g2'] as const),
      tags: fc.subarray(['alpha', 'Beta']),
      unsubscribe: fc.subarray(['email', 'sms'] as const),
    })
    const seed = Number(process.env.SEGMENT_PROPERTY_SEED ?? Date.now() % 2 ** 31)
    const drawn = fc.sample(seedArb, { numRuns: 24, seed })
    const seeds: Seed[] = drawn.map((d, i) => {
      // Every contact needs an address; phones are distinct, as SMS-only contacts must be.
      const phone = d.hasPhone || !d.hasEmail ? 1000 + i : undefined
      const fields: Record<string, unknown> = {}
      if (d.city !== undefined) fields.city = d.city
      if (d.score !== undefined) fields.score = d.score
      if (d.vip !== undefined) fields.vip = d.vip
      if (d.joined !== undefined) fields.joined = d.joined
      return {
        ...(d.hasEmail ? { email: `${['ann', 'bob', 'a_b', 'x%y'][i % 4]}${i}@ex.test` } : {}),
        ...(phone !== undefined ? { phone: `+1415555${String(phone).padStart(4, '0')}` } : {}),
        ...(d.firstName !== undefined ? { firstName: d.firstName } : {}),
        ...(d.lastName !== undefined ? { lastName: d.lastName } : {}),
        fields,
        groups: [...d.groups],
        tags: d.tags,
        unsubscribe: d.unsubscribe.filter((c) =>
          c === 'email' ? d.hasEmail : phone !== undefined,
        ),
      }
    })
    const half = seeds.length / 2
    const contacts = await seedContacts(o.browser, o.base, groups, seeds.slice(0, half))
    await sleep(40)
    const marker = new Date().toISOString()
    await sleep(40)
    contacts.push(...(await seedContacts(o.browser, o.base, groups, seeds.slice(half))))

    const emails = contacts.map((c) => c.email).filter((e): e is string => e !== null)
    const textValue = fc.constantFrom(...TEXT_PROBES)
    const exists = fc.record(
      { op: fc.constant('exists'), value: fc.constantFrom(true, false) },
      { requiredKeys: ['op'] },
    )
    const textField = fc.constantFrom(
      'firstName',
      'lastName',
      'city',
      'fields.city',
      'email',
      'phone',
    )
    const textOp = fc.constantFrom('eq', 'neq', 'contains', 'starts_with')
    const condition = fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record({
          field: fc.constantFrom('firstName', 'lastName', 'city', 'fields.city'),
          op: textOp,
          value: textValue,
        }),
      },
      fc.record({
        field: fc.constant('email'),
        op: textOp,
        value: fc.oneof(textValue, fc.constantFrom(...emails, '@EX.test', 'X%Y')),
      }),
      fc.record({
        field: fc.constant('phone'),
        op: textOp,
        value: fc.constantFrom('+1415', '+14155551', '1', '+1415555', '5551'),
      }),
      {
        weight: 2,
        arbitrary: fc
          .record({ field: textField })
          .chain((f) => exists.map((e) => ({ ...f, ...e }))),
      },
      fc.record({
        field: fc.constantFrom('score', 'fields.score'),
        op: fc.constantFrom('eq', 'neq', 'gt', 'lt'),
        value: fc.constantFrom(...SCORES, -100, 2, 100),
      }),
      fc.record({
        field: fc.constantFrom('vip', 'fields.vip'),
        op: fc.constantFrom('eq', 'neq'),
        value: fc.boolean(),
      }),
      fc.record({
        field: fc.constantFrom('joined', 'fields.joined'),
        op: fc.constantFrom('eq', 'neq', 'gt', 'lt'),
        value: fc.constantFrom(...DATES, '2024-03-01', '1999-01-01'),
      }),
      fc
        .record({ field: fc.constantFrom('score', 'vip', 'joined', 'createdAt') })
        .chain((f) => exists.map((e) => ({ ...f, ...e }))),
      fc.record({
        field: fc.constant('createdAt'),
        op: fc.constantFrom('gt', 'lt', 'neq'),
        value: fc.constantFrom(marker, '2000-01-01T00:00:00Z', '2999-01-01'),
      }),
      fc.record({
        field: fc.constantFrom('emailStatus', 'smsStatus'),
        op: fc.constantFrom('eq', 'neq'),
        value: fc.constantFrom('subscribed', 'unsubscribed'),
      }),
      fc.record({
        op: fc.constantFrom('in_group', 'not_in_group'),
        value: fc.constantFrom(groups.g1, groups.g2, '00000000-0000-4000-8000-000000000000'),
      }),
      fc.record({
        op: fc.constant('tagged'),
        value: fc.constantFrom('alpha', 'ALPHA', 'beta', ' Beta ', 'gamma'),
      }),
    )
    const { filter } = fc.letrec<{ filter: object; node: object }>((tie) => ({
      filter: fc.oneof(
        fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
      ),
      node: fc.oneof(
        { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
        condition,
        tie('filter'),
      ),
    }))
    const limited = filter.filter((f) => depthOf(f) <= 3)

    const segment = await o.browser.post(`${o.base}/segments`, {
      name: 'property',
      filter: { all: [{ field: 'email', op: 'exists' }] },
    })
    expect(segment.status).toBe(201)
    const url = `${o.base}/segments/${segment.body.id}`
    let run = 0
    await fc.assert(
      fc.asyncProperty(limited, async (f) => {
        run += 1
        const label = `seed ${seed}, filter ${JSON.stringify(f)}`
        const saved = await o.browser.patch(url, { filter: f })
        expect(saved.status, `${label}: ${JSON.stringify(saved.body)}`).toBe(200)
        const expected = contacts.filter((c) => evaluate(f, c)).map((c) => c.id)
        expect(await countOf(o.browser, o.base, segment.body.id), label).toBe(expected.length)
        if (run % 4 === 0) {
          expect((await segmentIds(o.browser, o.base, segment.body.id)).sort(), label).toEqual(
            expected.sort(),
          )
        }
      }),
      { numRuns: 150, seed },
    )
  })
})

function depthOf(node: any): number {
  const children = node.all ?? node.any
  if (!Array.isArray(children)) return 0
  return 1 + Math.max(0, ...children.map(depthOf))
}
