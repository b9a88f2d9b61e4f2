import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../test/helpers/app.js'
import { memberOf } from '../../test/helpers/factories.js'
import { newOwner } from '../../test/helpers/sharing.js'

const t = useTestApp()

describe("the account's language (the words of its public pages)", () => {
  it('starts as English and is set to one of the four languages, audited', async () => {
    const o = await newOwner(t, 'owner')
    const url = `/api/v1/accounts/${o.accountId}`
    expect((await o.browser.get(url)).body.account.language).toBe('en')

    const set = await o.browser.patch(url, { language: 'fr' })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    expect(set.body.language).toBe('fr')
    expect((await o.browser.get(url)).body.account.language).toBe('fr')

    const audit = await o.browser.get(`${url}/audit`)
    const entry = audit.body.items.find(
      (e: { action: string }) => e.action === 'account.language_changed',
    )
    expect(entry?.details).toEqual({ language: 'fr' })
  })

  it('refuses any other value, naming the field, and keeps the old one', async () => {
    const o = await newOwner(t, 'owner')
    const url = `/api/v1/accounts/${o.accountId}`
    await o.browser.patch(url, { language: 'de' })
    for (const language of ['it', 'FR', 'fr-FR', 'fr\u0000', '\ud800', '', 7, null]) {
      const refused = await o.browser.patch(url, { language })
      expect(refused.status, String(language)).toBe(422)
      expect(refused.body.error).toMatchObject({ code: 'validation_failed', field: 'language' })
    }
    expect((await o.browser.get(url)).body.account.language).toBe('de')
  })

  it('is an account setting: a member without account.manage cannot change it', async () => {
    const o = await newOwner(t, 'owner')
    const url = `/api/v1/accounts/${o.accountId}`
    const { browser: author } = await memberOf(t.deps, t.app, o.accountId, { role: 'author' })
    expect((await author.patch(url, { language: 'es' })).status).toBe(403)
    expect((await o.browser.get(url)).body.account.language).toBe('en')
  })
})
