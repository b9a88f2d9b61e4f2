import { createHmac, timingSafeEqual } from 'node:crypto'
import { createChallenge, randomInt, verifySolution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import type { Challenge, Solution } from 'altcha-lib/types'
import { readInstanceSecret } from '../delivery/repository.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'
import { useChallenge } from './repository.js'
import type { RefusalReason } from './words.js'

/** A challenge is good for ten minutes, and solved once. */
export const CHALLENGE_TTL_MS = 10 * 60 * 1000
/** Faster than this from page (or challenge) to submission is a script, refused. */
export const TOO_FAST_MS = 2_000
/** Faster than this is borderline: held for review instead of mailed. */
export const BORDERLINE_MS = 5_000
/** A page older than this carries a timestamp too stale to vouch for anything. */
const STALE_MS = 24 * 60 * 60 * 1000
/** The counter range the solver walks: well under a second in a browser, a cost for a flood. */
const COUNTER = { min: 5_000, max: 50_000 }

/** The field a person never sees and a bot fills in. */
export const HONEYPOT = 'website'
export const TIMESTAMP = '_ts'
export const POW = 'altcha'
/** Fields of the protection, not of the contact. */
export const PROTECTION_FIELDS = new Set([HONEYPOT, TIMESTAMP, POW])

const keys = new WeakMap<Deps, Promise<string>>()

/** CHORUS_FORMS_SECRET, else the installation's own random key (migration 0029). */
function formsKey(deps: Deps): Promise<string> {
  let key = keys.get(deps)
  if (!key) {
    key = deps.config.formsSecret
      ? Promise.resolve(deps.config.formsSecret)
      : readInstanceSecret(deps.db, 'forms')
    keys.set(deps, key)
  }
  return key
}

function sign(key: string, text: string) {
  return createHmac('sha256', key).update(text).digest('base64url')
}

function sameText(a: string, b: string) {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** The hosted page's hidden timestamp: when it was served, signed for this form. */
export async function signedTimestamp(deps: Deps, formId: string) {
  const at = deps.clock.now().getTime()
  return `${at}.${sign(await formsKey(deps), `ts:${formId}:${at}`)}`
}

/** A proof-of-work challenge for this form (ALTCHA), signed, expiring, carrying its issue time. */
export async function newChallenge(deps: Deps, formId: string): Promise<Challenge> {
  const key = await formsKey(deps)
  const now = deps.clock.now()
  return createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(COUNTER.min, COUNTER.max),
    deriveKey,
    data: { form: formId, issuedAt: now.getTime() },
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    hmacSignatureSecret: key,
    hmacKeySignatureSecret: `${key}:key`,
  })
}

export type Verdict = { outcome: 'accept' } | { outcome: 'hold'; reason: string }

/** A 400 with its reason, which the hosted page says in the account's language (words.ts). */
function refuse(reason: RefusalReason, message: string): never {
  throw new AppError('submission_refused', message, { reason })
}

function decodePayload(raw: string): { challenge: Challenge; solution: Solution } {
  try {
    const payload = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'))
    if (payload?.challenge?.parameters && payload?.solution) return payload
  } catch {}
  return refuse(
    'unreadable',
    'The anti-spam check could not be read. Reload the page and try again.',
  )
}

/** The solved challenge's issue time, once its proof, form and single use are checked. */
async function provenAt(deps: Deps, formId: string, raw: string): Promise<number> {
  const key = await formsKey(deps)
  const { challenge, solution } = decodePayload(raw)
  const result = await verifySolution({
    challenge,
    solution,
    deriveKey,
    hmacSignatureSecret: key,
    hmacKeySignatureSecret: `${key}:key`,
  }).catch(() => undefined)
  const data = challenge.parameters.data ?? {}
  if (!result?.verified || data.form !== formId || typeof data.issuedAt !== 'number') {
    refuse('failed', 'The anti-spam check failed or expired. Reload the page and try again.')
  }
  const expiresAt = new Date((challenge.parameters.expiresAt ?? 0) * 1000)
  if (!(await useChallenge(deps.db, String(challenge.signature), expiresAt, deps.clock.now()))) {
    refuse('reused', 'This anti-spam check was used already. Reload the page and try again.')
  }
  return data.issuedAt
}

async function timestampAt(deps: Deps, formId: string, raw: string): Promise<number> {
  const [at, signature] = raw.split('.')
  const expected = sign(await formsKey(deps), `ts:${formId}:${at}`)
  if (!at || !signature || !/^\d{1,15}$/.test(at) || !sameText(signature, expected)) {
    refuse('changed', 'The page was changed. Reload it and try again.')
  }
  return Number(at)
}

/**
 * What to do with a submission: a clear bot (the honeypot filled in, a forged, expired or reused
 * proof of work or timestamp, sent faster than a person types) is refused; one without a proof of
 * work (JavaScript off, the plain embed) or sent in a borderline time is held for review; the
 * rest is accepted.
 */
export async function judge(
  deps: Deps,
  formId: string,
  body: Record<string, string>,
): Promise<Verdict> {
  if ((body[HONEYPOT] ?? '') !== '')
    refuse('automated', 'This submission looks automated and was refused.')
  const proven = body[POW] ? await provenAt(deps, formId, body[POW]) : undefined
  const stamped = body[TIMESTAMP] ? await timestampAt(deps, formId, body[TIMESTAMP]) : undefined
  const since = stamped ?? proven
  const elapsed = since === undefined ? undefined : deps.clock.now().getTime() - since
  if (elapsed !== undefined && elapsed < TOO_FAST_MS) {
    refuse('too_fast', 'This form was sent faster than a person can fill it in, and was refused.')
  }
  if (proven === undefined) return { outcome: 'hold', reason: 'no proof of work (JavaScript off)' }
  if (elapsed !== undefined && elapsed < BORDERLINE_MS) {
    return { outcome: 'hold', reason: 'sent within five seconds of opening the page' }
  }
  if (elapsed !== undefined && elapsed > STALE_MS) {
    return { outcome: 'hold', reason: 'the page was opened more than a day before' }
  }
  return { outcome: 'accept' }
}
