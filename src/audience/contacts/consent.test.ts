import { describe, expect, it } from 'vitest'
import { createUser, logIn, memberOf } from '../../../test/helpers/factories.js'
import { recipientsOf, useTestAppWithSmtpSink } from '../../../test/helpers/smtp.js'

const { t, sink: smtp } = useTestAppWithSmtpSink({
  config: { publicUrl: 'https://chorus.example' },
})

describe('consent: single and double opt-in', () => {
  it('adds contacts subscribed with single opt-in, the default', async () => {
    const owner = await createUser(t.deps, 'owner')
    const browser = await logIn(t.app, owner)
    expect((await browser.get(`/api/v1/accounts/${owner.ownAccountId}/consent`)).body).toEqual({
      optIn: 'single',
    })
    const contact = await browser.post(`/api/v1/accounts/${owner.ownAccountId}/contacts`, {
      email: 'single@example.test',
    })
    expect(contact.body.emailStatus).toBe('subscribed')
  })

  it('with double opt-in, keeps an API-added contact pending until it confirms from the emailed link', async () => {
    const owner = await createUser(t.deps, 'owner')
    const browser = await logIn(t.app, owner)
    const url = `/api/v1/accounts/${owner.ownAccountId}`
    expect((await browser.request('PUT', `${url}/consent`, { optIn: 'double' })).status).toBe(200)
    const contact = await browser.post(`${url}/contacts`, {
      email: 'double@example.test',
      firstName: 'Dee',
    })
    expect(contact.status).toBe(201)
    expect(contact.body.emailStatus).toBe('pending')

    const mail = await smtp.waitFor((m) => recipientsOf(m).includes('double@example.test'))
    const token = /https:\/\/chorus\.example\/c\/([A-Za-z0-9_-]+)/.exec(
      mail.text ?? '',
    )?.[1] as string
    expect(token).toBeTruthy()

    const page = await t.app.inject({ url: `/c/${token}` })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('<form method="post">')
    expect((await browser.get(`${url}/contacts/${contact.body.id}`)).body.emailStatus).toBe(
      'pending',
    )

    const post = () =>
      t.app.inject({
        method: 'POST',
        url: `/c/${token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: '',
      })
    expect((await post()).statusCode).toBe(200)
    expect((await browser.get(`${url}/contacts/${contact.body.id}`)).body.emailStatus).toBe(
      'subscribed',
    )
    expect((await post()).statusCode).toBe(404)
    const history = await browser.get(`${url}/contacts/${contact.body.id}/history`)
    expect(history.body.items.map((e: any) => e.type)).toContain('consent.confirmed')
  })

  it('lets only contacts.edit change the setting, and audits it', async () => {
    const owner = await createUser(t.deps, 'owner')
    const { browser: analyst } = await memberOf(t.deps, t.app, owner.ownAccountId, {
      role: 'analyst',
    })
    const denied = await analyst.request('PUT', `/api/v1/accounts/${owner.ownAccountId}/consent`, {
      optIn: 'double',
    })
    expect(denied.status).toBe(403)
    expect(denied.body.error.permission).toBe('contacts.edit')
    const browser = await logIn(t.app, owner)
    await browser.request('PUT', `/api/v1/accounts/${owner.ownAccountId}/consent`, {
      optIn: 'double',
    })
    const audit = await browser.get(`/api/v1/accounts/${owner.ownAccountId}/audit?limit=1`)
    expect(audit.body.items[0]).toMatchObject({
      action: 'consent.changed',
      details: { optIn: 'double' },
    })
  })
})
