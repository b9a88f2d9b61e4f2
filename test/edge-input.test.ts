import { randomUUID } from 'node:crypto'
import { v7 as uuidv7 } from 'uuid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertTeam } from '../src/accounts/teams-repository.js'
import type { DeclaredRoute } from '../src/http/route-access.js'
import { setOperator } from '../src/identity/operators.js'
import { type Browser, createTestApp, type Reply, type TestApp } from './helpers/app.js'
import { testDatabaseKind } from './helpers/database.js'
import { createSubaccount, createUser, grant, logIn, type TestUser } from './helpers/factories.js'
import {
  type JsonSchema,
  type Operation,
  operationsOf,
  sampleObject,
  sampleValue,
} from './helpers/routes.js'

/**
 * Bad input at the edge (SPEC §6: "never a 500 for bad input"), generated from the app's route
 * table: every /api/v1 route gets a NUL and a lone surrogate in each of its string inputs, an
 * absurd date in each date field, an unknown query parameter, a NUL as each path id and its ids in
 * upper case. Nothing lists routes by hand, so a new route is covered by the next run.
 */

const NUL = 'a\u0000b'
const LONE_SURROGATE = 'a\ud800b'
// The last instant JavaScript can represent: valid ISO 8601 (expanded year), absurd for us.
const ABSURD_DATE = '+275760-09-13T00:00:00.000Z'
const UNKNOWN_PARAMETER = 'notAParameter'
const INBOUND_SECRET = 'edge-inbound-secret'

let t: TestApp
let routes: DeclaredRoute[]
let operations: Map<string, Operation>
/** Owns the top-level account under which every request's account is made. */
let owner: TestUser
let ownerBrowser: Browser
/** An Admin of each fresh sub-account, and of nothing above it. */
let subAdmin: TestUser
let subAdminBrowser: Browser

beforeAll(async () => {
  t = await createTestApp({ config: { inboundSecret: INBOUND_SECRET } })
  routes = t.app.declaredRoutes
  operations = operationsOf(t.app)
  owner = await createUser(t.deps, 'edge-owner')
  // An operator too, so the walk reaches the operator routes' input checks.
  await setOperator(t.deps.db, owner.email, true)
  ownerBrowser = await logIn(t.app, owner)
  subAdmin = await createUser(t.deps, 'edge-sub-admin')
  subAdminBrowser = await logIn(t.app, subAdmin)
})

afterAll(async () => {
  await t?.close()
})

interface Request {
  path: Record<string, string>
  query: Record<string, string>
  body: Record<string, unknown> | undefined
}

function jsonBodySchema(route: DeclaredRoute): JsonSchema | undefined {
  return operations.get(`${route.method} ${route.url}`)?.requestBody?.content?.['application/json']
    ?.schema
}

function parameters(route: DeclaredRoute, where: 'path' | 'query') {
  const all = operations.get(`${route.method} ${route.url}`)?.parameters ?? []
  return all.filter((p) => p.in === where)
}

/** A fresh sub-account of the owner's account, with `subAdmin` as its Admin. */
async function freshAccount(): Promise<string> {
  const account = await createSubaccount(t.deps, owner.ownAccountId, 'edge')
  await grant(t.deps, account.id, subAdmin.id, { role: 'admin' })
  return account.id
}

/** A pending connection into a fresh account, for routes whose account is a connection's. */
async function freshConnection(): Promise<string> {
  const id = uuidv7()
  await t.deps.db
    .insertInto('connections')
    .values({
      account_id: await freshAccount(),
      id,
      user_id: subAdmin.id,
      type: 'access_others',
      status: 'pending',
      role: 'analyst',
      permissions: null,
      requested_by: subAdmin.id,
      decided_by: null,
      expires_at: null,
      ended_at: null,
    })
    .execute()
  return id
}

/** A team of a fresh account, for the SPEC's team routes, which act through its account. */
async function freshTeam(): Promise<string> {
  const id = uuidv7()
  await insertTeam(t.deps.db, {
    id,
    name: 'edge',
    createdBy: owner.id,
    accountId: await freshAccount(),
  })
  return id
}

/**
 * Routes that name their account outside the URL get one of their own where they say, so the
 * probes reach their input checks as on URL-scoped routes.
 */
async function withSourcedAccount(route: DeclaredRoute, request: Request): Promise<Request> {
  const source = typeof route.access === 'object' ? route.access.account : undefined
  if (source?.from === 'resource' && source.resource === 'connection') {
    request.path[source.param] = await freshConnection()
  } else if (source?.from === 'resource' && source.resource === 'team') {
    request.path[source.param] = await freshTeam()
  } else if (source?.from === 'params') {
    request.path[source.field] = await freshAccount()
  } else if (source?.from === 'body') {
    const when = source.when ? { [source.when.field]: source.when.equals } : {}
    request.body = { ...request.body, ...when, [source.field]: await freshAccount() }
  } else if (source?.from === 'query') {
    request.query[source.field] = await freshAccount()
  }
  return request
}

