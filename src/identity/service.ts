import * as accounts from '../accounts/repository.js'
import { grantSignupCredits } from '../campaigns/credits.js'
import { isUniqueViolation } from '../db/errors.js'
import { throttleSystemMail } from '../delivery/system-mail-limits.js'
import type { Deps } from '../deps.js'
import { recordAudit } from '../developer/audit.js'
import { assertEmail, normaliseEmail } from '../email-address.js'
import { AppError, invalidField } from '../errors.js'
import {
  assertAcceptablePassword,
  burnPasswordCheck,
  hashPassword,
  needsRehash,
  verifyPassword,
} from './passwords.js'
import { clearAttempts, LIMITS, type LimitedKey, returnAttempt, takeAttempt } from './rate-limit.js'
import * as repo from './repository.js'
import type { PublicUser, Session } from './schemas.js'
import { type RequestMeta, type SessionInfo, startSession } from './sessions.js'
import { randomToken, sha256Hex } from './tokens.js'
import { matchTotpStep, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode } from './totp.js'

const RESET_TOKEN_TTL_MS = 60 * 60 * 1000

export function presentUser(user: repo.UserRow): PublicUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    twoFactorEnabled: user.totp_secret !== null,
    emailConfirmed: user.email_confirmed_at !== null,
    notifications: user.notifications,
    createdAt: new Date(user.created_at).toISOString(),
  }
}

export async function userById(deps: Deps, id: string): Promise<repo.UserRow> {
  const user = await repo.findUserById(deps.db, id)
  if (!user) throw new AppError('not_found', 'no such user')
  return user
}

/** The signed-in user's full row, read fresh: secrets never travel with the session. */
export async function currentUser(deps: Deps, session: SessionInfo): Promise<repo.UserRow> {
  const user = await repo.findUserById(deps.db, session.user.id)
  if (!user) throw new AppError('unauthenticated', 'sign in to continue')
  return user
}

function assertName(value: string, field: string) {
  if (value.trim().length === 0) throw invalidField(field, `${field} must not be empty`)
}

export interface SignUpInput {
  email: string
  password: string
  name: string
  accountName: string
}

export interface SignUpOptions {
  /** The caller's address: sign-ups are limited per address (LIMITS.signupPerIp). */
  ip?: string | null
  /** The operator vouches for the address (CLI), so no confirmation mail is needed. */
  confirmed?: boolean
}

/**
 * Creates the user and their own top-level account, which they own. Unless the operator vouches
 * for it, the address stays unconfirmed (nobody finds the user by it) until the mailed link is used.
 */
export async function signUp(deps: Deps, input: SignUpInput, options: SignUpOptions = {}) {
  if (options.ip) {
    const keys = [{ key: `signup:ip:${options.ip}`, limit: LIMITS.signupPerIp }]
    await takeAttempt(deps.db, keys, deps.clock.now())
  }
  const email = normaliseEmail(input.email)
  assertEmail(email)
  assertName(input.name, 'name')
  assertName(input.accountName, 'accountName')
  assertAcceptablePassword(input.password, 'password', email)
  if (await repo.findUserByEmail(deps.db, email)) throw emailTaken()
  const passwordHash = await hashPassword(input.password)
  try {
    const created = await deps.db.transaction().execute(async (tx) => {
      const user = await repo.insertUser(tx, {
        email,
        name: input.name.trim(),
        passwordHash,
        confirmedAt: options.confirmed ? deps.clock.now() : null,
      })
      const account = await accounts.insertAccount(tx, {
        name: input.accountName.trim(),
        parent: null,
      })
      await accounts.insertMembership(tx, {
        accountId: account.id,
        userId: user.id,
        role: 'owner',
        permissions: null,
      })
      await grantSignupCredits(tx, account.id, deps.config.signupCredits, user.id)
      await recordAudit(
        tx,
        { userId: user.id, kind: 'user' },
        {
          accountId: account.id,
          action: 'account.created',
          target: { type: 'account', id: account.id },
          details: { name: account.name, owner: user.id },
        },
      )
      return { user, account }
    })
    if (!created.user.email_confirmed_at) mailEmailConfirmationLater(deps, created.user)
    return created
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken()
    throw error
  }
}

