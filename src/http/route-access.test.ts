import type { RouteOptions } from 'fastify'
import { describe, expect, it } from 'vitest'
import { createTestApp } from '../../test/helpers/app.js'
import {
  checkRouteDeclaration,
  describeAccess,
  describeAccountSource,
  gatePermission,
  type RouteAccess,
} from './route-access.js'

describe('every route declares its access', () => {
  it('refuses to boot when an /api/v1 route declares nothing', async () => {
    await expect(
      createTestApp({
        plugins: [
          async (app) => {
            app.get('/api/v1/forgotten', async () => ({ leaked: true }))
          },
        ],
      }),
    ).rejects.toThrow(/declares no access/)
  })

  it('refuses to boot when an account-scoped route declares no permission', async () => {
    await expect(
      createTestApp({
        plugins: [
          async (app) => {
            app.get(
              '/api/v1/accounts/:accountId/secrets',
              { config: { access: 'user' } },
              async () => ({}),
            )
          },
        ],
      }),
    ).rejects.toThrow(/must declare the permission/)
  })

  it('refuses to boot when a route declares a permission that is not in the catalog', async () => {
    await expect(
      createTestApp({
        plugins: [
          async (app) => {
            app.get(
              '/api/v1/accounts/:accountId/typo',
              { config: { access: { permission: 'contacts.veiw' as 'contacts.view' } } },
              async () => ({}),
            )
          },
        ],
      }),
    ).rejects.toThrow(/not in the catalog/)
  })

  it('boots when every route declares its access', async () => {
    const t = await createTestApp({
      plugins: [
        async (app) => {
          app.get(
            '/api/v1/accounts/:accountId/things',
            { config: { access: { permission: 'contacts.view' } } },
            async () => ({}),
          )
        },
      ],
    })
    expect(t.app.declaredRoutes.some((r) => r.url === '/api/v1/accounts/:accountId/things')).toBe(
      true,
    )
    await t.close()
  })
})

describe('routes that also open to holders of other permissions', () => {
  const declare = (url: string, access: RouteAccess) =>
    checkRouteDeclaration({ method: 'GET', url, config: { access } } as RouteOptions)

  it('name catalog permissions, on routes whose account is the URL’s', () => {
    const also = ['campaigns.approve'] as const
    expect(() =>
      declare('/api/v1/accounts/:accountId/programs', {
        permission: 'automations.manage',
        orHolders: also,
      }),
    ).not.toThrow()
    expect(() =>
      declare('/api/v1/accounts/:accountId/programs', {
        permission: 'automations.manage',
        orHolders: ['campaigns.aprove' as 'campaigns.approve'],
      }),
    ).toThrow(/catalog permissions/)
    expect(() =>
      declare('/api/v1/teams', {
        permission: 'users.manage',
        account: { from: 'body', field: 'accountId' },
        orHolders: also,
      }),
    ).toThrow(/catalog permissions/)
  })

  it('let the gate check the permission the caller holds, else refuse naming the route’s', () => {
    const access = { permission: 'automations.manage', orHolders: ['campaigns.approve'] } as const
    expect(gatePermission(access, new Set(['campaigns.approve']))).toBe('campaigns.approve')
    expect(gatePermission(access, new Set(['automations.manage', 'campaigns.approve']))).toBe(
      'automations.manage',
    )
    expect(gatePermission(access, new Set(['reports.view']))).toBe('automations.manage')
    expect(describeAccess(access)).toBe('automations.manage or campaigns.approve')
  })
})

describe('routes whose account is not in the URL', () => {
  const declare = (url: string, access: RouteAccess) =>
    checkRouteDeclaration({ method: 'POST', url, config: { access } } as RouteOptions)
  const fromBody = { from: 'body', field: 'accountId' } as const

  it('must name where the account comes from to declare a permission (deny by default)', () => {
    expect(() => declare('/api/v1/teams', { permission: 'users.manage' })).toThrow(
      /names no account/,
    )
    expect(() =>
      declare('/api/v1/teams', { permission: 'users.manage', account: fromBody }),
    ).not.toThrow()
  })

  it('may not name a path parameter the URL does not have, or an empty field', () => {
    const load = async () => undefined
    expect(() =>
      declare('/api/v1/teams/:teamId', {
        permission: 'users.manage',
        account: { from: 'resource', resource: 'team', param: 'id', load },
      }),
    ).toThrow(/names its account where the request has none/)
    expect(() =>
      declare('/api/v1/teams', {
        permission: 'users.manage',
        account: { from: 'body', field: '' },
      }),
    ).toThrow(/names its account where the request has none/)
    expect(() =>
      declare('/api/v1/teams/:teamId', {
        permission: 'users.manage',
        account: { from: 'resource', resource: 'team', param: 'teamId', load },
      }),
    ).not.toThrow()
  })

  it('may not name a second account on a route whose URL has one', () => {
    expect(() =>
      declare('/api/v1/accounts/:accountId/teams', {
        permission: 'users.manage',
        account: fromBody,
      }),
    ).toThrow(/has its account in the URL/)
  })

  it('still needs a permission of the catalog', () => {
    expect(() =>
      declare('/api/v1/teams', {
        permission: 'users.manaage' as 'users.manage',
        account: fromBody,
      }),
    ).toThrow(/not in the catalog/)
  })

  it('show where the account comes from in the docs', () => {
    expect(describeAccountSource({ permission: 'users.manage', account: fromBody })).toBe(
      'body accountId',
    )
    expect(describeAccountSource({ permission: 'users.view' })).toBeUndefined()
    expect(describeAccountSource('user')).toBeUndefined()
  })
})
