import { describe, expect, it } from 'vitest'
import type { Permission } from '../catalog.js'
import { permissionsOfRole, type RoleKey } from '../roles.js'
import type { Caller } from './decision.js'
import { abilitiesOfProgram, maySeeProgram, type ProgramFacts } from './programs.js'

const ME = 'me'

function as(role: RoleKey, extra: { with?: Permission[]; without?: Permission[] } = {}): Caller {
  const held = new Set([...permissionsOfRole(role), ...(extra.with ?? [])])
  for (const key of extra.without ?? []) held.delete(key)
  return { userId: ME, accountId: 'acc', held, isOwner: role === 'owner', paths: [] }
}

function program(facts: Partial<ProgramFacts>): ProgramFacts {
  return {
    status: 'awaiting_approval',
    createdBy: 'author',
    submittedBy: 'author',
    channel: 'email',
    ...facts,
  }
}

describe('program policies', () => {
  it.each([
    ['manager', 'awaiting_approval', true], // campaigns.approve: what they decide on
    ['manager', 'draft', false],
    ['manager', 'active', false],
    ['manager', 'declined', false],
    ['admin', 'draft', true], // automations.manage
    ['analyst', 'awaiting_approval', false],
  ] as const)('%s sees a program %s: %s', (role, status, seen) => {
    const decision = maySeeProgram(as(role), program({ status }))
    expect(decision.allowed).toBe(seen)
    if (!decision.allowed) expect(decision.refusal.code).toBe('not_found')
  })

  it('gives an approver alone the decision and nothing of the builder', () => {
    expect(abilitiesOfProgram(as('manager'), program({}))).toEqual({
      edit: false,
      activate: false,
      pause: false,
      resume: false,
      approve: true,
      decline: true,
      delete: false,
    })
  })

  it('never lets one decide on one’s own submission, nor approve SMS without sms.use', () => {
    const own = abilitiesOfProgram(as('admin'), program({ submittedBy: ME }))
    expect(own).toMatchObject({ edit: true, approve: false, decline: false })
    const sms = program({ channel: 'sms' })
    expect(abilitiesOfProgram(as('manager', { without: ['sms.use'] }), sms)).toMatchObject({
      approve: false,
      decline: true,
    })
  })
})