const CONFIRMATION_TTL_MS = 7 * 24 * 3600 * 1000

/** Mailed after the answer, like every system mail; a failure is logged, never shown. */
function mailEmailConfirmationLater(deps: Deps, user: { id: string; email: string }) {
  setImmediate(() => {
    mailEmailConfirmation(deps, user).catch((error) =>
      deps.log.error({ err: error }, 'email confirmation mail failed'),
    )
  })
}

async function mailEmailConfirmation(deps: Deps, user: { id: string; email: string }) {
  const token = randomToken(32)
  await repo.insertEmailConfirmation(deps.db, {
    tokenHash: sha256Hex(token),
    userId: user.id,
    email: user.email,
    expiresAt: new Date(deps.clock.now().getTime() + CONFIRMATION_TTL_MS),
  })
  const link = `${deps.config.publicUrl}/confirm-email#token=${token}`
  await deps.mailer.send({
    to: user.email,
    subject: 'Confirm your email address for Chorus',
    text: [
      `Please confirm that ${user.email} is your address on Chorus: open ${link}`,
      `or send POST /api/v1/auth/confirm-email with {"token": "${token}"}.`,
      'Until then nobody can invite you or grant you access by this address.',
      'The link works once, for seven days. If you did not sign up, ignore this message.',
    ].join('\n\n'),
  })
}

/** Confirms the address a link was mailed to; wrong tokens are limited per IP like reset tokens. */
export async function confirmEmail(deps: Deps, input: { token: string }, meta: RequestMeta) {
  const keys: LimitedKey[] = meta.ip
    ? [{ key: `confirm-email:ip:${meta.ip}`, limit: LIMITS.resetPerIp }]
    : []
  const now = deps.clock.now()
  await takeAttempt(deps.db, keys, now)
  const userId = await repo.consumeEmailConfirmation(deps.db, sha256Hex(input.token), now)
  if (!userId) {
    throw new AppError(
      'invalid_token',
      'this confirmation link is not valid, was used already, has expired or is for an address you no longer use',
      { field: 'token' },
    )
  }
  await returnAttempt(deps.db, keys)
}

/** Sends a fresh confirmation link to the signed-in user's current address. */
export async function resendEmailConfirmation(deps: Deps, session: SessionInfo) {
  const user = await currentUser(deps, session)
  if (user.email_confirmed_at) {
    throw new AppError('conflict', 'your email address is already confirmed')
  }
  const keys = [{ key: `confirm-mail:user:${user.id}`, limit: LIMITS.confirmationPerUser }]
  await takeAttempt(deps.db, keys, deps.clock.now())
  mailEmailConfirmationLater(deps, user)
}

function emailTaken() {
  return new AppError('email_taken', 'an account with this email address already exists', {
    field: 'email',
  })
}

function loginKeys(email: string, ip: string | null): LimitedKey[] {
  const keys: LimitedKey[] = [{ key: `login:email:${email}`, limit: LIMITS.loginPerEmail }]
  if (ip) keys.push({ key: `login:ip:${ip}`, limit: LIMITS.loginPerIp })
  return keys
}

export interface LoginInput {
  email: string
  password: string
  totp?: string | undefined
}

/**
 * Checks the credentials and starts a session that ends every other browser session of the user.
 * Unknown email and wrong password answer alike, in about the same time.
 */
