import http from 'node:http'
import https from 'node:https'
import { isIP } from 'node:net'
import { guardedLookup, hostOf, isPrivateAddress, RefusedAddress } from './address-guard.js'

/**
 * One HTTP POST of a webhook: no redirects followed (a 3xx is an answer, hence a failure), no
 * connection reuse, a deadline over the whole exchange, and at most EXCERPT_BYTES of the answer
 * read: the rest is never downloaded. The excerpt is data to show as text, never rendered.
 */

export const TIMEOUT_MS = 15_000
export const EXCERPT_BYTES = 1024

export interface PostOutcome {
  /** The status the receiver answered; null when there was no answer (refused, timeout, reset). */
  httpStatus: number | null
  responseExcerpt: string | null
  retryAfter: string | null
  error: string | null
  durationMs: number
}

export interface PostRequest {
  url: string
  headers: Record<string, string>
  body: string
  allowPrivate: boolean
  timeoutMs?: number
}

export function postWebhook(request: PostRequest): Promise<PostOutcome> {
  const started = Date.now()
  const outcome = (answer: Omit<PostOutcome, 'durationMs'>): PostOutcome => ({
    ...answer,
    durationMs: Date.now() - started,
  })
  const failure = (error: string) =>
    outcome({ httpStatus: null, responseExcerpt: null, retryAfter: null, error })
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return Promise.resolve(failure('the URL is not valid'))
  }
  // Plain http only where private webhooks are allowed: one saved while they were is refused after.
  if (url.protocol !== 'https:' && !(request.allowPrivate && url.protocol === 'http:')) {
    return Promise.resolve(failure('only https URLs are delivered'))
  }
  const host = hostOf(url)
  // A literal address is never looked up, so it is checked here (it cannot change before connect).
  if (!request.allowPrivate && isIP(host) !== 0 && isPrivateAddress(host)) {
    return Promise.resolve(failure(new RefusedAddress(host, host).message))
  }
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    let settled = false
    const settle = (value: PostOutcome) => {
      if (settled) return
      settled = true
      clearTimeout(deadline)
      resolve(value)
    }
    const req = client.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          ...request.headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(request.body),
          'user-agent': 'Chorus-Webhooks/1',
        },
        ...(request.allowPrivate ? {} : { lookup: guardedLookup }),
      },
      (res) => {
        const chunks: Buffer[] = []
        let size = 0
        const done = () => {
          const excerpt = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8')
          res.destroy()
          settle(
            outcome({
              httpStatus: res.statusCode ?? null,
              responseExcerpt: excerpt.replace(/\uFFFD+$/, ''),
              retryAfter: String(res.headers['retry-after'] ?? '') || null,
              error: null,
            }),
          )
        }
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk)
          size += chunk.length
          if (size >= EXCERPT_BYTES) done()
        })
        res.on('end', done)
        res.on('error', done)
      },
    )
    const deadline = setTimeout(() => {
      req.destroy()
      settle(failure(`no answer within ${Math.round((request.timeoutMs ?? TIMEOUT_MS) / 1000)} s`))
    }, request.timeoutMs ?? TIMEOUT_MS)
    req.on('error', (error) =>
      settle(failure(error instanceof RefusedAddress ? error.message : describe(error))),
    )
    req.end(request.body)
  })
}

function describe(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOTFOUND') return 'the host name does not resolve'
  if (error.code === 'ECONNREFUSED') return 'the connection was refused'
  return error.message || String(error.code)
}
