import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../deps.js'

/** Sender domains with DKIM keys. */
export function domainRoutes(_deps: Deps): FastifyPluginAsyncTypebox {
  return async (_app) => {}
}