export async function logIn(deps: Deps, input: LoginInput, meta: RequestMeta) {
  const email = normaliseEmail(input.email)
  const keys = loginKeys(email, meta.ip)
  await takeAttempt(deps.db, keys, deps.clock.now())
  const user = await repo.findUserByEmail(deps.db, email)
  const passwordOk = user
    ? await verifyPassword(user.password_hash, input.password)
    : await burnPasswordCheck(input.password)
  if (!user || !passwordOk) {
    throw new AppError('invalid_credentials', 'the email address or password is not right')
  }
  if (user.totp_secret) {
    if (!input.totp) {
      // The password was right: asking for the code is not a failed attempt.
      await returnAttempt(deps.db, keys)
      throw new AppError(
        'totp_required',
        'enter the code from your authenticator app or a recovery code',
      )
    }
    if (!(await acceptSecondFactor(deps, user, input.totp))) {
      throw new AppError('invalid_totp', 'that code is not valid (each code works once)', {
        field: 'totp',
      })
    }
  }
  if (needsRehash(user.password_hash)) {
    await repo.updateUser(deps.db, user.id, { password_hash: await hashPassword(input.password) })
  }
  await clearAttempts(deps.db, [`login:email:${email}`])
  await returnAttempt(deps.db, keys.slice(1))
  const token = await startSession(deps, user.id, meta)
  const accountIds = await accounts.listDirectAccountIds(deps.db, user.id)
  await recordAudit(
    deps.db,
    { userId: user.id, kind: 'user', ip: meta.ip },
    accountIds.map((accountId) => ({
      accountId,
      action: 'auth.login',
      target: { type: 'user', id: user.id },
    })),
  )
  return { user, token }
}

/** A current TOTP code (each time step accepted once) or an unused recovery code. */
async function acceptSecondFactor(deps: Deps, user: repo.UserRow, code: string): Promise<boolean> {
  if (!user.totp_secret) return false
  const now = deps.clock.now()
  const step = matchTotpStep(user.totp_secret, code.trim(), now)
  if (step !== undefined) return repo.claimTotpStep(deps.db, user.id, step)
  const recovery = normaliseRecoveryCode(code)
  return recovery.length > 0 && repo.useRecoveryCode(deps.db, user.id, sha256Hex(recovery), now)
}

export async function logOut(deps: Deps, session: SessionInfo) {
  await repo.endSessions(
    deps.db,
    { userId: session.user.id, id: session.id },
    'logout',
    deps.clock.now(),
  )
}

/** Sensitive changes need the current password; wrong guesses are rate limited per user. */
async function assertCurrentPassword(deps: Deps, user: repo.UserRow, password: string | undefined) {
  const keys = [{ key: `reauth:user:${user.id}`, limit: LIMITS.twoFactorPerUser }]
  await takeAttempt(deps.db, keys, deps.clock.now())
  if (!password || !(await verifyPassword(user.password_hash, password))) {
    throw new AppError('invalid_password', 'the current password is not right', {
      field: 'currentPassword',
    })
  }
  await returnAttempt(deps.db, keys)
}

export async function changePassword(
  deps: Deps,
  session: SessionInfo,
  input: { currentPassword: string; newPassword: string },
) {
  await assertCurrentPassword(deps, await currentUser(deps, session), input.currentPassword)
  assertAcceptablePassword(input.newPassword, 'newPassword', session.user.email)
  const passwordHash = await hashPassword(input.newPassword)
  await deps.db.transaction().execute(async (tx) => {
    await repo.updateUser(tx, session.user.id, { password_hash: passwordHash })
    await repo.endPasswordResets(tx, session.user.id, deps.clock.now())
    await repo.endSessions(
      tx,
      { userId: session.user.id, exceptId: session.id },
      'password_changed',
      deps.clock.now(),
    )
  })
}

