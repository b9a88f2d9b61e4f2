import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, createTestApp, signUp, type TestApp } from '../../test/helpers/app.js'
import { setOperator } from '../identity/operators.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

function concreteUrl(url: string): string {
  return url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000')
}

const MALFORMED_BODIES: Array<[string, string]> = [
  ['broken JSON', '{"email": '],
  ['a JSON array', '[]'],
  ['a JSON string', '"hello"'],
  ['null', 'null'],
  ['an unknown field', '{"isAdmin": true, "ownerAccountId": "x"}'],
  ['numbers for everything', '{"email": 1, "password": 2, "name": 3, "code": 4, "token": 5}'],
  ['a deep object', `{"email": ${'{"a":'.repeat(200)}1${'}'.repeat(200)}}`],
]

describe('bad input on every route', () => {
  it('lists routes to check', () => {
    expect(t.app.declaredRoutes.filter((r) => r.hasBody).length).toBeGreaterThanOrEqual(9)
  })

  it('answers every malformed body with 400/422 and an error code, never 5xx', async () => {
    const failures: string[] = []
    for (const route of t.app.declaredRoutes.filter((r) => r.method !== 'GET')) {
      // A fresh signed-in browser per route, so that a route ending the session cannot mask others.
      const { browser: caller, email } = await signUp(t.app)
      // Operator routes answer others 403 before reading the body: check them as an operator.
      if (route.access === 'operator') await setOperator(t.deps.db, email, true)
      // Routes that take no body only parse it: broken JSON is what can go wrong there.
      const bodies = route.hasBody ? MALFORMED_BODIES : MALFORMED_BODIES.slice(0, 1)
      for (const [label, payload] of bodies) {
        const reply = await caller.request(route.method, concreteUrl(route.url), payload, {
          'content-type': 'application/json',
        })
        const ok =
          [400, 404, 409, 422, 429].includes(reply.status) &&
          typeof reply.body?.error?.code === 'string'
        if (!ok) failures.push(`${route.method} ${route.url} with ${label}: ${reply.status}`)
        expect(JSON.stringify(reply.body)).not.toMatch(/at .*\.(ts|js):\d+/)
      }
    }
    expect(failures).toEqual([])
  })

  it('names the field of a schema violation', async () => {
    const reply = await new Browser(t.app).post('/api/v1/auth/login', {
      email: 'a@b.co',
      password: 42,
    })
    expect(reply.status).toBe(422)
    expect(reply.body.error).toMatchObject({ code: 'validation_failed', field: 'password' })
    const missing = await new Browser(t.app).post('/api/v1/auth/signup', { email: 'a@b.co' })
    expect(missing.body.error.field).toBe('password')
    const extra = await new Browser(t.app).post('/api/v1/auth/login', {
      email: 'a@b.co',
      password: 'x',
      role: 'owner',
    })
    expect(extra.status).toBe(422)
    expect(extra.body.error.field).toBe('role')
  })

  it('answers broken JSON with 400 bad_request', async () => {
    const reply = await new Browser(t.app).request('POST', '/api/v1/auth/login', '{"email":', {
      'content-type': 'application/json',
    })
    expect(reply.status).toBe(400)
    expect(reply.body.error.code).toBe('bad_request')
  })

  it('answers a body over the limit with 413', async () => {
    const reply = await new Browser(t.app).request(
      'POST',
      '/api/v1/auth/login',
      JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(2 * 1024 * 1024) }),
      { 'content-type': 'application/json' },
    )
    expect(reply.status).toBe(413)
    expect(reply.body.error.code).toBe('payload_too_large')
  })

  it('answers an unsupported content type with 415', async () => {
    const reply = await new Browser(t.app).request('POST', '/api/v1/auth/login', 'email=a', {
      'content-type': 'application/x-www-form-urlencoded',
    })
    expect(reply.status).toBe(415)
    expect(reply.body.error.code).toBe('unsupported_media_type')
  })

  it('answers an unknown route with 404 not_found', async () => {
    const reply = await new Browser(t.app).get('/api/v1/no-such-thing')
    expect(reply.status).toBe(404)
    expect(reply.body.error.code).toBe('not_found')
  })
})

describe('health and API docs', () => {
  it('reports database readiness', async () => {
    const reply = await new Browser(t.app).get('/api/v1/health')
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({
      status: 'ok',
      database: { ready: true, kind: t.deps.dbKind },
    })
  })

  it('serves the OpenAPI document with every /api/v1 route, and the interactive docs', async () => {
    const spec = await new Browser(t.app).get('/api/openapi.json')
    expect(spec.status).toBe(200)
    expect(spec.body.openapi).toMatch(/^3\./)
    for (const route of t.app.declaredRoutes) {
      const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}')
      expect(
        spec.body.paths[path]?.[route.method.toLowerCase()],
        `${route.method} ${route.url}`,
      ).toBeDefined()
    }
    const docs = await t.app.inject({ url: '/api/docs' })
    expect([200, 302]).toContain(docs.statusCode)
  })
})
