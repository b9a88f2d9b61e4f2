import { describe, expect, it } from 'vitest'
import { useTestApp } from './helpers/app.js'

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>
  'x-permission'?: string
}

/**
 * The API as a contract: every operation documents its success answer and what it needs. The
 * other half of the contract runs in every HTTP test: the test app checks each answer against
 * the schema its operation documents (src/http/contract.ts), refusing undocumented fields and
 * statuses.
 */
describe('the OpenAPI document', () => {
  const t = useTestApp()
  const operations = () => {
    const document = t.app.swagger() as { paths: Record<string, Record<string, Operation>> }
    return Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        name: `${method.toUpperCase()} ${path}`,
        operation,
      })),
    )
  }

  it('documents a success answer for every operation, with its body unless it is a 204', () => {
    const undocumented = operations()
      .filter(({ operation }) => {
        const success = Object.entries(operation.responses ?? {}).filter(([status]) =>
          /^2/.test(status),
        )
        if (success.length === 0) return true
        return success.some(
          ([status, response]) =>
            status !== '204' &&
            !Object.values(response.content ?? {}).some((media) => media.schema !== undefined),
        )
      })
      .map(({ name }) => name)
    expect(undocumented).toEqual([])
  })

  it('documents the error envelope for every operation', () => {
    const without = operations()
      .filter(({ operation }) => !operation.responses?.['4XX'])
      .map(({ name }) => name)
    expect(without).toEqual([])
  })

  it('names what every operation needs in x-permission', () => {
    const all = operations()
    expect(all.length).toBeGreaterThan(100)
    for (const { name, operation } of all) {
      expect(operation['x-permission'], name).toMatch(
        /^(public|user|operator|[a-z_]+\.[a-z_]+( or [a-z_]+\.[a-z_]+)*)$/,
      )
    }
    const signup = all.find((o) => o.name === 'POST /api/v1/auth/signup')
    expect(signup?.operation['x-permission']).toBe('public')
    const launch = all.find(
      (o) => o.name === 'POST /api/v1/accounts/{accountId}/campaigns/{campaignId}/send',
    )
    expect(launch?.operation['x-permission']).toBe('campaigns.send')
    const program = all.find(
      (o) => o.name === 'GET /api/v1/accounts/{accountId}/programs/{programId}',
    )
    expect(program?.operation['x-permission']).toBe('automations.manage or campaigns.approve')
  })
})
