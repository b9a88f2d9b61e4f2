import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../test/helpers/app.js'
import { memberOf } from '../../test/helpers/factories.js'
import { newOwner } from '../../test/helpers/sharing.js'

const t = useTestApp()

describe("the account's time zone (programs' dated triggers and waits)", () => {
  it('starts as UTC and is set to an IANA zone, stored under its canonical name', async () => {
    const o = await newOwner(t, 'owner')
    const url = `/api/v1/accounts/${o.accountId}`
    expect((await o.browser.get(url)).body.account.timeZone).toBe('UTC')

    const set = await o.browser.patch(url, { timeZone: 'europe/paris' })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    expect(set.body.timeZone).toBe('Europe/Paris')
    expect((await o.browser.get(url)).body.account.timeZone).toBe('Europe/Paris')

    const audit = await o.browser.get(`${url}/audit`)
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain(
      'account.time_zone_changed',
    )
  })

  it('refuses anything but a named IANA zone, naming the field, and keeps the old one', async () => {
    const o = await newOwner(t, 'owner')
    const url = `/api/v1/accounts/${o.accountId}`
    await o.browser.patch(url, { timeZone: 'America/New_York' })
    for (const timeZone of ['Mars/Olympus_Mons', '+01:00', 'Europe/Paris\u0000', '\ud800', '']) {
      const refused = await o.browser.patch(url, { timeZone })
      expect(refused.status, timeZone).toBe(422)
      expect(refused.body.error).toMatchObject({ code: 'validation_failed', field: 'timeZone' })
    }
    expect((await o.browser.get(url)).body.account.timeZone).toBe('America/New_York')
  })

  it('is an account setting: a member without account.manage cannot change it', async () => {
    const o = await newOwner(t, 'owner')
    const url = `/api/v1/accounts/${o.accountId}`
    const { browser: author } = await memberOf(t.deps, t.app, o.accountId, { role: 'author' })
    expect((await author.patch(url, { timeZone: 'Asia/Tokyo' })).status).toBe(403)
    expect((await o.browser.get(url)).body.account.timeZone).toBe('UTC')
  })
})
