import type { Kysely, Transaction } from 'kysely'
import { isUniqueViolation } from '../db/errors.js'
import type { DB } from '../db/schema.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { assertAcceptablePassword, hashPassword } from '../identity/passwords.js'
import { LIMITS, takeAttempt } from '../identity/rate-limit.js'
import { findUserByEmail, insertUser } from '../identity/repository.js'
import type { RequestMeta } from '../identity/sessions.js'
import { sha256Hex } from '../identity/tokens.js'

export interface NewInvitedUser {
  name: string
  password: string
}

const invalidInvitation = () =>
  new AppError('invalid_token', 'this invitation is not valid, was used already or has expired')

/**
 * The cheap checks of an anonymous invitation sign-up, before any password is hashed (argon2id is
 * slow on purpose, so hashing for anyone who asks would be a denial of service): every attempt
 * counts against the caller's address (`LIMITS.invitationSignupPerIp`, 429), then the token must
 * name a pending invitation (400 `invalid_token`) whose address has no user yet (409
 * `user_exists`). The transaction checks the token again.
 */
export async function assertInvitationOpenForSignup(
  deps: Pick<Deps, 'db' | 'clock'>,
  token: string,
  meta: RequestMeta,
) {
  const now = deps.clock.now()
  if (meta.ip) {
    const keys = [{ key: `invitation-signup:ip:${meta.ip}`, limit: LIMITS.invitationSignupPerIp }]
    await takeAttempt(deps.db, keys, now)
  }
  const invitation = await pendingInvitation(deps.db, token, now)
  if (!invitation) throw invalidInvitation()
  if (await findUserByEmail(deps.db, invitation.email)) throw userExists()
}

function pendingInvitation(db: Kysely<DB>, token: string, now: Date) {
  return db
    .selectFrom('invitations')
    .select('email')
    .where('token_hash', '=', sha256Hex(token))
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst()
}

function userExists() {
  return new AppError('conflict', 'this address already has a user: sign in, then accept', {
    reason: 'user_exists',
  })
}

/** Checked before the transaction: hashing is slow and a refused password must not use the token. */
export async function prepareInvitedUser(input: NewInvitedUser) {
  const name = input.name.trim()
  if (!name) throw new AppError('validation_failed', 'name must not be empty', { field: 'name' })
  assertAcceptablePassword(input.password, 'password')
  return { name, passwordHash: await hashPassword(input.password) }
}

/**
 * The invitee without a user: accepting creates their user, with the invited address (confirmed:
 * the token came to it by mail) and nothing else — no account of their own, no credits, whatever
 * CHORUS_SIGNUP says. An address that has a user already signs in and accepts.
 */
export async function insertInvitedUser(
  tx: Transaction<DB>,
  token: string,
  user: { name: string; passwordHash: string },
  now: Date,
) {
  const invitation = await pendingInvitation(tx, token, now)
  if (!invitation) throw invalidInvitation()
  try {
    return await insertUser(tx, {
      email: invitation.email,
      name: user.name,
      passwordHash: user.passwordHash,
      confirmedAt: now,
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw userExists()
    throw error
  }
}
