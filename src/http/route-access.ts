import type { FastifyInstance, RouteOptions } from 'fastify'
import { isPermission, type Permission } from '../access/catalog.js'
import { type AccountPermission, isAccountPermission } from '../access/service.js'
import type { Deps } from '../deps.js'

/**
 * The account of a resource named in the URL (a connection, a team), for the caller `userId`:
 * undefined when there is no such resource. `party`: the caller is the resource's other side (the
 * connected user), who may learn it exists even without a path to its account. `params`: the
 * request's path parameters, for a resource whose account depends on more than its id (the team
 * member a request names).
 */
export type ResourceAccountLoader = (
  deps: Deps,
  id: string,
  userId: string,
  params: Readonly<Record<string, unknown>>,
) => Promise<{ accountId: string; party: boolean } | undefined>

/**
 * Where a route whose URL does not start with the account finds it, so that the gate decides for
 * it as for URL-scoped routes (404, 403, 2FA):
 * - a field of the body, query or path. `when`: only requests whose body field has this value act
 *   in an account; the others are the caller's own (as `user`). `unreachable: 'invalid_field'`:
 *   an account the caller cannot reach is a 422 on the field rather than a 404 (the field names
 *   an account to act with, not the resource acted on).
 * - a resource named by a path parameter, whose account `load` finds. Without a path to that
 *   account the caller gets the resource's 404 (or 403 when they are its other side);
 *   `partyActsAsUser`: the other side acts on their own behalf (as `user`, e.g. leaving).
 */
export type AccountSource =
  | {
      from: 'body' | 'query' | 'params'
      field: string
      when?: { field: string; equals: string }
      unreachable?: 'invalid_field'
    }
  | {
      from: 'resource'
      resource: string
      param: string
      load: ResourceAccountLoader
      partyActsAsUser?: boolean
    }

/**
 * What a route needs, declared in the route itself. `public`: anyone; `user`: a signed-in user,
 * acting on their own things; `operator`: a signed-in operator of the installation (SPEC §3);
 * `{ permission }`: a permission in the account named by the URL (`account.access`: any path to
 * the account at all), or, with `account`, in the account found where it says. `orHolders`: the
 * route also opens to holders of these (URL-scoped routes only), to whom the service shows only
 * what a policy lets them see (an approver, the programs waiting for them); a caller holding none
 * is refused naming `permission`.
 */
export type RouteAccess =
  | 'public'
  | 'user'
  | 'operator'
  | { permission: AccountPermission; account?: AccountSource; orHolders?: readonly Permission[] }

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess
  }
}

/** What the OpenAPI document shows as an operation's `x-permission`. */
export function describeAccess(access: RouteAccess): string {
  if (typeof access !== 'object') return access
  return [access.permission, ...(access.orHolders ?? [])].join(' or ')
}

/** The permission the gate checks for a caller holding `held`: the route's, else one it also opens to. */
export function gatePermission(
  access: { permission: AccountPermission; orHolders?: readonly Permission[] },
  held: ReadonlySet<Permission>,
): AccountPermission {
  const other = access.orHolders?.find((permission) => held.has(permission))
  return other && !held.has(access.permission as Permission) ? other : access.permission
}

/** Where the account comes from, for the docs (`x-account`); undefined on URL-scoped routes. */
export function describeAccountSource(access: RouteAccess): string | undefined {
  const source = typeof access === 'object' ? access.account : undefined
  if (source === undefined) return undefined
  if (source.from === 'resource') {
    return `the ${source.resource}${source.partyActsAsUser ? '; its other side acts as user' : ''}`
  }
  const when = source.when ? ` when ${source.when.field} is ${source.when.equals}` : ''
  return `${source.from} ${source.field}${when}`
}

export const ACCOUNT_SCOPE_PREFIX = '/api/v1/accounts/:accountId'

export class RouteDeclarationError extends Error {}

/** Deny by default: a route under /api/v1 that declares no access stops the server from booting. */
export function checkRouteDeclaration(route: RouteOptions): void {
  if (!route.url.startsWith('/api/v1')) return
  const access = route.config?.access
  const where = `${String(route.method)} ${route.url}`
  if (access === undefined) {
    throw new RouteDeclarationError(`route ${where} declares no access; every /api/v1 route must`)
  }
  const scoped = route.url.startsWith(ACCOUNT_SCOPE_PREFIX)
  if (scoped && (typeof access !== 'object' || !access.permission)) {
    throw new RouteDeclarationError(
      `account-scoped route ${where} must declare the permission it needs`,
    )
  }
  if (typeof access !== 'object') return
  if (scoped && access.account)
    throw new RouteDeclarationError(`route ${where} has its account in the URL; it names another`)
  if (!scoped && !access.account)
    throw new RouteDeclarationError(`route ${where} declares a permission but names no account`)
  if (access.account && !sourceNamesAField(access.account, route.url)) {
    throw new RouteDeclarationError(`route ${where} names its account where the request has none`)
  }
  if (access.orHolders && (!scoped || !access.orHolders.every(isPermission))) {
    throw new RouteDeclarationError(
      `route ${where} opens to others than its URL account's holders of catalog permissions`,
    )
  }
  if (!isAccountPermission(access.permission)) {
    throw new RouteDeclarationError(
      `route ${where} declares ${access.permission}, which is not in the catalog`,
    )
  }
}

/** A path source must name a parameter of the URL; every source must name a field. */
function sourceNamesAField(source: AccountSource, url: string): boolean {
  const field = source.from === 'resource' ? source.param : source.field
  if (!field) return false
  if (source.from === 'resource' || source.from === 'params') return url.includes(`:${field}`)
  return true
}

export interface DeclaredRoute {
  method: string
  url: string
  access: RouteAccess
  hasBody: boolean
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api/v1 route with what it declared: the route table the access tests are built from. */
    declaredRoutes: DeclaredRoute[]
  }
}

export function enforceRouteDeclarations(app: FastifyInstance): void {
  const routes: DeclaredRoute[] = []
  app.decorate('declaredRoutes', routes)
  app.addHook('onRoute', (route) => {
    checkRouteDeclaration(route)
    const access = route.config?.access
    if (!route.url.startsWith('/api/v1') || access === undefined) return
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue
      routes.push({ method, url: route.url, access, hasBody: Boolean(route.schema?.body) })
    }
  })
}
