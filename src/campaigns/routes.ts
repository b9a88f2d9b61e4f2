import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../deps.js'

/** Campaigns, approval and reports. */
export function campaignRoutes(_deps: Deps): FastifyPluginAsyncTypebox {
  return async (_app) => {}
}
