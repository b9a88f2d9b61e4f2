/**
 * Writes the README route table from the app's OpenAPI document: method, path, what the route
 * needs (`x-permission`, and `x-account` where the account is not in the URL) and summary of every
 * /api/v1 operation, so the docs cannot drift from the routes. `--check` only reports whether the
 * README is stale.
 *
 *   npx tsx scripts/generate-route-table.ts [--check]
 */
import { pino } from 'pino'
import { loadConfig } from '../src/config.js'
import type { Deps } from '../src/deps.js'
import { buildApp } from '../src/http/app.js'

import { isEntryPoint, type ReadmeSection, replaceSection, writeSection } from './readme-section.js'

export const ROUTE_SECTION_START = '<!-- routes:start -->'
export const ROUTE_SECTION_END = '<!-- routes:end -->'

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

interface Operation {
  summary?: string
  'x-permission'?: string
  'x-account'?: string
}

export interface OpenApiDocument {
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ')
}

/** `public`, `user`, `operator` or the permission; with where its account comes from when not the URL. */
function needs(operation: Operation): string {
  const permission = operation['x-permission'] ?? ''
  const account = operation['x-account']
  return account ? `\`${permission}\` (account from ${account})` : `\`${permission}\``
}

/** One row per /api/v1 operation, in path order, then in the order of METHODS. */
export function renderRouteTable(document: OpenApiDocument): string {
  const rows: string[] = []
  for (const url of Object.keys(document.paths).sort()) {
    if (!url.startsWith('/api/v1')) continue
    for (const method of METHODS) {
      const operation = document.paths[url]?.[method]
      if (!operation) continue
      const summary = cell(operation.summary ?? '')
      rows.push(`| ${method.toUpperCase()} | \`${url}\` | ${needs(operation)} | ${summary} |`)
    }
  }
  return [
    '_Generated from the routes by `npx tsx scripts/generate-route-table.ts`; the OpenAPI ' +
      'document at `/api/openapi.json` has the rest. A permission applies in the account the ' +
      'path names unless the row says where else the account comes from._',
    '',
    '| Method | Path | Needs | Summary |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

export const ROUTE_SECTION: ReadmeSection = {
  name: 'route table',
  start: ROUTE_SECTION_START,
  end: ROUTE_SECTION_END,
  script: 'scripts/generate-route-table.ts',
}

/** The README with the text between the markers replaced; everything outside them is kept. */
export function replaceRouteSection(readme: string, section: string): string {
  return replaceSection(readme, ROUTE_SECTION, section)
}

/**
 * Deps that only building the routes sees: the document needs no database, mail or clock, and a
 * route that touched one while registering would fail here loudly.
 */
function documentOnlyDeps(): Deps {
  const unused = new Proxy(
    {},
    {
      get(_target, key) {
        throw new Error(`building the route table touched deps (${String(key)})`)
      },
    },
  )
  return {
    db: unused,
    dbKind: 'pglite',
    prepared: unused,
    config: loadConfig({ NODE_ENV: 'test', CHORUS_DATA_DIR: '/tmp/chorus-route-table' }),
    mailer: unused,
    sms: unused,
    dns: unused,
    clock: { now: () => new Date() },
    log: pino({ level: 'silent' }),
  } as unknown as Deps
}

/** The table of the app as the code declares it today. */
export async function currentRouteTable(): Promise<string> {
  const app = await buildApp(documentOnlyDeps())
  try {
    return renderRouteTable(app.swagger() as unknown as OpenApiDocument)
  } finally {
    await app.close()
  }
}

async function main(args: readonly string[]): Promise<void> {
  writeSection(ROUTE_SECTION, await currentRouteTable(), args)
}

if (isEntryPoint(import.meta.filename)) await main(process.argv.slice(2))
