import { expect } from 'vitest'
import type { Browser, Reply, TestApp } from './app.js'
import { createUser, logIn, type TestUser } from './factories.js'

/** HTTP steps for teams and group sharing, each asserting its own success. */

export interface Owner {
  user: TestUser
  browser: Browser
  accountId: string
  base: string
}

/** A new user with their own top-level account (they own it), signed in. */
export async function newOwner(t: TestApp, name = 'owner'): Promise<Owner> {
  const user = await createUser(t.deps, name)
  const browser = await logIn(t.app, user)
  return { user, browser, accountId: user.ownAccountId, base: accountBase(user.ownAccountId) }
}

export function accountBase(accountId: string): string {
  return `/api/v1/accounts/${accountId}`
}

export function expectStatus(reply: Reply, status: number) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status)
  return reply.body
}

/** The teams routes of the acting account. */
export function teamsOf(accountId: string): string {
  return `${accountBase(accountId)}/teams`
}

export async function newTeam(browser: Browser, accountId: string, name = 'Team') {
  return expectStatus(await browser.post(teamsOf(accountId), { name }), 201)
}

/** Who acts in a team: a signed-in browser for one of the team's accounts. */
export interface TeamActor {
  browser: Browser
  accountId: string
}

/**
 * Invites another owner's account by their email (202; pending until they accept) or an account the
 * caller manages by its id (201; active at once), and answers the member as the team lists it.
 */
export async function invite(from: TeamActor, teamId: string, target: Owner | string) {
  const members = `${teamsOf(from.accountId)}/${teamId}/members`
  if (typeof target === 'string')
    return expectStatus(await from.browser.post(members, { accountId: target }), 201)
  expectStatus(await from.browser.post(members, { email: target.user.email }), 202)
  // A pending invitation is seen by the invited side only (the inviting side named an email).
  const team = expectStatus(await target.browser.get(`${teamsOf(target.accountId)}/${teamId}`), 200)
  return team.members.find((m: { accountId: string }) => m.accountId === target.accountId)
}

export async function accept(browser: Browser, teamId: string, accountId: string) {
  return expectStatus(await browser.post(`${teamsOf(accountId)}/${teamId}/accept`), 200)
}

/** The acting account leaves the team, or removes `accountId` from it. */
export async function leave(from: TeamActor, teamId: string, accountId = from.accountId) {
  expectStatus(
    await from.browser.delete(`${teamsOf(from.accountId)}/${teamId}/members/${accountId}`),
    204,
  )
}

/** A team founded by the first owner's account, every other owner's account invited and accepted. */
export async function teamOf(owners: Owner[], name = 'Team') {
  const [founder, ...others] = owners
  if (!founder) throw new Error('a team needs a founder')
  const team = await newTeam(founder.browser, founder.accountId, name)
  for (const other of others) {
    const invited = await invite(founder, team.id, other)
    expect(invited.status).toBe('pending')
    await accept(other.browser, team.id, other.accountId)
  }
  return team
}

export async function newGroup(browser: Browser, base: string, name: string) {
  return expectStatus(await browser.post(`${base}/groups`, { name }), 201)
}

export async function newContact(browser: Browser, base: string, body: object) {
  return expectStatus(await browser.post(`${base}/contacts`, body), 201)
}

export async function share(browser: Browser, base: string, groupId: string, accountId: string) {
  return expectStatus(await browser.post(`${base}/groups/${groupId}/shares`, { accountId }), 201)
}

/** The keys a contact seen through a share may have, and no other. */
export const BASIC_CONTACT_KEYS = ['email', 'fields', 'firstName', 'id', 'lastName', 'phone']

export function groupIdsListed(reply: Reply): string[] {
  expect(reply.status, JSON.stringify(reply.body)).toBe(200)
  return reply.body.items.map((g: { id: string }) => g.id)
}