/** A well-formed request: an account of its own, other ids random, the required query and body. */
async function baseRequest(route: DeclaredRoute): Promise<Request> {
  const path: Record<string, string> = {}
  for (const name of route.url.match(/:(\w+)/g) ?? []) {
    const key = name.slice(1)
    path[key] =
      key === 'accountId' && route.url.startsWith('/api/v1/accounts/')
        ? await freshAccount()
        : randomUUID()
  }
  const query: Record<string, string> = {}
  for (const p of parameters(route, 'query')) {
    if (p.required) query[p.name] = String(sampleValue(p.name, p.schema))
  }
  const schema = jsonBodySchema(route)
  const body = route.hasBody ? (schema ? sampleBody(schema) : {}) : undefined
  return withSourcedAccount(route, { path, query, body })
}

/** The sample body with a choice made for each union of literals (`type`, `channel`, …). */
function sampleBody(schema: JsonSchema): Record<string, unknown> {
  const body = sampleObject(schema)
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const first = property.anyOf?.[0]?.enum?.[0]
    if (key in body && first !== undefined) body[key] = first
  }
  return body
}

function send(browser: Browser, route: DeclaredRoute, request: Request): Promise<Reply> {
  const path = route.url.replace(/:(\w+)/g, (_m, name: string) => request.path[name] as string)
  const search = new URLSearchParams(request.query).toString()
  const headers: Record<string, string> = /\/delivery\/(events|sms)$/.test(route.url)
    ? { authorization: `Bearer ${INBOUND_SECRET}` }
    : {}
  return browser.request(route.method, search ? `${path}?${search}` : path, request.body, headers)
}

/** `bad` placed inside a value of `schema`, and the dotted path to it; null when it holds no text. */
function poisoned(
  schema: JsonSchema | undefined,
  bad: string,
): { value: unknown; at: string } | null {
  if (!schema) return { value: bad, at: '' }
  if (schema.anyOf) {
    for (const option of schema.anyOf) {
      const found = poisoned(option, bad)
      if (found) return found
    }
    return null
  }
  switch (schema.type) {
    case 'string':
    case undefined:
      return { value: bad, at: '' }
    case 'array': {
      const inner = poisoned(schema.items, bad)
      return inner && { value: [inner.value], at: join('0', inner.at) }
    }
    case 'object': {
      const entries = Object.entries(schema.properties ?? {})
      if (entries.length === 0) return { value: { key: bad }, at: 'key' }
      for (const [key, property] of entries) {
        const inner = poisoned(property, bad)
        if (inner)
          return { value: { ...sampleObject(schema), [key]: inner.value }, at: join(key, inner.at) }
      }
      return null
    }
    default:
      return null
  }
}

function join(head: string, tail: string): string {
  return tail ? `${head}.${tail}` : head
}

interface Probe {
  what: string
  change: (request: Request) => void
  /** The field the 422 must name; null: anything but a server error. */
  field: string | null
}

function isDate(schema: JsonSchema | undefined): boolean {
  return schema?.format === 'date-time' || schema?.format === 'date'
}

/** Every bad input this route takes: one probe per input and kind of badness. */
function probesFor(route: DeclaredRoute): Probe[] {
  const probes: Probe[] = []
  for (const p of parameters(route, 'query')) {
    probes.push({
      what: `NUL in ?${p.name}`,
      change: (r) => {
        r.query[p.name] = NUL
      },
      field: p.name,
    })
    if (isDate(p.schema)) {
      probes.push({
        what: `absurd date in ?${p.name}`,
        change: (r) => {
          r.query[p.name] = ABSURD_DATE
        },
        field: p.name,
      })
    }
  }
  probes.push({
    what: 'an unknown query parameter',
    change: (r) => {
      r.query[UNKNOWN_PARAMETER] = '1'
    },
    field: UNKNOWN_PARAMETER,
  })
  for (const p of parameters(route, 'path')) {
    probes.push({
      what: `NUL as :${p.name}`,
      change: (r) => {
        r.path[p.name] = '%00'
      },
      field: null,
    })
  }
  const body = jsonBodySchema(route)
  for (const [key, property] of Object.entries(body?.properties ?? {})) {
    for (const [label, bad] of [
      ['NUL', NUL],
      ['a lone surrogate', LONE_SURROGATE],
    ] as const) {
      const found = poisoned(property, bad)
      if (!found) continue
      probes.push({
        what: `${label} in body ${join(key, found.at)}`,
        change: (r) => {
          r.body = { ...r.body, [key]: found.value }
        },
        field: join(key, found.at),
      })
    }
    if (isDate(property)) {
      probes.push({
        what: `absurd date in body ${key}`,
        change: (r) => {
          r.body = { ...r.body, [key]: ABSURD_DATE }
        },
        field: key,
      })
    }
  }
  return probes
}

