import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../deps.js'

/** Templates, template shares, senders and testers. */
export function contentRoutes(_deps: Deps): FastifyPluginAsyncTypebox {
  return async (_app) => {}
}
