import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

/** Where `npm run build` puts the web application (web/dist), from src/http or dist/http alike. */
export const WEB_DIST = path.resolve(import.meta.dirname, '..', '..', 'web', 'dist')

/**
 * No inline script and nothing from elsewhere but images over HTTPS. Styles may be inline: Mantine
 * writes its CSS variables in a style element at run time. The preview of an unsaved template is
 * a sandboxed srcdoc frame, which lives under this policy: an email's images are on the sender's
 * servers, so images may come from any HTTPS address (an image runs no code).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const NOT_BUILT =
  '<!doctype html><title>Chorus</title><h1>Chorus</h1><p>The web application is not built: run ' +
  '<code>npm run build</code>. The API is at <a href="/api/docs">/api/docs</a>.</p>'

function isAppPage(request: FastifyRequest): boolean {
  const url = request.url.split('?')[0] ?? ''
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !url.startsWith('/api/') &&
    url !== '/api' &&
    !url.startsWith('/assets/')
  )
}

/**
 * Serves the web application: hashed assets under /assets for a year (their names change with
 * their content), and index.html, never cached, for every other page so client routes load.
 * Answers whether it took the request (the not-found handler gives it every unknown path).
 */
export async function serveWebApp(
  app: FastifyInstance,
): Promise<(request: FastifyRequest, reply: FastifyReply) => boolean> {
  const built = fs.existsSync(path.join(WEB_DIST, 'index.html'))
  if (built) {
    await app.register(fastifyStatic, {
      root: path.join(WEB_DIST, 'assets'),
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      preCompressed: true,
      index: false,
    })
    for (const file of fs.readdirSync(WEB_DIST)) {
      if (file === 'index.html' || !/\.(svg|ico|png|txt|webmanifest)$/.test(file)) continue
      app.get(`/${file}`, { schema: { hide: true } }, (_request, reply) =>
        reply.sendFile(file, WEB_DIST, { maxAge: '1d', immutable: false }),
      )
    }
  }
  return (request, reply) => {
    if (!isAppPage(request)) return false
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY)
    reply.header('x-content-type-options', 'nosniff')
    reply.header('referrer-policy', 'same-origin')
    reply.header('cache-control', 'no-cache')
    if (!built) {
      void reply.type('text/html').send(NOT_BUILT)
    } else {
      void reply.sendFile('index.html', WEB_DIST, { cacheControl: false })
    }
    return true
  }
}
