import dns, { type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns'
import { BlockList, isIP } from 'node:net'

/**
 * SSRF guard for webhook deliveries: an endpoint may not reach the installation's own network
 * (loopback, private, link-local, CGNAT, unique-local IPv6, IPv4-mapped, NAT64, 6to4 and Teredo
 * IPv6, cloud metadata)
 * unless CHORUS_ALLOW_PRIVATE_WEBHOOKS=1. The check runs on the addresses the socket is about to
 * connect to (the `lookup` the socket calls), so a name that resolves to a public address when
 * the webhook is saved and to 127.0.0.1 at delivery (DNS rebinding) is still refused.
 */

// Two lists: one BlockList holding an IPv4-mapped IPv6 range would match every IPv4 address.
const blockedV4 = new BlockList()
const blockedV6 = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, 169.254.169.254 metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blockedV4.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['::ffff:0:0', 96], // IPv4-mapped
  ['64:ff9b::', 96], // NAT64 (may lead to a private IPv4)
  ['100::', 64], // discard
  ['2001::', 32], // Teredo (tunnels to an IPv4 address the relay reaches)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4 (embeds an IPv4 address, private ones included)
  ['fc00::', 7], // unique-local, fd00:ec2::254 metadata
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  blockedV6.addSubnet(network, prefix, 'ipv6')
}

/** True when an IP address is in a range a webhook may not reach without the setting. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return true
  return family === 4 ? blockedV4.check(address, 'ipv4') : blockedV6.check(address, 'ipv6')
}

export class RefusedAddress extends Error {
  constructor(address: string, host: string) {
    super(
      host === address
        ? `refused: ${address} is a private or reserved address`
        : `refused: ${host} resolves to ${address}, a private or reserved address`,
    )
    this.name = 'RefusedAddress'
  }
}

/** The host of a URL as the socket sees it (IPv6 literals lose their brackets). */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1')
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void

/**
 * A `lookup` for http(s).request / net.connect that resolves as usual and refuses when any
 * address the name has is private (a name with one public and one private address is refused:
 * the socket may try either).
 */
export function guardedLookup(
  hostname: string,
  options: LookupOptions,
  callback: LookupCallback,
): void {
  const all: LookupAllOptions = { ...options, all: true }
  dns.lookup(hostname, all, (error, addresses) => {
    if (error) return callback(error, [])
    const refused = addresses.find((entry) => isPrivateAddress(entry.address))
    if (refused) return callback(new RefusedAddress(refused.address, hostname), [])
    if (options.all) return callback(null, addresses)
    const [first] = addresses
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`)), [])
    callback(null, first.address, first.family)
  })
}
