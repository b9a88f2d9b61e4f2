import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { OutgoingSms } from '../../src/delivery/sms.js'

export interface SmsGateway {
  /** What SMS_GATEWAY_URL is set to. */
  url: string
  /** Every message the gateway accepted, parsed, in the order it arrived. */
  messages: OutgoingSms[]
  /** Every message the gateway refused (while failing), parsed, with the status it answered. */
  refused: { status: number; message: OutgoingSms }[]
  /** Answers every post with this status from now on (a gateway that is down); undefined heals it. */
  failWith(status: number | undefined): void
  close(): Promise<void>
}

/**
 * A real HTTP SMS gateway on loopback, on a free port, as src/delivery/sms.ts expects one: a JSON
 * `POST {to, from, body}` answered 202. A message is recorded as accepted or as refused, so a
 * test can tell "refused" from "never sent".
 */
export async function startSmsGateway(): Promise<SmsGateway> {
  const messages: OutgoingSms[] = []
  const refused: SmsGateway['refused'] = []
  let failure: number | undefined
  const server = createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      body += chunk
    })
    request.on('end', () => {
      const message = JSON.parse(body) as OutgoingSms
      if (failure !== undefined) {
        refused.push({ status: failure, message })
        response.writeHead(failure).end('{"error":"unavailable"}')
        return
      }
      messages.push(message)
      response.writeHead(202, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/sms`,
    messages,
    refused,
    failWith(status) {
      failure = status
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * What the gateway does when a contact texts back: posts the answer to Chorus's SMS endpoint
 * over HTTP (`chorusUrl` is the server's address), with the shared secret.
 */
export async function postSmsAnswer(
  chorusUrl: string,
  secret: string,
  answer: { id: string; from: string; to: string; text: string },
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${chorusUrl}/api/v1/delivery/sms`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify(answer),
  })
  return { status: response.status, body: await response.json() }
}
