import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../deps.js'

/** Credit balances, top-ups and the ledger. */
export function creditRoutes(_deps: Deps): FastifyPluginAsyncTypebox {
  return async (_app) => {}
}