export async function updateProfile(
  deps: Deps,
  session: SessionInfo,
  input: {
    name?: string | undefined
    email?: string | undefined
    currentPassword?: string | undefined
    notifications?: boolean | undefined
  },
) {
  const changes: {
    name?: string
    email?: string
    email_confirmed_at?: null
    notifications?: boolean
  } = {}
  if (input.notifications !== undefined) changes.notifications = input.notifications
  if (input.name !== undefined) {
    assertName(input.name, 'name')
    changes.name = input.name.trim()
  }
  if (input.email !== undefined) {
    const email = normaliseEmail(input.email)
    assertEmail(email)
    if (email !== session.user.email) {
      await assertCurrentPassword(deps, await currentUser(deps, session), input.currentPassword)
      // Each move mails a link to the new address: limited per user (429), before anything is written.
      await throttleSystemMail(deps, 'email_change', { userId: session.user.id })
      changes.email = email
      // A new address is confirmed again before anyone can find the user by it.
      changes.email_confirmed_at = null
    }
  }
  try {
    await deps.db.transaction().execute(async (tx) => {
      await repo.updateUser(tx, session.user.id, changes)
      // A reset link sent to the old address must not outlive the move to the new one.
      if (changes.email) await repo.endPasswordResets(tx, session.user.id, deps.clock.now())
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken()
    throw error
  }
  const user = (await repo.findUserById(deps.db, session.user.id)) as repo.UserRow
  if (changes.email) mailEmailConfirmationLater(deps, user)
  return user
}

function twoFactorKeys(userId: string): LimitedKey[] {
  return [{ key: `2fa:user:${userId}`, limit: LIMITS.twoFactorPerUser }]
}

export async function beginTwoFactorSetup(
  deps: Deps,
  session: SessionInfo,
  input: { password: string },
) {
  const user = await currentUser(deps, session)
  await assertCurrentPassword(deps, user, input.password)
  if (user.totp_secret) {
    throw new AppError('conflict', 'two-factor authentication is already on; turn it off first')
  }
  const { secret, otpauthUrl } = newTotpSecret(session.user.email)
  await repo.updateUser(deps.db, session.user.id, { totp_pending_secret: secret })
  return { secret, otpauthUrl }
}

export async function enableTwoFactor(deps: Deps, session: SessionInfo, input: { code: string }) {
  const user = await currentUser(deps, session)
  if (user.totp_secret) throw new AppError('conflict', 'two-factor authentication is already on')
  if (!user.totp_pending_secret) {
    throw new AppError('conflict', 'start with POST /api/v1/me/2fa/setup')
  }
  const keys = twoFactorKeys(user.id)
  const now = deps.clock.now()
  await takeAttempt(deps.db, keys, now)
  const step = matchTotpStep(user.totp_pending_secret, input.code.trim(), now)
  if (step === undefined) throw invalidField('code', 'that code is not valid')
  await returnAttempt(deps.db, keys)
  const recoveryCodes = newRecoveryCodes()
  await deps.db.transaction().execute(async (tx) => {
    await repo.updateUser(tx, user.id, {
      totp_secret: user.totp_pending_secret,
      totp_pending_secret: null,
      totp_last_step: null,
    })
    await repo.claimTotpStep(tx, user.id, step)
    await repo.replaceRecoveryCodes(
      tx,
      user.id,
      recoveryCodes.map((c) => sha256Hex(normaliseRecoveryCode(c))),
    )
    await repo.endSessions(tx, { userId: user.id, exceptId: session.id }, 'two_factor_changed', now)
  })
  return { recoveryCodes }
}

export async function disableTwoFactor(
  deps: Deps,
  session: SessionInfo,
  input: { code: string; password: string },
) {
  const user = await currentUser(deps, session)
  await assertCurrentPassword(deps, user, input.password)
  if (!user.totp_secret) throw new AppError('conflict', 'two-factor authentication is not on')
  const keys = twoFactorKeys(user.id)
  const now = deps.clock.now()
  await takeAttempt(deps.db, keys, now)
  if (!(await acceptSecondFactor(deps, user, input.code))) {
    throw invalidField('code', 'that code is not valid (each code works once)')
  }
  await returnAttempt(deps.db, keys)
  await deps.db.transaction().execute(async (tx) => {
    await repo.updateUser(tx, user.id, {
      totp_secret: null,
      totp_pending_secret: null,
      totp_last_step: null,
    })
    await repo.replaceRecoveryCodes(tx, user.id, [])
    await repo.endSessions(tx, { userId: user.id, exceptId: session.id }, 'two_factor_changed', now)
  })
}

/**
 * Always answers the same way, at once; the lookup and the email happen afterwards, so neither
 * the answer nor its timing tells whether the address has an account.
 */
export async function requestPasswordReset(
  deps: Deps,
  input: { email: string },
  meta: RequestMeta,
) {
  const email = normaliseEmail(input.email)
  const keys: LimitedKey[] = [{ key: `reset:email:${email}`, limit: LIMITS.resetPerEmail }]
  if (meta.ip) keys.push({ key: `reset:ip:${meta.ip}`, limit: LIMITS.resetPerIp })
  const now = deps.clock.now()
  await takeAttempt(deps.db, keys, now)
  setImmediate(() => {
    sendResetEmail(deps, email).catch((error) =>
      deps.log.error({ err: error }, 'password reset email failed'),
    )
  })
}

async function sendResetEmail(deps: Deps, email: string) {
  const user = await repo.findUserByEmail(deps.db, email)
  if (!user) return
  const token = randomToken(32)
  // Only the newest link works: an older one lying in a mailbox is of no use to anyone.
  await deps.db.transaction().execute(async (tx) => {
    await repo.endPasswordResets(tx, user.id, deps.clock.now())
    await repo.insertPasswordReset(tx, {
      tokenHash: sha256Hex(token),
      userId: user.id,
      expiresAt: new Date(deps.clock.now().getTime() + RESET_TOKEN_TTL_MS),
    })
  })
  const link = `${deps.config.publicUrl}/reset-password#token=${token}`
  await deps.mailer.send({
    to: user.email,
    subject: 'Reset your Chorus password',
    text: [
      `Someone asked to reset the password of ${user.email} on Chorus.`,
      `To choose a new password, open ${link}`,
      `or send POST /api/v1/auth/password-reset/confirm with {"token": "${token}", "password": "…"}.`,
      'The link works once, for one hour. If it was not you, ignore this message.',
    ].join('\n\n'),
  })
}

/**
 * Sets a new password and ends every session. It never signs the user in, so a reset cannot get
 * around two-factor authentication: the next login asks for the code as usual.
 */
export async function resetPassword(
  deps: Deps,
  input: { token: string; password: string },
  meta: RequestMeta,
) {
  const keys: LimitedKey[] = meta.ip
    ? [{ key: `reset-confirm:ip:${meta.ip}`, limit: LIMITS.resetPerIp }]
    : []
  const now = deps.clock.now()
  // Checked before the token is used, so a refused password does not burn the link.
  assertAcceptablePassword(input.password, 'password')
  await takeAttempt(deps.db, keys, now)
  const passwordHash = await hashPassword(input.password)
  const email = await deps.db.transaction().execute(async (tx) => {
    const userId = await repo.consumePasswordReset(tx, sha256Hex(input.token), now)
    if (!userId) return undefined
    await repo.updateUser(tx, userId, { password_hash: passwordHash })
    await repo.endPasswordResets(tx, userId, now)
    await repo.endSessions(tx, { userId }, 'password_reset', now)
    return (await repo.findUserById(tx, userId))?.email
  })
  if (!email) {
    throw new AppError(
      'invalid_token',
      'this reset link is not valid, was used already or has expired',
      {
        field: 'token',
      },
    )
  }
  await returnAttempt(deps.db, keys)
  await clearAttempts(deps.db, [`login:email:${email}`])
}

export async function listOwnSessions(deps: Deps, session: SessionInfo): Promise<Session[]> {
  const rows = await repo.listSessions(deps.db, session.user.id, 50)
  return rows.map((row) => ({
    id: row.id,
    current: row.id === session.id,
    createdAt: new Date(row.created_at).toISOString(),
    lastSeenAt: new Date(row.last_seen_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
    endedAt: row.ended_at ? new Date(row.ended_at).toISOString() : null,
    endReason: row.end_reason,
    ip: row.ip,
    userAgent: row.user_agent,
  }))
}

export async function endOwnSession(deps: Deps, session: SessionInfo, id: string) {
  const ended = await repo.endSessions(
    deps.db,
    { userId: session.user.id, id },
    'revoked',
    deps.clock.now(),
  )
  if (ended === 0) throw new AppError('not_found', 'no live session with this id')
}
