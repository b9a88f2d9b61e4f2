import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  API_TYPES_PATH,
  OPENAPI_PATH,
  openApiDocument,
  renderApiTypes,
  renderDocument,
} from '../scripts/openapi-document.js'

describe("the web app's API types", () => {
  it('are made from the document the server serves (run `npm run api-types` after changing a route)', async () => {
    const served = renderDocument(await openApiDocument())
    expect(fs.readFileSync(OPENAPI_PATH, 'utf8') === served, 'web/openapi.json is stale').toBe(true)
    const types = await renderApiTypes(JSON.parse(served))
    expect(fs.readFileSync(API_TYPES_PATH, 'utf8') === types, 'schema.d.ts is stale').toBe(true)
  })
})
