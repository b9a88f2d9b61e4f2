import { describe, expect, it } from 'vitest'
import { createTestApp } from '../../test/helpers/app.js'

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
