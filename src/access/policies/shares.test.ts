import { describe, expect, it } from 'vitest'
import { mayChangeShared } from './shares.js'

describe('shared_read_only', () => {
  it.each([
    ['group', 'here', true],
    ['group', 'elsewhere', false],
    ['template', 'here', true],
    ['template', 'elsewhere', false],
  ] as const)('a %s owned %s → %s', (kind, owner, allowed) => {
    const decision = mayChangeShared({ accountId: 'here' }, { kind, ownerAccountId: owner })
    expect(decision).toMatchObject({ allowed, rule: 'shared_read_only' })
    if (!decision.allowed) {
      expect(decision.reason).toBe(
        `this ${kind} is shared with this account by its owner account and is read-only here`,
      )
      expect(decision.refusal).toEqual({
        code: 'conflict',
        details: { reason: `shared_${kind}`, ownerAccountId: 'elsewhere' },
      })
    }
  })
})
