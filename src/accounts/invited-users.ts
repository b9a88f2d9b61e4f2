import type { Transaction } from 'kysely'
import { isUniqueViolation } from '../db/errors.js'
import type { DB } from '../db/schema.js'
import { AppError } from '../errors.js'
import { assertAcceptablePassword, hashPassword } from '../identity/passwords.js'
import { insertUser } from '../identity/repository.js'
import { sha256Hex } from '../identity/tokens.js'

export interface NewInvitedUser {
  name: string
  password: string
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
  const invitation = await tx
    .selectFrom('invitations')
    .select('email')
    .where('token_hash', '=', sha256Hex(token))
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst()
  if (!invitation) {
    throw new AppError(
      'invalid_token',
      'this invitation is not valid, was used already or has expired',
    )
  }
  try {
    return await insertUser(tx, {
      email: invitation.email,
      name: user.name,
      passwordHash: user.passwordHash,
      confirmedAt: now,
    })
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('conflict', 'this address already has a user: sign in, then accept', {
        reason: 'user_exists',
      })
    }
    throw error
  }
}
