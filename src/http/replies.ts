import type { Readable } from 'node:stream'
import type { FastifyReply } from 'fastify'

/** Shown only in a sandboxed frame: no scripts, no same origin, no requests but images. */
export const PREVIEW_CSP = "sandbox; default-src 'none'; img-src * data:; style-src 'unsafe-inline'"

/**
 * Sends message HTML (a preview, a captured message) so that it can only be shown inside a
 * sandboxed iframe of the app, never run as a page of ours.
 */
export function sendSandboxedHtml(reply: FastifyReply, html: string) {
  return reply
    .type('text/html; charset=utf-8')
    .header('content-security-policy', PREVIEW_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'SAMEORIGIN')
    .header('cache-control', 'no-store')
    .send(html)
}

/** A streamed CSV download (contact exports, report exports); never cached. */
export function sendCsvDownload(reply: FastifyReply, stream: Readable, filename: string) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(stream)
}
