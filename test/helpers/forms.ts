import { solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import type { FastifyInstance } from 'fastify'
import { expect } from 'vitest'

/** What a browser with JavaScript sends: the solved proof-of-work challenge of the form. */
export async function solvedChallenge(app: FastifyInstance, formId: string) {
  const reply = await app.inject({ url: `/f/${formId}/challenge` })
  expect(reply.statusCode).toBe(200)
  const challenge = reply.json()
  const solution = await solveChallenge({ challenge, deriveKey })
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

/** The hosted page, and its hidden timestamp as the browser would post it back. */
export async function openFormPage(app: FastifyInstance, formId: string) {
  const page = await app.inject({ url: `/f/${formId}` })
  expect(page.statusCode).toBe(200)
  return { page, timestamp: /name="_ts" value="([^"]+)"/.exec(page.body)?.[1] as string }
}

/** Posts the hosted page's HTML form; `fields` may repeat a name, as checkboxes do. */
export function postForm(
  app: FastifyInstance,
  formId: string,
  fields: Record<string, string> | Array<[string, string]>,
  ip = '203.0.113.7',
) {
  return app.inject({
    method: 'POST',
    url: `/f/${formId}`,
    remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  })
}