function describeReply(reply: Reply): string {
  const error = reply.body?.error
  return error ? `${reply.status} ${error.code} ${error.field ?? ''}`.trim() : String(reply.status)
}

describe(`bad input at the edge, on every route (${testDatabaseKind})`, () => {
  it('has routes to walk, public sign-in routes among them', () => {
    const urls = routes.map((r) => `${r.method} ${r.url}`)
    expect(urls).toContain('POST /api/v1/auth/login')
    expect(urls).toContain('POST /api/v1/auth/signup')
    expect(urls).toContain('DELETE /api/v1/accounts/:accountId')
  })

  it('NUL, lone surrogates, absurd dates and unknown query parameters: 422 naming the field', async () => {
    const failures: string[] = []
    for (const route of routes) {
      for (const probe of probesFor(route)) {
        const request = await baseRequest(route)
        probe.change(request)
        const reply = await send(ownerBrowser, route, request)
        // A probe that got through to sign-out (or ended the session) must not fail the rest.
        if (reply.status === 401 || route.url === '/api/v1/auth/logout') {
          ownerBrowser = await logIn(t.app, owner)
        }
        const field = reply.body?.error?.field
        const refused = reply.status === 422 && reply.body?.error?.code === 'validation_failed'
        // Fastify validates the body before the query: a sample body's own fault may come first.
        const bodyFirst = probe.field === UNKNOWN_PARAMETER && reply.body?.error?.in === 'body'
        const ok =
          probe.field === null
            ? reply.status < 500
            : refused && (field === probe.field || bodyFirst)
        if (!ok)
          failures.push(`${route.method} ${route.url}: ${probe.what} → ${describeReply(reply)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('a caller without access to the account learns nothing from its input, also when the account is in the body', async () => {
    const cases: {
      method: 'post'
      url: string
      body: (text: string) => Record<string, unknown>
    }[] = [
      {
        method: 'post',
        url: `/api/v1/accounts/${owner.ownAccountId}/groups`,
        body: (name) => ({ name }),
      },
      {
        method: 'post',
        url: `/api/v1/accounts/${owner.ownAccountId}/teams`,
        body: (name) => ({ name }),
      },
      {
        method: 'post',
        url: '/api/v1/connections',
        body: (email) => ({
          type: 'grant_access',
          accountId: owner.ownAccountId,
          email,
          role: 'analyst',
        }),
      },
    ]
    for (const { method, url, body } of cases) {
      const clean = await subAdminBrowser[method](url, body('clean text'))
      const dirty = await subAdminBrowser[method](url, body(NUL))
      expect(clean.status, url).toBeGreaterThanOrEqual(400)
      expect(clean.status, url).toBeLessThan(500)
      expect([dirty.status, dirty.body?.error?.field], url).toEqual([
        clean.status,
        clean.body?.error?.field,
      ])
    }
  })

  it('an id in upper case is the same id: the same answer as in lower case', async () => {
    const failures: string[] = []
    for (const route of routes) {
      if (!route.url.includes('/:')) continue
      const lower = await baseRequest(route)
      const upper = await baseRequest(route)
      for (const key of Object.keys(upper.path)) upper.path[key] = upper.path[key]!.toUpperCase()
      const lowerReply = await send(subAdminBrowser, route, lower)
      const upperReply = await send(subAdminBrowser, route, upper)
      if (upperReply.status >= 500 || upperReply.status !== lowerReply.status) {
        failures.push(
          `${route.method} ${route.url}: lower case ${describeReply(lowerReply)}, upper case ${describeReply(upperReply)}`,
        )
      }
    }
    expect(failures).toEqual([])
  })
})

describe(`the reported cases (${testDatabaseKind})`, () => {
  it('an Admin of a sub-account cannot delete it by writing its id in upper case', async () => {
    const sub = await freshAccount()
    const upper = `/api/v1/accounts/${sub.toUpperCase()}`
    const seen = await subAdminBrowser.get(upper)
    expect(seen.status).toBe(200)
    expect(seen.body.account.id).toBe(sub)
    // The Admin's access is their membership in the sub-account, not a cascade from above it.
    expect(seen.body.paths.map((p: { kind: string }) => p.kind)).toEqual(['membership'])
    const refused = await subAdminBrowser.delete(upper)
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('escalation_refused')
    expect((await ownerBrowser.get(`/api/v1/accounts/${sub}`)).status).toBe(200)
  })

  it('the audit log records the true path of an action on an upper-case URL', async () => {
    const sub = await freshAccount()
    const renamed = await subAdminBrowser.patch(`/api/v1/accounts/${sub.toUpperCase()}`, {
      name: 'Renamed in capitals',
    })
    expect(renamed.status).toBe(200)
    const audit = await ownerBrowser.get(`/api/v1/accounts/${sub}/audit`)
    const entry = audit.body.items.find((e: { action: string }) => e.action === 'account.renamed')
    expect(entry.actor.userId).toBe(subAdmin.id)
    expect(entry.path).toEqual([expect.objectContaining({ kind: 'membership', accountId: sub })])
  })

  it('a member cannot apply for a connection to their own account by its id in upper case', async () => {
    const sub = await freshAccount()
    const analyst = await createUser(t.deps, 'edge-analyst')
    await grant(t.deps, sub, analyst.id, { role: 'analyst' })
    const browser = await logIn(t.app, analyst)
    for (const accountId of [sub, sub.toUpperCase()]) {
      // The answer is the same whatever became of it (no enumeration); nothing may be created.
      const reply = await browser.post('/api/v1/connections', {
        type: 'access_others',
        email: owner.email,
        accountId,
        role: 'analyst',
      })
      expect(reply.status, accountId).toBe(202)
    }
    const made = await t.deps.db
      .selectFrom('connections')
      .select('id')
      .where('user_id', '=', analyst.id)
      .execute()
    expect(made).toEqual([])
  })

  it('an id-like value inside a body field is data and is kept as sent', async () => {
    const crmId = randomUUID().toUpperCase()
    const created = await ownerBrowser.post(`/api/v1/accounts/${await freshAccount()}/contacts`, {
      email: 'crm@example.test',
      fields: { crmId },
    })
    expect(created.status).toBe(201)
    expect(created.body.fields.crmId).toBe(crmId)
  })

  it('a connection expiring in the year 275760 is refused, naming expiresAt', async () => {
    const reply = await ownerBrowser.post('/api/v1/connections', {
      type: 'access_others',
      email: subAdmin.email,
      role: 'analyst',
      expiresAt: ABSURD_DATE,
    })
    expect(reply.status).toBe(422)
    expect(reply.body.error.field).toBe('expiresAt')
  })

  it('a segment dated 10000-01-01 is refused, and one saved before that rule answers 422', async () => {
    const base = `/api/v1/accounts/${await freshAccount()}`
    const absurd = { all: [{ field: 'createdAt', op: 'gt', value: '10000-01-01' }] }
    const refused = await ownerBrowser.post(`${base}/segments`, { name: 'far', filter: absurd })
    expect(refused.status).toBe(422)
    expect(refused.body.error.field).toBe('filter.all[0].value')

    const saved = await ownerBrowser.post(`${base}/segments`, {
      name: 'recent',
      filter: { all: [{ field: 'createdAt', op: 'gt', value: '2020-01-01' }] },
    })
    expect(saved.status).toBe(201)
    await t.deps.db
      .updateTable('segments')
      .set({ filter: JSON.stringify(absurd) })
      .where('id', '=', saved.body.id)
      .execute()
    for (const url of [
      `${base}/segments/${saved.body.id}/count`,
      `${base}/contacts?segmentId=${saved.body.id}`,
    ]) {
      const reply = await ownerBrowser.get(url)
      expect(reply.status, url).toBe(422)
      expect(reply.body.error.field, url).toBe('filter.all[0].value')
    }
  })

  it('an audit cursor longer than any entry id is 422 naming cursor', async () => {
    const reply = await ownerBrowser.get(
      `/api/v1/accounts/${owner.ownAccountId}/audit?cursor=${'9'.repeat(40)}`,
    )
    expect(reply.status).toBe(422)
    expect(reply.body.error.field).toBe('cursor')
  })

  it('a JSON body sent as text/plain is 415, like any type that is not JSON, CSV or multipart', async () => {
    const reply = await ownerBrowser.request(
      'POST',
      `/api/v1/accounts/${owner.ownAccountId}/groups`,
      JSON.stringify({ name: 'Plain' }),
      { 'content-type': 'text/plain' },
    )
    expect(reply.status).toBe(415)
    expect(reply.body.error.code).toBe('unsupported_media_type')
    // The one-click unsubscribe page still takes whatever a mail client posts.
    const oneClick = await ownerBrowser.request('POST', '/u/not-a-token', 'x', {
      'content-type': 'text/plain',
    })
    expect(oneClick.status).toBe(404)
    expect(String(oneClick.headers['content-type'])).toContain('text/html')
  })
})
