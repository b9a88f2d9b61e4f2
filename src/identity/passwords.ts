import { hash, verify } from '@node-rs/argon2'
import { dictionary } from '@zxcvbn-ts/language-common'
import { invalidField } from '../errors.js'

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 passes, 1 lane. */
export const ARGON2_PARAMS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const
const ARGON2ID = 2 // Algorithm.Argon2id (a const enum, which isolated modules cannot import)

export const PASSWORD_MIN_LENGTH = 8
/** Long passphrases are welcome; the cap only keeps a single request from hashing megabytes. */
export const PASSWORD_MAX_LENGTH = 1024

const commonPasswords = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))

export function hashPassword(password: string): Promise<string> {
  return hash(password, { ...ARGON2_PARAMS, algorithm: ARGON2ID })
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/** A hash made with another algorithm or weaker parameters than today's is re-hashed at login. */
export function needsRehash(passwordHash: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash)
  if (!match) return true
  const [, m, t, p] = match.map(Number)
  return (
    (m ?? 0) < ARGON2_PARAMS.memoryCost ||
    (t ?? 0) < ARGON2_PARAMS.timeCost ||
    (p ?? 0) < ARGON2_PARAMS.parallelism
  )
}

/**
 * ASVS 5.0 §6.2: at least 8 characters, long ones accepted whole, no composition rules, and none of
 * the most common passwords. Throws a 422 naming the field.
 */
export function assertAcceptablePassword(password: string, field = 'password', email?: string) {
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) {
    throw invalidField(field, `the password must have at least ${PASSWORD_MIN_LENGTH} characters`)
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw invalidField(field, `the password must have at most ${PASSWORD_MAX_LENGTH} characters`)
  }
  const lowered = password.toLowerCase()
  if (commonPasswords.has(lowered)) {
    throw invalidField(field, 'this password is one of the most common passwords; choose another')
  }
  if (email && lowered === email.toLowerCase()) {
    throw invalidField(field, 'the password must not be the email address')
  }
}

let dummyHash: Promise<string> | undefined
/** Verifying against a throwaway hash when the email is unknown keeps login timing uniform. */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummyHash ??= hashPassword('chorus-timing-equaliser')
  await verifyPassword(await dummyHash, password)
  return false
}
