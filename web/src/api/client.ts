import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'

export const CSRF_COOKIE = 'chorus_csrf'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The CSRF token the server set beside the session cookie, echoed on every write. */
export function csrfToken(): string | undefined {
  const prefix = `${CSRF_COOKIE}=`
  const cookie = document.cookie.split('; ').find((c) => c.startsWith(prefix))
  return cookie ? decodeURIComponent(cookie.slice(prefix.length)) : undefined
}

/** An answer of the API that is not a success, as the error envelope describes it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

export type SignedOutReason = 'replaced' | 'ended'
type SignedOutListener = (reason: SignedOutReason) => void
const signedOutListeners = new Set<SignedOutListener>()
let lastSignedOut: SignedOutReason | undefined

/** Why the server last ended this browser's session, if it did since the page loaded. */
export function signedOutReason(): SignedOutReason | undefined {
  return lastSignedOut
}

/** Called when the server ends this browser's session (another browser signed in, or it expired). */
export function onSignedOut(listener: SignedOutListener): () => void {
  signedOutListeners.add(listener)
  return () => signedOutListeners.delete(listener)
}

const csrf: Middleware = {
  onRequest({ request }) {
    const token = csrfToken()
    if (token && !SAFE_METHODS.has(request.method)) request.headers.set('x-csrf-token', token)
    return request
  },
  async onResponse({ response }) {
    if (response.status !== 401) return response
    const body = await response
      .clone()
      .json()
      .catch(() => undefined)
    const code = body?.error?.code
    if (code === 'session_replaced' || code === 'session_ended') {
      const reason = code === 'session_replaced' ? 'replaced' : 'ended'
      lastSignedOut = reason
      for (const listener of signedOutListeners) listener(reason)
    }
    return response
  },
}

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' })
api.use(csrf)

interface Answer<T> {
  data?: T
  error?: unknown
  response: Response
}

/** The body of a successful answer; an ApiError with the server's code and field otherwise. */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call
  if (response.ok) return data as T
  const envelope = (error as { error?: Record<string, unknown> } | undefined)?.error ?? {}
  const { code, message, field, ...details } = envelope
  throw new ApiError(
    response.status,
    typeof code === 'string' ? code : 'unknown',
    typeof message === 'string' ? message : response.statusText,
    typeof field === 'string' ? field : undefined,
    details,
  )
}
