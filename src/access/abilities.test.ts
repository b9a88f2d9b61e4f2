import { v7 as uuidv7 } from 'uuid'
import { describe, expect, it } from 'vitest'
import { Browser, useTestApp } from '../../test/helpers/app.js'
import { createSubaccount, createUser, logIn, memberOf } from '../../test/helpers/factories.js'
import { createApiKey } from '../developer/api-keys.js'
import { ALL_PERMISSIONS } from './catalog.js'
import { inCatalogOrder } from './grants.js'
import { PRESET_ROLES, ROLE_KEYS } from './roles.js'
import { loadAccountAccess } from './service.js'

const t = useTestApp()

describe('GET /api/v1/permissions', () => {
  it('serves the catalog of SPEC §2: areas, permissions with their requirements, preset roles', async () => {
    const user = await createUser(t.deps, 'reader')
    const reply = await (await logIn(t.app, user)).get('/api/v1/permissions')
    expect(reply.status).toBe(200)
    const { areas, permissions, roles } = reply.body
    expect(permissions.map((p: { key: string }) => p.key)).toEqual(ALL_PERMISSIONS)
    const byKey = new Map(permissions.map((p: { key: string }) => [p.key, p]))
    expect(byKey.get('templates.admin')).toEqual({
      key: 'templates.admin',
      area: 'templates',
      label: expect.any(String),
      description: 'administer the template library shared with sub-accounts',
      requires: ['templates.manage', 'campaigns.edit'],
      adminArea: false,
      power: null,
    })
    expect(byKey.get('contacts.bulk_delete')).toMatchObject({ requires: ['contacts.delete'] })
    expect(byKey.get('users.manage')).toMatchObject({ area: 'users', adminArea: true })
    // The permissions that hand out power carry the warning a permission screen shows beside them.
    const powerful = permissions.filter((p: { power: string | null }) => p.power !== null)
    expect(powerful.map((p: { key: string }) => p.key).sort()).toEqual([
      'billing.manage',
      'contacts.bulk_delete',
      'contacts.export',
      'developer.api_keys',
      'users.manage',
    ])
    expect(byKey.get('contacts.export')).toMatchObject({ power: expect.stringMatching(/contact/) })
    expect(byKey.get('campaigns.approve')).toMatchObject({ requires: ['campaigns.send_direct'] })
    // Every area a permission names is listed once, labelled, in the order permissions first use it.
    expect(areas.map((a: { key: string }) => a.key)).toEqual([
      ...new Set(permissions.map((p: { area: string }) => p.area)),
    ])
    expect(areas).toContainEqual({ key: 'subaccounts', label: 'Sub-accounts' })

    expect(roles.map((r: { key: string }) => r.key)).toEqual(ROLE_KEYS)
    const role = (key: string) => roles.find((r: { key: string }) => r.key === key)
    expect(role('owner').permissions).toEqual(ALL_PERMISSIONS)
    expect(role('admin').permissions).toEqual(
      ALL_PERMISSIONS.filter((p) => p !== 'contacts.bulk_delete' && p !== 'contacts.export'),
    )
    expect(role('analyst')).toEqual({
      key: 'analyst',
      label: 'Analyst',
      permissions: [
        'contacts.view',
        'groups.view',
        'templates.view',
        'campaigns.view',
        'reports.view',
        'reports.drilldown',
      ],
      seed: ['000'],
      connection: true,
    })
    expect(role('basic_user')).toMatchObject({ seed: ['003'], connection: false })
    expect(
      roles.filter((r: { connection: boolean }) => r.connection).map((r: any) => r.key),
    ).toEqual(['collaborator', 'campaign_creator', 'data_manager', 'analyst'])
  })

  it('is for signed-in users', async () => {
    expect((await new Browser(t.app).get('/api/v1/permissions')).status).toBe(401)
  })

  it('documents every preset role the code has', () => {
    expect(PRESET_ROLES.map((r) => r.key)).toEqual([...ROLE_KEYS])
  })
})

