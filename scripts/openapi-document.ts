// Writes web/openapi.json, the OpenAPI document the server serves at /api/openapi.json, and the
// web app's API types made from it, web/src/api/schema.d.ts (`npm run api-types`; a test fails
// while either is stale).
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { loadConfig } from '../src/config.js'
import { openPglite } from '../src/db/database.js'
import { buildApp } from '../src/http/app.js'
import { createDeps } from '../src/server.js'

const root = path.resolve(import.meta.dirname, '..')
export const OPENAPI_PATH = path.join(root, 'web/openapi.json')
export const API_TYPES_PATH = path.join(root, 'web/src/api/schema.d.ts')

/** The document as the app builds it (no request reaches the database). */
export async function openApiDocument(): Promise<object> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    CHORUS_DATA_DIR: '/tmp/chorus-openapi',
  })
  const database = await openPglite(undefined)
  const app = await buildApp(createDeps(config, database))
  try {
    return app.swagger() as object
  } finally {
    await app.close()
    await database.close()
  }
}

export function renderDocument(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`
}

/** openapi-typescript as the web workspace has it (it needs TypeScript 5; the server uses 7). */
export async function renderApiTypes(document: object): Promise<string> {
  const require = createRequire(path.join(root, 'web/package.json'))
  const { default: openapiTS, astToString } = await import(require.resolve('openapi-typescript'))
  const header =
    '// Generated from /api/openapi.json by scripts/openapi-document.ts; do not edit.\n'
  return header + astToString(await openapiTS(document))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const document = renderDocument(await openApiDocument())
  fs.writeFileSync(OPENAPI_PATH, document)
  fs.writeFileSync(API_TYPES_PATH, await renderApiTypes(JSON.parse(document)))
  console.log(
    `wrote ${path.relative(process.cwd(), OPENAPI_PATH)} and ${path.relative(process.cwd(), API_TYPES_PATH)}`,
  )
}
