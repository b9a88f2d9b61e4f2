import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../../test/helpers/app.js'
import { memberOf } from '../../../test/helpers/factories.js'
import { expectStatus, newContact, newOwner } from '../../../test/helpers/sharing.js'

/** What the segment builder needs beyond the saved segments: a live count, and duplicates. */

const t = useTestApp()

async function ownerWithContacts() {
  const o = await newOwner(t, 'builder')
  for (const [email, firstName] of [
    ['ada@example.test', 'Ada'],
    ['alan@example.test', 'Alan'],
    ['grace@example.test', 'Grace'],
  ] as const) {
    await newContact(o.browser, o.base, { email, firstName, fields: { city: 'Paris' } })
  }
  return o
}

const startsWithA = { field: 'firstName', op: 'starts_with', value: 'a' }
const grace = { field: 'email', op: 'eq', value: 'grace@example.test' }

describe('the count of a filter not saved yet', () => {
  it('counts as the saved segment with the same filter does, all and any alike', async () => {
    const o = await ownerWithContacts()
    for (const [filter, expected] of [
      [{ all: [startsWithA, { field: 'city', op: 'eq', value: 'Paris' }] }, 2],
      [{ any: [startsWithA, grace] }, 3],
      [{ all: [startsWithA, grace] }, 0],
    ] as const) {
      const live = expectStatus(await o.browser.post(`${o.base}/segments/count`, { filter }), 200)
      expect(live).toEqual({ count: expected })
      const saved = expectStatus(
        await o.browser.post(`${o.base}/segments`, { name: JSON.stringify(filter), filter }),
        201,
      )
      const count = await o.browser.get(`${o.base}/segments/${saved.id}/count`)
      expect(expectStatus(count, 200)).toEqual(live)
    }
  })

  it('names the place of a bad condition (422), and needs segments.manage', async () => {
    const o = await ownerWithContacts()
    const bad = await o.browser.post(`${o.base}/segments/count`, {
      filter: { all: [{ field: 'nope', op: 'eq', value: 'x' }] },
    })
    expect(bad.status).toBe(422)
    expect(bad.body.error.field).toBe('filter.all[0].field')
    const nul = await o.browser.post(`${o.base}/segments/count`, {
      filter: { all: [{ field: 'firstName', op: 'eq', value: 'a\u0000b' }] },
    })
    expect(nul.status).toBeLessThan(500)
    // A Basic user sees groups but not contacts: counting filters would spell addresses out.
    const { browser: basic } = await memberOf(t.deps, t.app, o.accountId, { role: 'basic_user' })
    const refused = await basic.post(`${o.base}/segments/count`, { filter: { all: [grace] } })
    expect(refused.status).toBe(403)
    expect(refused.body.error.permission).toBe('segments.manage')
  })
})

describe('duplicating a segment (seed 004)', () => {
  it('copies the filter under "<name> (copy)" or a given name; the original is unchanged', async () => {
    const o = await ownerWithContacts()
    const original = expectStatus(
      await o.browser.post(`${o.base}/segments`, {
        name: 'A people',
        filter: { all: [startsWithA] },
      }),
      201,
    )
    const copy = expectStatus(
      await o.browser.post(`${o.base}/segments/${original.id}/duplicate`),
      201,
    )
    expect(copy).toMatchObject({ name: 'A people (copy)', filter: original.filter })
    expect(copy.id).not.toBe(original.id)
    const named = expectStatus(
      await o.browser.post(`${o.base}/segments/${original.id}/duplicate`, { name: 'Mine' }),
      201,
    )
    expect(named.name).toBe('Mine')
    // Editing the copy leaves the original alone.
    await o.browser.patch(`${o.base}/segments/${copy.id}`, { filter: { all: [grace] } })
    expect((await o.browser.get(`${o.base}/segments/${original.id}`)).body).toEqual(original)
    const names = (await o.browser.get(`${o.base}/segments`)).body.items.map((s: any) => s.name)
    expect(names.sort()).toEqual(['A people', 'A people (copy)', 'Mine'])
  })

  it('is 404 for a segment of another account and 403 without segments.manage', async () => {
    const o = await ownerWithContacts()
    const other = await newOwner(t, 'other')
    const original = expectStatus(
      await o.browser.post(`${o.base}/segments`, { name: 'Mine', filter: { all: [grace] } }),
      201,
    )
    const foreign = await other.browser.post(`${other.base}/segments/${original.id}/duplicate`)
    expect(foreign.status).toBe(404)
    const { browser: analyst } = await memberOf(t.deps, t.app, o.accountId, { role: 'analyst' })
    const refused = await analyst.post(`${o.base}/segments/${original.id}/duplicate`)
    expect(refused.status).toBe(403)
    expect((await o.browser.get(`${o.base}/segments`)).body.items).toHaveLength(1)
  })
})
