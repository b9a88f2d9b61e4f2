import type { FastifyInstance, RouteOptions } from 'fastify'
import { type AccountPermission, isAccountPermission } from '../access/service.js'

/**
 * What a route needs, declared in the route itself. `public`: anyone; `user`: a signed-in user,
 * acting on their own things; `operator`: a signed-in operator of the installation (SPEC §3);
 * `{ permission }`: a permission in the account named by the URL (`account.access`: any path to
 * the account at all).
 */
export type RouteAccess = 'public' | 'user' | 'operator' | { permission: AccountPermission }

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess
  }
}

/** What the OpenAPI document shows as an operation's `x-permission`. */
export function describeAccess(access: RouteAccess): string {
  return typeof access === 'object' ? access.permission : access
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
  if (!scoped)
    throw new RouteDeclarationError(`route ${where} declares a permission but names no account`)
  if (!isAccountPermission(access.permission)) {
    throw new RouteDeclarationError(
      `route ${where} declares ${access.permission}, which is not in the catalog`,
    )
  }
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
