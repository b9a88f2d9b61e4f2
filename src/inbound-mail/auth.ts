import { Resolver } from 'node:dns/promises'
import { authenticate, type DNSResolver } from 'mailauth'
import type { Config } from '../config.js'

/**
 * SPF, DKIM and DMARC of inbound mail, checked by mailauth and kept with the message so the inbox
 * can show how far its sender is proven. A verdict informs; it refuses nothing (a reply from a
 * small domain with no SPF record is still a reply).
 */

export type AuthResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | string

export interface AuthVerdicts {
  spf: AuthResult
  dkim: AuthResult
  dmarc: AuthResult
}

/** Where mailauth asks DNS: the configured servers (CHORUS_DNS_SERVERS) or the system's. */
export function mailResolverFor(config: Pick<Config, 'dnsServers'>): DNSResolver {
  const resolver = new Resolver({ timeout: 5_000, tries: 2 })
  if (config.dnsServers.length > 0) resolver.setServers(config.dnsServers)
  return (name, type) => resolver.resolve(name, type) as Promise<string[][] | string[]>
}

export interface Connection {
  /** The connecting client's address. */
  ip: string
  helo: string
  /** MAIL FROM; empty for bounces. */
  sender: string
  /** This server's name in the verdicts (the inbound domain). */
  mta: string
}

export async function checkAuthentication(
  raw: Buffer,
  connection: Connection,
  resolver: DNSResolver,
): Promise<AuthVerdicts> {
  try {
    const result = await authenticate(raw, {
      ...connection,
      resolver,
      disableArc: true,
      disableBimi: true,
    })
    const signatures = result.dkim.results ?? []
    const dkim =
      signatures.find((s) => s.status.result === 'pass')?.status.result ??
      signatures[0]?.status.result ??
      'none'
    return {
      spf: result.spf ? result.spf.status.result : 'none',
      dkim,
      dmarc: result.dmarc ? result.dmarc.status.result : 'none',
    }
  } catch {
    // A lookup that failed says nothing about the sender: the message is kept, unproven.
    return { spf: 'temperror', dkim: 'temperror', dmarc: 'temperror' }
  }
}
