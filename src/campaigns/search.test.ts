import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/app.js'
import { type Brand, draft, expectStatus, newBrand } from '../../test/helpers/campaigns.js'

let t: TestApp
let b: Brand

beforeAll(async () => {
  t = await createTestApp()
  b = await newBrand(t, 'searchco', [])
  for (const name of ['Spring sale', 'Summer SALE 2026', 'Newsletter', '100% off_day']) {
    await draft(b.browser, b, { name })
  }
})

afterAll(async () => {
  await t?.close()
})

async function search(query: string): Promise<string[]> {
  const reply = await b.browser.get(`${b.base}/campaigns?${query}`)
  return expectStatus(reply, 200).items.map((c: { name: string }) => c.name)
}

describe('campaign search', () => {
  it('?q= finds campaigns whose name contains the text, in any case', async () => {
    expect(await search('q=sale')).toEqual(['Summer SALE 2026', 'Spring sale'])
    expect(await search('q=NEWS')).toEqual(['Newsletter'])
    expect(await search('q=winter')).toEqual([])
  })

  it('takes % and _ as the characters they are, not as wildcards', async () => {
    expect(await search(`q=${encodeURIComponent('%')}`)).toEqual(['100% off_day'])
    expect(await search('q=f_d')).toEqual(['100% off_day'])
    expect(await search('q=r_s')).toEqual([])
  })

  it('combines with the status filter', async () => {
    expect(await search('q=sale&status=draft')).toHaveLength(2)
    expect(await search('q=sale&status=sent')).toEqual([])
  })

  it('refuses a query parameter the route does not take, naming it', async () => {
    const reply = await b.browser.get(`${b.base}/campaigns?name=sale`)
    expect(reply.status).toBe(422)
    expect(reply.body.error).toMatchObject({ code: 'validation_failed', field: 'name' })
  })
})
