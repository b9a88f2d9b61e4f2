import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedHook {
  path: string
  headers: Record<string, string>
  body: string
}

export interface Answer {
  status: number
  headers?: Record<string, string>
  body?: string
}

export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  received: ReceivedHook[]
  /** Answers given in turn; when they run out, `fallback` (200 by default). */
  answers: Answer[]
  fallback: Answer
  close(): Promise<void>
}

/** A webhook endpoint on loopback that records what it gets and answers what a test scripts. */
export async function startWebhookReceiver(answers: Answer[] = []): Promise<WebhookReceiver> {
  const receiver: Omit<WebhookReceiver, 'url' | 'port' | 'close'> = {
    received: [],
    answers: [...answers],
    fallback: { status: 200, body: 'ok' },
  }
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(request.headers)) headers[name] = String(value)
      receiver.received.push({
        path: request.url ?? '/',
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
      })
      const answer = receiver.answers.shift() ?? receiver.fallback
      response.writeHead(answer.status, answer.headers ?? {})
      response.end(answer.body ?? '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  })
}
