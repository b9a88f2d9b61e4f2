/**
 * The one error type of Chorus. Business code throws AppError with a code;
 * src/http/errors.ts is the only place that turns a code into an HTTP status.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 422,
  unauthenticated: 401,
  session_replaced: 401,
  session_ended: 401,
  invalid_credentials: 401,
  totp_required: 401,
  invalid_totp: 401,
  invalid_password: 403,
  csrf_failed: 403,
  forbidden: 403,
  escalation_refused: 403,
  invitation_email_mismatch: 403,
  signup_closed: 403,
  /** A sub-account's credits come from its parent: billing.manage is needed there, not only here. */
  parent_permission_required: 403,
  /** An approver may not approve their own submission (SPEC §2 campaigns.approve). */
  self_approval: 403,
  /** Only a signed-in person may do this (transfer ownership, leave, delete an account), never a key. */
  person_required: 403,
  /** The account requires 2FA of its members and the caller has not set it up (SPEC §3). */
  two_factor_required: 403,
  /** Only an operator of the installation does this (SPEC §3: top-ups of top-level accounts). */
  operator_required: 403,
  not_found: 404,
  /** The campaign's status does not allow this step (SPEC §5). */
  invalid_state: 409,
  conflict: 409,
  email_taken: 409,
  already_member: 409,
  last_membership: 409,
  max_depth_reached: 409,
  no_testers: 409,
  insufficient_credits: 409,
  invalid_token: 400,
  /** A sign-up form's submission that is plainly a bot's (honeypot, forged or reused proof of work). */
  submission_refused: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const

export type ErrorCode = keyof typeof ERROR_STATUS

export type ErrorDetails = Record<string, unknown>

export class AppError extends Error {
  readonly code: ErrorCode
  readonly details: ErrorDetails

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }

  get status(): number {
    return ERROR_STATUS[this.code]
  }
}

export function invalidField(field: string, message: string): AppError {
  return new AppError('validation_failed', message, { field })
}

/** `resource` tells an account the caller cannot reach (404 for the whole URL) from a missing item. */
export function notFound(what = 'resource'): AppError {
  return new AppError('not_found', `${what} not found`, { resource: what })
}
