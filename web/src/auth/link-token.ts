/**
 * The token of a link mailed by Chorus. It travels in the fragment (`#token=…`), which browsers
 * never send to a server, so it stays out of logs and Referer headers.
 */
export function tokenFromFragment(): string | null {
  const params = new URLSearchParams(window.location.hash.slice(1))
  return params.get('token')
}
