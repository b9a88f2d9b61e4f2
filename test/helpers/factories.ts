import type { FastifyInstance } from 'fastify'
import type { Permission } from '../../src/access/catalog.js'
import type { RoleKey } from '../../src/access/roles.js'
import { findLiveAccount, insertAccount, insertMembership } from '../../src/accounts/repository.js'
import type { Deps } from '../../src/deps.js'
import { signUp as signUpService } from '../../src/identity/service.js'
import { Browser, GOOD_PASSWORD, uniqueEmail } from './app.js'

/**
 * Factories that build account trees straight through the services and repositories (fast),
 * and browsers that then use them over HTTP (real).
 */
export interface TestUser {
  id: string
  email: string
  password: string
  /** The top-level account every user gets at sign-up. */
  ownAccountId: string
}

export async function createUser(deps: Deps, name = 'user'): Promise<TestUser> {
  const email = uniqueEmail(name)
  const { user, account } = await signUpService(
    deps,
    { email, password: GOOD_PASSWORD, name, accountName: `${name}'s account` },
    { confirmed: true },
  )
  return { id: user.id, email, password: GOOD_PASSWORD, ownAccountId: account.id }
}

export async function createSubaccount(deps: Deps, parentId: string, name = 'sub-account') {
  const parent = await findLiveAccount(deps.db, parentId)
  if (!parent) throw new Error(`no account ${parentId}`)
  return insertAccount(deps.db, { name, parent })
}

export async function grant(
  deps: Deps,
  accountId: string,
  userId: string,
  grantOf: { role: RoleKey } | { permissions: Permission[] },
) {
  await insertMembership(deps.db, {
    accountId,
    userId,
    role: 'role' in grantOf ? grantOf.role : null,
    permissions: 'permissions' in grantOf ? grantOf.permissions : null,
  })
}

export async function logIn(
  app: FastifyInstance,
  user: Pick<TestUser, 'email' | 'password'>,
): Promise<Browser> {
  const browser = new Browser(app)
  const reply = await browser.post('/api/v1/auth/login', {
    email: user.email,
    password: user.password,
  })
  if (reply.status !== 200)
    throw new Error(`login failed: ${reply.status} ${JSON.stringify(reply.body)}`)
  return browser
}

/** A user with `role` (or a custom set) in `accountId`, signed in. */
export async function memberOf(
  deps: Deps,
  app: FastifyInstance,
  accountId: string,
  grantOf: { role: RoleKey } | { permissions: Permission[] },
  name = 'member',
) {
  const user = await createUser(deps, name)
  await grant(deps, accountId, user.id, grantOf)
  return { user, browser: await logIn(app, user) }
}

/**
 * Marks the account's sender `email` as confirmed, as the click on its confirmation link does
 * (tests that send campaigns need a verified From; the link itself is tested in addresses.test).
 */
export async function confirmSenderAddress(
  db: Pick<Deps, 'db'>['db'],
  accountId: string,
  email: string,
) {
  await db
    .updateTable('senders')
    .set({ confirmed_at: new Date(), confirm_token_hash: null })
    .where('account_id', '=', accountId)
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirstOrThrow()
}

/** Marks a user's address confirmed, as the mailed link would (for users signed up over HTTP). */
export async function confirmEmail(deps: Deps, userId: string) {
  await deps.db
    .updateTable('users')
    .set({ email_confirmed_at: new Date() })
    .where('id', '=', userId)
    .execute()
}
