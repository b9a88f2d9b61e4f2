import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../deps.js'

/** Inbound bounce, complaint and unsubscribe webhooks. */
export function inboundRoutes(_deps: Deps): FastifyPluginAsyncTypebox {
  return async (_app) => {}
}
