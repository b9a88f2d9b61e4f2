import dgram from 'node:dgram'
import type { AddressInfo } from 'node:net'

/**
 * A DNS server on loopback (UDP) that answers TXT questions from `zone` (name → records) and
 * NXDOMAIN for every other name: enough for sender-domain checks through CHORUS_DNS_SERVERS.
 * No DNS library is installed, so the few packet fields it needs are written by hand (RFC 1035 §4).
 */
export interface DnsServer {
  /** `127.0.0.1:port`, as CHORUS_DNS_SERVERS takes it. */
  address: string
  zone: Map<string, string[]>
  /** Questions asked so far, lower-cased names. */
  asked: string[]
  close(): Promise<void>
}

const TYPE_TXT = 16
const CLASS_IN = 1

/** The question's name and where the name ends (just before QTYPE). */
function readName(packet: Buffer, at: number): { name: string; end: number } {
  const labels: string[] = []
  let offset = at
  for (let length = packet[offset] ?? 0; length > 0; length = packet[offset] ?? 0) {
    labels.push(packet.toString('latin1', offset + 1, offset + 1 + length))
    offset += 1 + length
  }
  return { name: labels.join('.').toLowerCase(), end: offset + 1 }
}

/** A TXT record's data: character-strings of at most 255 bytes each. */
function txtData(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf8')
  const parts: Buffer[] = []
  for (let i = 0; i === 0 || i < bytes.length; i += 255) {
    const chunk = bytes.subarray(i, i + 255)
    parts.push(Buffer.from([chunk.length]), chunk)
  }
  return Buffer.concat(parts)
}

function answer(query: Buffer, zone: Map<string, string[]>, asked: string[]): Buffer {
  const { name, end } = readName(query, 12)
  asked.push(name)
  const type = query.readUInt16BE(end)
  const question = query.subarray(12, end + 4)
  const records = zone.get(name)
  const answers = type === TYPE_TXT && records ? records : []
  const header = Buffer.alloc(12)
  query.copy(header, 0, 0, 2) // the id
  const rd = (query[2] ?? 0) & 0x01
  header[2] = 0x84 | rd // a response, authoritative, recursion desired echoed
  header[3] = records ? 0x00 : 0x03 // NOERROR or NXDOMAIN
  header.writeUInt16BE(1, 4)
  header.writeUInt16BE(answers.length, 6)
  const rrs = answers.map((value) => {
    const data = txtData(value)
    const fixed = Buffer.alloc(12)
    fixed.writeUInt16BE(0xc00c, 0) // the name: a pointer to the question's
    fixed.writeUInt16BE(TYPE_TXT, 2)
    fixed.writeUInt16BE(CLASS_IN, 4)
    fixed.writeUInt32BE(60, 6)
    fixed.writeUInt16BE(data.length, 10)
    return Buffer.concat([fixed, data])
  })
  return Buffer.concat([header, question, ...rrs])
}

export async function startDnsServer(zone = new Map<string, string[]>()): Promise<DnsServer> {
  const socket = dgram.createSocket('udp4')
  const asked: string[] = []
  socket.on('message', (query, peer) => {
    try {
      socket.send(answer(query, zone, asked), peer.port, peer.address)
    } catch {
      // A packet the test never sends: no answer, the resolver times out.
    }
  })
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  const { port } = socket.address() as AddressInfo
  return {
    address: `127.0.0.1:${port}`,
    zone,
    asked,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  }
}

/** Anything that posts to the API (the in-process Browser or a real server's client). */
interface Poster {
  post(url: string, body?: unknown): Promise<{ status: number; body: any }>
}

/**
 * Adds `domain` to the account, publishes its records on `server` and verifies it: the
 * account's addresses at the domain are verified senders from then on.
 */
export async function publishAndVerifyDomain(
  client: Poster,
  accountId: string,
  server: DnsServer,
  domain: string,
) {
  const base = `/api/v1/accounts/${accountId}/domains`
  const added = await client.post(base, { domain })
  if (added.status !== 201) throw new Error(`adding ${domain}: ${JSON.stringify(added.body)}`)
  for (const record of added.body.records as Array<{ name: string; value: string }>) {
    server.zone.set(record.name, [record.value])
  }
  const checked = await client.post(`${base}/${added.body.id}/verify`)
  if (!checked.body.verified)
    throw new Error(`${domain} not verified: ${JSON.stringify(checked.body)}`)
  return checked.body
}