describe('GET /api/v1/accounts/:accountId/abilities', () => {
  const abilitiesIn = (browser: Browser, accountId: string) =>
    browser.get(`/api/v1/accounts/${accountId}/abilities`)

  it('shows an Owner everything, by membership here and by cascade in a sub-account', async () => {
    const owner = await createUser(t.deps, 'owner')
    const browser = await logIn(t.app, owner)
    const own = await abilitiesIn(browser, owner.ownAccountId)
    expect(own.status).toBe(200)
    expect(own.body).toEqual({
      accountId: owner.ownAccountId,
      userId: owner.id,
      permissions: ALL_PERMISSIONS,
      paths: [
        {
          kind: 'membership',
          accountId: owner.ownAccountId,
          role: 'owner',
          permissions: ALL_PERMISSIONS,
        },
      ],
      owner: true,
      twoFactorRequired: false,
    })
    const sub = await createSubaccount(t.deps, owner.ownAccountId)
    const below = await abilitiesIn(browser, sub.id)
    expect(below.body).toMatchObject({ accountId: sub.id, owner: true })
    expect(below.body.paths).toEqual([
      expect.objectContaining({ kind: 'cascade', accountId: owner.ownAccountId, role: 'owner' }),
    ])
  })

  it('shows an Author their role’s permissions and no more, and says when 2FA is required', async () => {
    const owner = await createUser(t.deps, 'owner')
    const author = await memberOf(t.deps, t.app, owner.ownAccountId, { role: 'author' }, 'author')
    const reply = await abilitiesIn(author.browser, owner.ownAccountId)
    const authorRole = PRESET_ROLES.find((r) => r.key === 'author')
    expect(reply.body.permissions).toEqual(inCatalogOrder(authorRole?.permissions ?? []))
    expect(reply.body.permissions).not.toContain('campaigns.send_direct')
    expect(reply.body).toMatchObject({ owner: false, twoFactorRequired: false })
    expect(reply.body.paths).toEqual([
      expect.objectContaining({ kind: 'membership', role: 'author' }),
    ])

    const outsider = await logIn(t.app, await createUser(t.deps, 'outsider'))
    expect((await abilitiesIn(outsider, owner.ownAccountId)).status).toBe(404)

    await t.deps.db
      .updateTable('accounts')
      .set({ require_two_factor: true })
      .where('id', '=', owner.ownAccountId)
      .execute()
    // Without 2FA the account is closed to the Author (SPEC §3): the gate says so first.
    const closed = await abilitiesIn(author.browser, owner.ownAccountId)
    expect(closed.status).toBe(403)
    expect(closed.body.error.code).toBe('two_factor_required')
    await t.deps.db
      .updateTable('users')
      .set({ totp_secret: 'JBSWY3DPEHPK3PXP' })
      .where('id', '=', author.user.id)
      .execute()
    const open = await abilitiesIn(author.browser, owner.ownAccountId)
    expect(open.body).toMatchObject({ owner: false, twoFactorRequired: true })
  })

  it('shows a connected user the connection’s permissions', async () => {
    const owner = await createUser(t.deps, 'brand')
    const designer = await createUser(t.deps, 'designer')
    await t.deps.db
      .insertInto('connections')
      .values({
        account_id: owner.ownAccountId,
        id: uuidv7(),
        user_id: designer.id,
        type: 'grant_access',
        status: 'active',
        role: 'analyst',
        permissions: null,
        requested_by: owner.id,
        decided_by: owner.id,
        expires_at: null,
        ended_at: null,
      })
      .execute()
    const reply = await abilitiesIn(await logIn(t.app, designer), owner.ownAccountId)
    expect(reply.status).toBe(200)
    expect(reply.body.owner).toBe(false)
    expect(reply.body.permissions).toContain('reports.drilldown')
    expect(reply.body.permissions).not.toContain('users.view')
    expect(reply.body.paths).toEqual([
      expect.objectContaining({
        kind: 'connection',
        accountId: owner.ownAccountId,
        role: 'analyst',
      }),
    ])
  })

  it('shows an API key the key’s own permissions, not its creator’s', async () => {
    const owner = await createUser(t.deps, 'owner')
    const access = await loadAccountAccess(t.deps, owner.id, owner.ownAccountId)
    const { key } = await createApiKey(t.deps, access, {
      name: 'reports',
      permissions: ['reports.view', 'reports.export'],
    })
    const reply = await new Browser(t.app).request(
      'GET',
      `/api/v1/accounts/${owner.ownAccountId}/abilities`,
      undefined,
      { authorization: `Bearer ${key}` },
    )
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({
      userId: owner.id,
      permissions: ['reports.view', 'reports.export'],
      paths: [{ kind: 'api_key', role: null, permissions: ['reports.view', 'reports.export'] }],
      // An Owner's key is not an Owner: it holds only what it carries.
      owner: false,
    })
  })
})
