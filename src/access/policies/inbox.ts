import type { Permission } from '../catalog.js'
import { allow, type Caller, type PolicyDecision, refuse } from './decision.js'

/**
 * The inbox (issue 19): `inbox.view` reads, answers, assigns and closes the account's own threads
 * (routes declare it). Answering by SMS is a single message, so it needs `sms.use` too (seed 002);
 * texting a number no contact has creates the contact, so that needs `contacts.create`.
 */
export interface ThreadFacts {
  /** Where an SMS answer would go: the contact's phone or the thread's number; null: none. */
  phone: string | null
  /** Where an email answer would go; null: none. */
  email: string | null
  /** The account has a verified sender address an email answer can go from. */
  verifiedSender: boolean
}

export function mayTextSingleMessage(caller: Pick<Caller, 'held'>): PolicyDecision {
  if (!caller.held.has('sms.use')) {
    return refuse('sms_use', 'sending an SMS needs sms.use', 'forbidden', {
      permission: 'sms.use',
    })
  }
  return allow('sms_use')
}

/** A text to a number no contact of the account has makes that contact (seed 002). */
export function mayTextNewNumber(caller: Pick<Caller, 'held'>): PolicyDecision {
  if (!caller.held.has('contacts.create')) {
    return refuse(
      'sms_use',
      'texting a number that is not a contact yet creates it, which needs contacts.create',
      'forbidden',
      { permission: 'contacts.create' },
    )
  }
  return allow('sms_use')
}

type Ability = { allowed: true } | { allowed: false; reason: string }

function ability(decision: PolicyDecision): Ability {
  return decision.allowed ? { allowed: true } : { allowed: false, reason: decision.reason }
}

const held = (caller: Pick<Caller, 'held'>, permission: Permission) => caller.held.has(permission)

export function abilitiesOfThread(caller: Pick<Caller, 'held'>, thread: ThreadFacts) {
  const inbox = held(caller, 'inbox.view')
  const sms = mayTextSingleMessage(caller)
  return {
    replyBySms: !sms.allowed
      ? ability(sms)
      : thread.phone === null
        ? { allowed: false as const, reason: 'there is no phone number to answer' }
        : { allowed: true as const },
    replyByEmail:
      thread.email === null
        ? { allowed: false as const, reason: 'there is no email address to answer' }
        : !thread.verifiedSender
          ? { allowed: false as const, reason: 'the account has no verified sender address' }
          : { allowed: true as const },
    assign: inbox,
    markDone: inbox,
  }
}
