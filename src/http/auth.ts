import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  type AccountAccess,
  type AccountPermission,
  ANY_ACCOUNT_ACCESS,
  accessFromRows,
  assertTwoFactorIn,
  authorize,
  callerAccessIn,
  forbidden,
  forRequest,
  twoFactorRequired,
} from '../access/service.js'
import type { Config } from '../config.js'
import type { Deps } from '../deps.js'
import { resolveApiKey } from '../developer/api-keys.js'
import { AppError, invalidField, notFound } from '../errors.js'
import { requireOperator } from '../identity/operators.js'
import {
  csrfTokenFor,
  type RequestMeta,
  type ResolvedSession,
  resolveSession,
  SESSION_ABSOLUTE_MS,
  type SessionInfo,
} from '../identity/sessions.js'
import { sameBytes } from '../identity/tokens.js'
import { isUuid } from '../ids.js'
import { type AccountSource, gatePermission, type RouteAccess } from './route-access.js'

export const SESSION_COOKIE = 'chorus_session'
export const CSRF_COOKIE = 'chorus_csrf'
export const CSRF_HEADER = 'x-csrf-token'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, with the request's address (see SessionInfo.ip). */
    session: SessionInfo | null
    sessionToken: string | null
    /**
     * On account-scoped routes: what the caller holds in the account of the URL, and the request's
     * address — the actor the audit log records (who, user or API key, by what paths, from where).
     */
    access: AccountAccess | null
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export function requestMeta(request: FastifyRequest): RequestMeta {
  const agent = request.headers['user-agent']
  return { ip: request.ip ?? null, userAgent: typeof agent === 'string' ? agent : null }
}

function cookieOptions(config: Config, httpOnly: boolean) {
  return {
    httpOnly,
    sameSite: 'lax' as const,
    secure: !config.development,
    path: '/',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  }
}

/** Sets the session cookie (HttpOnly) and the CSRF cookie the web app reads and echoes back. */
export function setSessionCookies(reply: FastifyReply, config: Config, token: string): string {
  const csrfToken = csrfTokenFor(token)
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(config, true))
  reply.setCookie(CSRF_COOKIE, csrfToken, cookieOptions(config, false))
  return csrfToken
}

export function clearSessionCookies(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(config, true))
  reply.clearCookie(CSRF_COOKIE, cookieOptions(config, false))
}

function assertCsrf(request: FastifyRequest, token: string) {
  if (SAFE_METHODS.has(request.method)) return
  const sent = request.headers[CSRF_HEADER]
  const expected = Buffer.from(csrfTokenFor(token))
  if (typeof sent !== 'string' || !sameBytes(Buffer.from(sent), expected)) {
    throw new AppError(
      'csrf_failed',
      `send the ${CSRF_HEADER} header from the ${CSRF_COOKIE} cookie`,
    )
  }
}

/** The signed-in user of a route that declared `user` or a permission; never null there. */
export function requireSession(request: FastifyRequest): SessionInfo {
  if (!request.session) throw new AppError('unauthenticated', 'sign in to continue')
  return request.session
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization
  if (typeof header !== 'string') return undefined
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  if (!match) throw new AppError('unauthenticated', 'send Authorization: Bearer <API key>')
  return match[1]
}

/** The caller's account access on account-scoped routes; never null there. */
export function requireAccess(request: FastifyRequest): AccountAccess {
  if (!request.access) throw new AppError('unauthenticated', 'sign in to continue')
  return request.access
}

/**
 * SPEC §3: an account that requires 2FA (itself or an account above it) is closed to a member
 * without it until they set it up, which they do on user routes (`/api/v1/me/2fa/…`). Checked after
 * the gate, so an outsider still gets the account's 404. API keys are not sign-ins and are exempt.
 */
function assertTwoFactorIfRequired(session: ResolvedSession) {
  if (session.accountRequiresTwoFactor && !session.user.two_factor_enabled) {
    throw twoFactorRequired()
  }
}

/**
 * Resolves the caller before anything else runs (before body validation, so a caller without
 * access learns nothing about a route's body). Public routes skip it; every other route needs a
 * live session, and cookie-authenticated writes need the CSRF header. On account-scoped routes the
 * same database read brings the caller's memberships, and the route's permission is decided here:
 * an account the caller cannot reach (anonymous callers included) is a 404. The request's actor is
 * built here once: the session and the access carry the caller's address for the audit log.
 */
