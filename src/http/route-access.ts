import type { FastifyInstance, RouteOptions } from 'fastify'

/**
 * What a route needs, declared in the route itself. `public`: anyone; `user`: a signed-in user,
 * acting on their own things; `{ permission }`: a permission in the account named by the URL.
 */
export type RouteAccess = 'public' | 'user' | { permission: string }

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess
  }
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
  if (
    route.url.startsWith(ACCOUNT_SCOPE_PREFIX) &&
    (typeof access !== 'object' || !access.permission)
  ) {
    throw new RouteDeclarationError(
      `account-scoped route ${where} must declare the permission it needs`,
    )
  }
}

export function enforceRouteDeclarations(app: FastifyInstance): void {
  app.addHook('onRoute', checkRouteDeclaration)
}
