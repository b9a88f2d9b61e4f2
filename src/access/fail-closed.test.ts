import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/app.js'
import { createUser, logIn } from '../../test/helpers/factories.js'
import { buildApp } from '../http/app.js'

/** Breaks every query that reads memberships once armed: the permission lookup fails mid-request. */
class BrokenMemberships implements KyselyPlugin {
  armed = false
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.armed && JSON.stringify(args.node).includes('"memberships"')) {
      throw new Error('simulated failure inside the permission lookup')
    }
    return args.node
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result
  }
}

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('authorization fails closed', () => {
  it('answers 5xx, never an allow, when the permission lookup throws', async () => {
    const owner = await createUser(t.deps, 'owner')
    const plugin = new BrokenMemberships()
    // The request gate reads memberships through a prepared statement, the services through Kysely:
    // break both.
    const prepared: typeof t.deps.prepared = (name, text, values) => {
      if (plugin.armed && text.includes('memberships'))
        throw new Error('simulated failure inside the permission lookup')
      return t.deps.prepared(name, text, values)
    }
    const app = await buildApp({ ...t.deps, db: t.deps.db.withPlugin(plugin), prepared })
    try {
      const browser = await logIn(app, owner)
      const url = `/api/v1/accounts/${owner.ownAccountId}/members`
      expect((await browser.get(url)).status).toBe(200)
      plugin.armed = true
      for (const [method, body] of [
        ['GET', undefined],
        ['POST', { email: 'x@example.test', role: 'analyst' }],
      ] as const) {
        const target = method === 'GET' ? url : `/api/v1/accounts/${owner.ownAccountId}/invitations`
        const reply = await browser.request(method, target, body)
        expect(reply.status, `${method} ${target}`).toBeGreaterThanOrEqual(500)
        expect(reply.body.error.code).toBe('internal')
        expect(JSON.stringify(reply.body)).not.toContain('simulated failure')
      }
      const invitations = await t.deps.db.selectFrom('invitations').selectAll().execute()
      expect(invitations).toHaveLength(0)
    } finally {
      await app.close()
    }
  })
})
