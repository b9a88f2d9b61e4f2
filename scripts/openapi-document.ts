// Writes web/openapi.json, the OpenAPI document the server serves at /api/openapi.json, from which
// the web app's API types are generated (`npm run api-types`; a test fails while either is stale).
import fs from 'node:fs'
import path from 'node:path'
import { loadConfig } from '../src/config.js'
import { openPglite } from '../src/db/database.js'
import { buildApp } from '../src/http/app.js'
import { createDeps } from '../src/server.js'

export const OPENAPI_PATH = path.resolve(import.meta.dirname, '..', 'web/openapi.json')

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

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(OPENAPI_PATH, renderDocument(await openApiDocument()))
  console.log(`wrote ${path.relative(process.cwd(), OPENAPI_PATH)}`)
}
