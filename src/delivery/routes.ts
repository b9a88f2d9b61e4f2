import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../deps.js'

/** Public unsubscribe and tracking endpoints. */
export function deliveryRoutes(_deps: Deps): FastifyPluginAsyncTypebox {
  return async (_app) => {}
}
