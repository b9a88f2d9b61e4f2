import type { Mapping } from './queries'

const SAMPLE_VALUES: Record<string, string> = {
  email: 'ada@example.com',
  phone: '+14155550123',
  firstName: 'Ada',
  lastName: 'Lovelace',
}

/** Sets `value` at a dotted path of `target`, making the objects on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const segments = path.split('.')
  let node = target
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment]
    node[segment] = typeof next === 'object' && next !== null ? next : {}
    node = node[segment] as Record<string, unknown>
  }
  node[segments.at(-1) ?? path] = value
}

/** A document that fills every mapped key: what the other system is expected to post. */
export function sampleDocument(mapping: Mapping): Record<string, unknown> {
  const document: Record<string, unknown> = {}
  for (const { from, to } of mapping.fields) {
    setPath(document, from, SAMPLE_VALUES[to] ?? 'example')
  }
  if (mapping.eventNamePath) setPath(document, mapping.eventNamePath, 'order_placed')
  if (mapping.keyPath) setPath(document, mapping.keyPath, '1001')
  return document
}

/** A `curl` command that posts the sample document to the endpoint's secret URL. */
export function sampleCurl(url: string, mapping: Mapping): string {
  const body = JSON.stringify(sampleDocument(mapping)).replaceAll("'", "'\\''")
  return `curl -X POST '${url}' \\\n  -H 'Content-Type: application/json' \\\n  -d '${body}'`
}
