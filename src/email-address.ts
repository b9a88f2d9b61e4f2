import { invalidField } from './errors.js'

// Deliberately loose: one @, something on each side, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Emails are stored trimmed and lower-cased everywhere: users, invitations, contacts. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase()
}

export function emailProblem(email: string): string | undefined {
  return EMAIL.test(email) && email.length <= 254 ? undefined : 'not a valid email address'
}

export function assertEmail(email: string, field = 'email'): void {
  if (emailProblem(email)) throw invalidField(field, 'a valid email address is required')
}
