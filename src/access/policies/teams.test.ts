import { describe, expect, it } from 'vitest'
import {
  abilitiesInTeam,
  mayAcceptTeamInvitation,
  mayActForTeam,
  mayRemoveFromTeam,
} from './teams.js'

describe('team rules (team_membership)', () => {
  it('let an invited account accept or decline, and nothing else', () => {
    expect(mayActForTeam('pending')).toMatchObject({
      allowed: false,
      rule: 'team_membership',
      refusal: { code: 'conflict' },
    })
    expect(mayAcceptTeamInvitation('pending').allowed).toBe(true)
    expect(mayRemoveFromTeam('pending', true).allowed).toBe(true)
    expect(mayRemoveFromTeam('pending', false).allowed).toBe(false)
  })

  it('let a joined account invite, remove and leave, but not accept again', () => {
    expect(mayActForTeam('active').allowed).toBe(true)
    expect(mayAcceptTeamInvitation('active')).toMatchObject({
      allowed: false,
      rule: 'team_membership',
    })
    expect(mayRemoveFromTeam('active', false).allowed).toBe(true)
  })

  it('answer abilities from the same rules', () => {
    expect(abilitiesInTeam('pending')).toEqual({
      invite: false,
      accept: true,
      leave: true,
      removeOthers: false,
    })
    expect(abilitiesInTeam('active')).toEqual({
      invite: true,
      accept: false,
      leave: true,
      removeOthers: true,
    })
  })
})
