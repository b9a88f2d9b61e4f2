import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { escapeHtml } from '../html.js'
import * as engagement from './engagement.js'
import {
  LinkNotValidPage,
  LinkRedirect,
  TrackingPixel,
  UnsubscribedPage,
  UnsubscribePage,
} from './schemas.js'

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) })
const LinkParams = Type.Object({
  token: Type.String({ maxLength: 100 }),
  position: Type.Integer({ minimum: 0, maximum: 10_000 }),
})

const PAGE_CSP = "default-src 'none'; form-action 'self'; style-src 'unsafe-inline'"
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

function page(title: string, body: string) {
  return `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><main style="font-family:sans-serif;max-width:32rem;margin:4rem auto">${body}</main>`
}

const NOT_VALID = page('Link not valid', '<p>This link is not valid.</p>')

/**
 * The public pages a message links to: unsubscribe (a page with a button, and the RFC 8058
 * one-click POST that mail clients send), the open pixel and click redirects.
 */
export function deliveryRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    // One-click unsubscribe posts `List-Unsubscribe=One-Click` form-encoded; nothing in it matters.
    app.addContentTypeParser(
      ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'],
      { parseAs: 'string', bodyLimit: 4096 },
      (_request, _body, done) => done(null, {}),
    )
    const publicPage = (response: object) => ({
      config: { access: 'public' as const },
      schema: { hide: true, params: TokenParams, response },
    })

    app.get(
      '/u/:token',
      publicPage({ 200: UnsubscribePage, 404: LinkNotValidPage }),
      async (request, reply) => {
        const name = await engagement.campaignNameFor(deps, request.params.token)
        // A button, not an unsubscribe on GET: mail scanners follow links.
        return reply
          .status(name === undefined ? 404 : 200)
          .type('text/html')
          .header('content-security-policy', PAGE_CSP)
          .header('referrer-policy', 'no-referrer')
          .send(
            name === undefined
              ? NOT_VALID
              : page(
                  'Unsubscribe',
                  `<p>Stop receiving messages like “${escapeHtml(name)}” from this sender?</p><form method="post"><button type="submit">Unsubscribe</button></form>`,
                ),
          )
      },
    )

    app.post(
      '/u/:token',
      publicPage({ 200: UnsubscribedPage, 404: LinkNotValidPage }),
      async (request, reply) => {
        const done = await engagement.unsubscribe(deps, request.params.token)
        return reply
          .status(done ? 200 : 404)
          .type('text/html')
          .header('content-security-policy', PAGE_CSP)
          .send(
            done
              ? page(
                  'Unsubscribed',
                  '<p>You are unsubscribed: this sender will not write to you again.</p>',
                )
              : NOT_VALID,
          )
      },
    )

    app.get('/t/o/:token', publicPage({ 200: TrackingPixel }), async (request, reply) => {
      await engagement.recordOpen(deps, request.params.token)
      return reply.type('image/gif').header('cache-control', 'no-store').send(PIXEL)
    })

    app.get(
      '/t/c/:token/:position',
      {
        config: { access: 'public' },
        schema: {
          hide: true,
          params: LinkParams,
          response: { 302: LinkRedirect, 404: LinkNotValidPage },
        },
      },
      async (request, reply) => {
        const url = await engagement.recordClick(
          deps,
          request.params.token,
          request.params.position,
        )
        if (!url) return reply.status(404).type('text/html').send(NOT_VALID)
        return reply.redirect(url, 302)
      },
    )
  }
}