export function installAuthentication(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('session', null)
  app.decorateRequest('sessionToken', null)
  app.decorateRequest('access', null)
  app.addHook('onRequest', async (request, reply) => {
    const declared = request.routeOptions.config?.access
    if (declared === undefined || declared === 'public') return
    const accountId = urlAccountId(request, declared)
    const { ip } = requestMeta(request)
    const bearer = bearerToken(request)
    if (bearer !== undefined) {
      if (accountId === undefined) {
        throw new AppError(
          'unauthenticated',
          'API keys work on account routes; this one needs a browser session',
        )
      }
      request.access = forRequest(await resolveApiKey(deps, bearer, accountId), ip)
      authorize(
        request.access,
        gatePermission(declared as Extract<RouteAccess, object>, request.access.held),
      )
      return
    }
    const token = request.cookies[SESSION_COOKIE]
    if (accountId !== undefined && (!token || !isUuid(accountId))) throw notFound('account')
    if (!token) throw new AppError('unauthenticated', 'sign in to continue')
    let session: ResolvedSession
    try {
      session = await resolveSession(deps, token, accountId)
    } catch (error) {
      if (error instanceof AppError && error.status === 401) clearSessionCookies(reply, deps.config)
      throw error
    }
    request.session = { id: session.id, user: session.user, ip }
    request.sessionToken = token
    assertCsrf(request, token)
    if (declared === 'operator') await requireOperator(deps.db, session.user.id)
    if (typeof declared === 'object' && accountId !== undefined) {
      request.access = forRequest(accessFromRows(accountId, session.user.id, session.grantRows), ip)
      authorize(request.access, gatePermission(declared, request.access.held))
      assertTwoFactorIfRequired(session)
    }
  })
  // Routes that name their account elsewhere than the URL: decided once the body is parsed.
  app.addHook('preValidation', async (request) => {
    const declared = request.routeOptions.config?.access
    if (typeof declared !== 'object' || !declared.account) return
    request.access = await authorizeSourced(deps, request, declared.permission, declared.account)
  })
}

/** The account id in the URL of an account-scoped route; undefined on every other route. */
function urlAccountId(request: FastifyRequest, declared: RouteAccess): string | undefined {
  if (typeof declared !== 'object' || declared.account) return undefined
  return (request.params as { accountId?: string }).accountId ?? ''
}

interface SourcedAccount {
  accountId: string
  /** The answer to a caller without any path to the account; null for the resource's other side. */
  unreachable: AppError | null
}

/**
 * The account a request names where its route says; undefined when this request acts on the
 * caller's own behalf (a `when` that does not hold, the other side of a resource).
 */
async function sourcedAccount(
  deps: Deps,
  request: FastifyRequest,
  source: AccountSource,
  userId: string,
): Promise<SourcedAccount | undefined> {
  if (source.from === 'resource') {
    const params = request.params as Record<string, unknown>
    const found = await source.load(deps, String(params[source.param] ?? ''), userId, params)
    if (!found) throw notFound(source.resource)
    if (found.party && source.partyActsAsUser) return undefined
    return {
      accountId: found.accountId,
      unreachable: found.party ? null : notFound(source.resource),
    }
  }
  const input = request[source.from] as Record<string, unknown> | undefined
  if (source.when && input?.[source.when.field] !== source.when.equals) return undefined
  const value = input?.[source.field]
  if (value === undefined) throw invalidField(source.field, `name the account in ${source.field}`)
  const unreachable =
    source.unreachable === 'invalid_field'
      ? invalidField(source.field, `${source.field} must be an account you can reach`)
      : notFound('account')
  // Malformed is malformed for everyone: the answer says nothing about any account.
  if (typeof value !== 'string' || !isUuid(value)) {
    throw invalidField(source.field, `${source.field} must be an account id`)
  }
  return { accountId: value, unreachable }
}

/**
 * The gate of a route whose account is not in the URL: the same decision as on URL-scoped routes
 * (no path: not found; a path without the permission: 403; then 2FA), on the account found.
 */
async function authorizeSourced(
  deps: Deps,
  request: FastifyRequest,
  permission: AccountPermission,
  source: AccountSource,
): Promise<AccountAccess | null> {
  const session = requireSession(request)
  const found = await sourcedAccount(deps, request, source, session.user.id)
  if (found === undefined) return null
  const access = await callerAccessIn(
    deps,
    { userId: session.user.id, ip: session.ip },
    found.accountId,
  )
  if (access.paths.length === 0) {
    // The other side of a resource knows it exists: they are refused, not told it is missing.
    if (found.unreachable || permission === ANY_ACCOUNT_ACCESS)
      throw found.unreachable ?? notFound()
    throw forbidden(permission)
  }
  authorize(access, permission)
  await assertTwoFactorIn(deps, session.user, found.accountId)
  return access
}
