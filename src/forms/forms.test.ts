import { describe, expect, it } from 'vitest'
import { manualClock } from '../../test/helpers/app.js'
import { createUser, logIn, memberOf } from '../../test/helpers/factories.js'
import {
  openFormPage,
  postForm as postFormPage,
  solvedChallenge as solveFormChallenge,
} from '../../test/helpers/forms.js'
import { recipientsOf, useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'
import { SUBMISSION_LIMITS } from './routes.js'

const clock = manualClock()
const { t, sink: smtp } = useTestAppWithSmtpSink({
  config: { publicUrl: 'https://chorus.example' },
  clock,
})

/** An owner whose account has a group, double opt-in, and a published form targeting the group. */
async function accountWithForm(overrides: Record<string, unknown> = {}, optIn = 'double') {
  const owner = await createUser(t.deps, 'owner')
  const browser = await logIn(t.app, owner)
  const url = `/api/v1/accounts/${owner.ownAccountId}`
  await browser.request('PUT', `${url}/consent`, { optIn })
  const group = await browser.post(`${url}/groups`, { name: 'Newsletter' })
  const form = await browser.post(`${url}/forms`, {
    name: 'Join our newsletter',
    fields: [
      { field: 'email', label: 'Email', help: 'We never share it', required: true },
      { field: 'firstName', label: 'First name', help: '', required: false },
    ],
    groupIds: [group.body.id],
    tags: ['web-signup'],
    consentText: 'I agree to receive the newsletter.',
    status: 'published',
    ...overrides,
  })
  expect(form.status).toBe(201)
  return { owner, browser, url, form: form.body, groupId: group.body.id as string }
}

const solvedChallenge = (formId: string) => solveFormChallenge(t.app, formId)
const openPage = (formId: string) => openFormPage(t.app, formId)
const postForm = (formId: string, fields: Record<string, string>, ip?: string) =>
  postFormPage(t.app, formId, fields, ip)

async function confirmFromMail(address: string) {
  const mail = await smtp.waitFor((m) => recipientsOf(m).includes(address))
  const token = /https:\/\/chorus\.example\/c\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1]
  expect(token).toBeTruthy()
  const confirmed = await t.app.inject({
    method: 'POST',
    url: `/c/${token}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: '',
  })
  expect(confirmed.statusCode).toBe(200)
  return mail
}

async function contactByEmail(browser: any, url: string, email: string) {
  const list = await browser.get(`${url}/contacts?q=${encodeURIComponent(email)}`)
  return list.body.items.find((c: any) => c.email === email)
}

describe('sign-up forms: the hosted page', () => {
  it('signs a person up from the hosted page with double opt-in, confirmed from the mailed link', async () => {
    const { browser, url, form, groupId } = await accountWithForm()
    const { page, timestamp } = await openPage(form.id)
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")
    expect(page.body).toContain('<label for="f-email">Email')
    expect(page.body).toContain('We never share it')
    expect(page.body).toContain('I agree to receive the newsletter.')
    const altcha = await solvedChallenge(form.id)
    clock.advance(10_000)
    const sent = await postForm(form.id, {
      email: 'Reader@Example.test',
      firstName: 'Buy cheap pills at spam.example',
      website: '',
      _ts: timestamp,
      altcha,
    })
    expect(sent.statusCode).toBe(200)
    expect(sent.body).toContain('Thank you for signing up.')

    const contact = await contactByEmail(browser, url, 'reader@example.test')
    expect(contact).toMatchObject({
      emailStatus: 'pending',
      groupIds: [groupId],
      tags: ['web-signup'],
    })
    const mail = await confirmFromMail('reader@example.test')
    // Nothing the submitter typed is mailed but their address.
    expect(`${mail.subject} ${mail.text} ${mail.html}`).not.toContain('spam.example')
    expect((await browser.get(`${url}/contacts/${contact.id}`)).body.emailStatus).toBe('subscribed')

    const history = await browser.get(`${url}/contacts/${contact.id}/history`)
    const consent = history.body.items.find((e: any) => e.type === 'form.consent')
    expect(consent.details).toMatchObject({
      formId: form.id,
      consentText: 'I agree to receive the newsletter.',
      ip: '203.0.113.7',
    })
    const counts = (await browser.get(`${url}/forms/${form.id}`)).body.counts
    expect(counts).toEqual({ views: 1, submissions: 1, confirmations: 1, held: 0 })
  })

  it('takes a submission through the embed: held without its script, mailed once approved', async () => {
    const { browser, url, form } = await accountWithForm()
    const embed = await browser.get(`${url}/forms/${form.id}/embed`)
    expect(embed.body.html).toContain(
      `<form method="post" action="https://chorus.example/f/${form.id}"`,
    )
    expect(embed.body.script).toContain('https://chorus.example/f/assets/form.js')
    const names = [...embed.body.html.matchAll(/name="([^"]+)"/g)].map((m) => m[1])
    expect(names).toEqual(expect.arrayContaining(['email', 'firstName', 'website']))
    // Out of sight on a site without our style sheet too.
    expect(embed.body.html).toMatch(
      /<p class="hp" aria-hidden="true" style="position:absolute;left:-10000px/,
    )

    // A plain HTML embed on a page without JavaScript: no proof of work, no timestamp.
    const plain = await postForm(form.id, { email: 'plain@example.test', website: '' })
    expect(plain.statusCode).toBe(200)
    expect(await contactByEmail(browser, url, 'plain@example.test')).toBeUndefined()
    const held = await browser.get(`${url}/forms/${form.id}/held`)
    expect(held.body.items).toHaveLength(1)
    expect(held.body.items[0]).toMatchObject({ data: { email: 'plain@example.test' } })
    const approved = await browser.post(
      `${url}/forms/${form.id}/held/${held.body.items[0].id}/approve`,
    )
    expect(approved.body.status).toBe('processed')
    await confirmFromMail('plain@example.test')
    expect((await contactByEmail(browser, url, 'plain@example.test')).emailStatus).toBe(
      'subscribed',
    )

    // With the embed's script: the widget solved the challenge when the page loaded.
    const altcha = await solvedChallenge(form.id)
    clock.advance(8_000)
    const scripted = await postForm(form.id, {
      email: 'scripted@example.test',
      website: '',
      altcha,
    })
    expect(scripted.statusCode).toBe(200)
    await confirmFromMail('scripted@example.test')

    // A bot's submission is discarded from the review list and never becomes a contact.
    await postForm(form.id, { email: 'maybe-bot@example.test' })
    const next = await browser.get(`${url}/forms/${form.id}/held`)
    const discarded = await browser.post(
      `${url}/forms/${form.id}/held/${next.body.items[0].id}/discard`,
    )
    expect(discarded.body).toMatchObject({ status: 'discarded', contactId: null })
    expect(
      (await browser.post(`${url}/forms/${form.id}/held/${next.body.items[0].id}/approve`)).status,
    ).toBe(404)
    expect(await contactByEmail(browser, url, 'maybe-bot@example.test')).toBeUndefined()
    expect((await browser.get(`${url}/forms/${form.id}`)).body.counts).toMatchObject({
      submissions: 2,
      confirmations: 2,
      held: 0,
    })
  })

  it('refuses bots: the honeypot, a reused proof of work, a forged timestamp, a post faster than a person', async () => {
    const { browser, url, form } = await accountWithForm()
    const { timestamp } = await openPage(form.id)
    clock.advance(10_000)
    const honeypot = await postForm(form.id, {
      email: 'a@example.test',
      website: 'http://spam',
      _ts: timestamp,
    })
    expect(honeypot.statusCode).toBe(400)
    expect(honeypot.body).toContain('looks automated')

    const altcha = await solvedChallenge(form.id)
    clock.advance(10_000)
    expect((await postForm(form.id, { email: 'b@example.test', altcha })).statusCode).toBe(200)
    const replay = await postForm(form.id, { email: 'c@example.test', altcha })
    expect(replay.statusCode).toBe(400)
    expect(replay.body).toContain('used already')

    const forged = await postForm(form.id, {
      email: 'd@example.test',
      _ts: `${Date.now() - 60_000}.forged`,
    })
    expect(forged.statusCode).toBe(400)

    const fresh = await openPage(form.id)
    const tooFast = await postForm(form.id, { email: 'e@example.test', _ts: fresh.timestamp })
    expect(tooFast.statusCode).toBe(400)
    expect(tooFast.body).toContain('faster than a person')

    for (const email of ['a@example.test', 'c@example.test', 'd@example.test', 'e@example.test']) {
      expect(await contactByEmail(browser, url, email)).toBeUndefined()
    }
    expect((await browser.get(`${url}/forms/${form.id}/held`)).body.items).toEqual([])
  })

  it('shows the form again naming a missing required field, and 404s a draft', async () => {
    const { browser, url, form } = await accountWithForm()
    const { timestamp } = await openPage(form.id)
    clock.advance(10_000)
    const missing = await postForm(form.id, { email: '', firstName: 'Ann', _ts: timestamp })
    expect(missing.statusCode).toBe(422)
    expect(missing.body).toContain('Email is required')
    expect(missing.body).toContain('value="Ann"')
    const malformed = await postForm(form.id, { email: 'not an address', _ts: timestamp })
    expect(malformed.statusCode).toBe(422)
    expect((await browser.get(`${url}/forms/${form.id}/held`)).body.items).toEqual([])
    await browser.patch(`${url}/forms/${form.id}`, { status: 'draft' })
    expect((await t.app.inject({ url: `/f/${form.id}` })).statusCode).toBe(404)
    expect((await postForm(form.id, { email: 'x@example.test' })).statusCode).toBe(404)
  })
})

describe('sign-up forms: the account’s language', () => {
  it('says its own words in French for a French account, and the typed ones as typed', async () => {
    const { browser, url, form } = await accountWithForm({
      fields: [
        { field: 'email', label: 'Adresse e-mail', help: 'Jamais partagée', required: true },
      ],
      thankYou: 'Merci de votre inscription.',
    })
    expect((await browser.patch(url, { language: 'fr' })).status).toBe(200)
    const { page, timestamp } = await openPage(form.id)
    expect(page.body).toContain('<html lang="fr">')
    expect(page.body).toContain('<button type="submit">S’inscrire</button>')
    expect(page.body).not.toContain('Subscribe')
    expect(page.body).toContain('Laissez ce champ vide')
    expect(page.body).toContain('language="fr"')
    expect(page.body).toContain('Je ne suis pas un robot')
    expect(page.body).toContain('<label for="f-email">Adresse e-mail')
    expect(page.body).toContain('I agree to receive the newsletter.')

    clock.advance(10_000)
    const missing = await postForm(form.id, { email: '', _ts: timestamp })
    expect(missing.statusCode).toBe(422)
    expect(missing.body).toContain('Adresse e-mail\u00a0: ce champ est obligatoire.')
    const malformed = await postForm(form.id, { email: 'pas une adresse', _ts: timestamp })
    expect(malformed.body).toContain('Ce n’est pas une adresse e-mail.')
    const bot = await postForm(form.id, { email: 'a@example.test', website: 'x', _ts: timestamp })
    expect(bot.statusCode).toBe(400)
    expect(bot.body).toContain('<html lang="fr">')
    expect(bot.body).toContain('Cet envoi semble automatique et a été refusé.')

    const altcha = await solvedChallenge(form.id)
    clock.advance(10_000)
    const sent = await postForm(form.id, { email: 'lecteur@example.test', altcha })
    expect(sent.statusCode).toBe(200)
    expect(sent.body).toContain('<title>Merci</title>')
    expect(sent.body).toContain('Merci de votre inscription.')

    const embed = await browser.get(`${url}/forms/${form.id}/embed`)
    expect(embed.body.html).toContain('lang="fr"')
    expect(embed.body.html).toContain('S’inscrire')
  })

  it('answers an unknown form in the visitor’s language when it is one of the four', async () => {
    const unknown = '/f/00000000-0000-4000-8000-000000000000'
    const german = await t.app.inject({
      url: unknown,
      headers: { 'accept-language': 'it;q=0.9, de-CH;q=0.8, en;q=0.5' },
    })
    expect(german.statusCode).toBe(404)
    expect(german.body).toContain('<html lang="de">')
    expect(german.body).toContain('Formular nicht gefunden')
    const other = await t.app.inject({ url: unknown, headers: { 'accept-language': 'ja' } })
    expect(other.body).toContain('Form not found')
    expect(other.body).toContain('<html lang="en">')
  })
})

describe('sign-up forms: the embed’s script asks for JSON', () => {
  function postJson(formId: string, fields: Record<string, string>, ip = '198.51.100.9') {
    return t.app.inject({
      method: 'POST',
      url: `/f/${formId}`,
      remoteAddress: ip,
      headers: {
        'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
        accept: 'application/json',
        origin: 'https://shop.example',
      },
      payload: new URLSearchParams(fields).toString(),
    })
  }

  it('names the field to mark, the refusal, or the thank-you, readable from any site', async () => {
    const { browser, url, form } = await accountWithForm({ thankYou: 'Gracias por suscribirse.' })
    await browser.patch(url, { language: 'es' })
    const missing = await postJson(form.id, { email: '', firstName: 'Ana' })
    expect(missing.statusCode).toBe(422)
    expect(missing.headers['access-control-allow-origin']).toBe('*')
    expect(missing.headers['content-type']).toContain('application/json')
    expect(missing.json()).toEqual({
      error: {
        code: 'validation_failed',
        field: 'email',
        message: 'Email: este campo es obligatorio.',
      },
    })

    const bot = await postJson(form.id, { email: 'bot@example.test', website: 'x' })
    expect(bot.statusCode).toBe(400)
    expect(bot.headers['access-control-allow-origin']).toBe('*')
    expect(bot.json()).toEqual({
      error: {
        code: 'submission_refused',
        message: 'Este envío parece automático y se ha rechazado.',
      },
    })

    const altcha = await solvedChallenge(form.id)
    clock.advance(10_000)
    const sent = await postJson(form.id, { email: 'ana@example.test', altcha })
    expect(sent.statusCode).toBe(200)
    expect(sent.headers['access-control-allow-origin']).toBe('*')
    expect(sent.json()).toEqual({
      outcome: 'accepted',
      message: 'Gracias por suscribirse.',
      redirectUrl: null,
    })
    expect(await contactByEmail(browser, url, 'ana@example.test')).toBeDefined()

    // A redirect is the script's to follow: JSON names it, where a plain post gets a 303.
    await browser.patch(`${url}/forms/${form.id}`, {
      redirectUrl: 'https://shop.example/thanks',
      redirectOrigins: ['https://shop.example'],
    })
    const redirected = await postJson(form.id, { email: 'luis@example.test' })
    expect(redirected.statusCode).toBe(200)
    expect(redirected.json()).toMatchObject({ redirectUrl: 'https://shop.example/thanks' })

    const gone = await postJson('00000000-0000-4000-8000-000000000000', { email: 'x@example.test' })
    expect(gone.statusCode).toBe(404)
    expect(gone.json().error.code).toBe('not_found')
  })

  it('answers 429 past the limit, with when to try again, in the form’s language', async () => {
    const { browser, url, form } = await accountWithForm()
    await browser.patch(url, { language: 'de' })
    const ip = '192.0.2.44'
    for (let i = 0; i < SUBMISSION_LIMITS.perIp.max; i++) {
      expect((await postJson(form.id, { email: '' }, ip)).statusCode).toBe(422)
    }
    const limited = await postJson(form.id, { email: 'late@example.test' }, ip)
    expect(limited.statusCode).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    expect(limited.json()).toEqual({
      error: {
        code: 'rate_limited',
        message:
          'Von hier wurden zu viele Anmeldungen gesendet. Versuchen Sie es später noch einmal.',
      },
    })
    const page = await postForm(form.id, { email: 'late@example.test' }, ip)
    expect(page.statusCode).toBe(429)
    expect(page.body).toContain('<title>Nicht gesendet</title>')
  })
})

describe('sign-up forms: what a submission may change', () => {
  it('completes an existing contact without overwriting it or lifting its unsubscribe', async () => {
    const { browser, url, form, groupId } = await accountWithForm({}, 'single')
    const existing = await browser.post(`${url}/contacts`, {
      email: 'known@example.test',
      emailStatus: 'unsubscribed',
    })
    const named = await browser.post(`${url}/contacts`, {
      email: 'named@example.test',
      firstName: 'Ann',
    })
    for (const [email, firstName] of [
      ['known@example.test', 'Kim'],
      ['named@example.test', 'Mallory'],
    ] as const) {
      const altcha = await solvedChallenge(form.id)
      clock.advance(10_000)
      expect((await postForm(form.id, { email, firstName, altcha })).statusCode).toBe(200)
    }
    const known = (await browser.get(`${url}/contacts/${existing.body.id}`)).body
    expect(known).toMatchObject({
      firstName: 'Kim',
      emailStatus: 'unsubscribed',
      groupIds: [groupId],
    })
    const kept = (await browser.get(`${url}/contacts/${named.body.id}`)).body
    expect(kept.firstName).toBe('Ann')
    const history = await browser.get(`${url}/contacts/${named.body.id}/history`)
    expect(history.body.items.map((e: any) => e.type)).toContain('form.consent')
    expect(history.body.items.map((e: any) => e.type)).not.toContain('signed_up')
  })

  it('subscribes a new address at once with single opt-in and records the sign-up', async () => {
    const { browser, url, form } = await accountWithForm({}, 'single')
    const altcha = await solvedChallenge(form.id)
    clock.advance(10_000)
    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/v1/forms/${form.id}/submissions`,
      payload: { email: 'json@example.test', altcha },
    })
    expect(sent.statusCode).toBe(202)
    expect(sent.json()).toMatchObject({ outcome: 'accepted' })
    const contact = await contactByEmail(browser, url, 'json@example.test')
    expect(contact.emailStatus).toBe('subscribed')
    const history = await browser.get(`${url}/contacts/${contact.id}/history`)
    expect(history.body.items.map((e: any) => e.type)).toContain('signed_up')
    const bot = await t.app.inject({
      method: 'POST',
      url: `/api/v1/forms/${form.id}/submissions`,
      payload: { email: 'jsonbot@example.test', website: 'x' },
    })
    expect(bot.statusCode).toBe(400)
  })
})

describe('sign-up forms: settings', () => {
  it('refuses a redirect outside the allow-list and redirects to one on it', async () => {
    const { browser, url, form } = await accountWithForm()
    const open = await browser.patch(`${url}/forms/${form.id}`, {
      redirectUrl: 'https://evil.example/thanks',
      redirectOrigins: ['https://shop.example'],
    })
    expect(open.status).toBe(422)
    expect(open.body.error.field).toBe('redirectUrl')
    const ok = await browser.patch(`${url}/forms/${form.id}`, {
      redirectUrl: 'https://shop.example/thanks',
      redirectOrigins: ['https://shop.example'],
    })
    expect(ok.status).toBe(200)
    const altcha = await solvedChallenge(form.id)
    clock.advance(10_000)
    const sent = await postForm(form.id, { email: 'redirected@example.test', altcha })
    expect(sent.statusCode).toBe(303)
    expect(sent.headers.location).toBe('https://shop.example/thanks')
  })

  it('takes fields from the account’s contact fields only, and always asks for the email', async () => {
    const { browser, url, form } = await accountWithForm()
    const unknown = await browser.patch(`${url}/forms/${form.id}`, {
      fields: [
        { field: 'email', label: 'Email', help: '', required: true },
        { field: 'shoeSize', label: 'Shoe size', help: '', required: false },
      ],
    })
    expect(unknown.status).toBe(422)
    expect(unknown.body.error.field).toBe('fields.1.field')
    const noEmail = await browser.patch(`${url}/forms/${form.id}`, {
      fields: [{ field: 'firstName', label: 'Name', help: '', required: true }],
    })
    expect(noEmail.status).toBe(422)
  })

  it('needs forms.manage, and contacts.create to publish; another account’s form is not found', async () => {
    const { owner, form } = await accountWithForm()
    const { browser: analyst } = await memberOf(t.deps, t.app, owner.ownAccountId, {
      role: 'analyst',
    })
    const denied = await analyst.get(`/api/v1/accounts/${owner.ownAccountId}/forms`)
    expect(denied.status).toBe(403)
    expect(denied.body.error.permission).toBe('forms.manage')
    const { browser: designer } = await memberOf(t.deps, t.app, owner.ownAccountId, {
      permissions: ['forms.manage'],
    })
    const publish = await designer.post(`/api/v1/accounts/${owner.ownAccountId}/forms`, {
      name: 'Mine',
      status: 'published',
    })
    expect(publish.status).toBe(403)
    expect(publish.body.error.permission).toBe('contacts.create')
    const other = await createUser(t.deps, 'other')
    const stranger = await logIn(t.app, other)
    expect(
      (await stranger.get(`/api/v1/accounts/${other.ownAccountId}/forms/${form.id}`)).status,
    ).toBe(404)
  })
})

describe('sign-up forms: the widget’s files', () => {
  it('serves the proof-of-work widget, its worker and the page’s own files from this server', async () => {
    for (const [file, type] of [
      ['form.js', 'text/javascript'],
      ['altcha.js', 'text/javascript'],
      ['sha.js', 'text/javascript'],
      ['altcha.css', 'text/css'],
      ['form.css', 'text/css'],
    ]) {
      const reply = await t.app.inject({ url: `/f/assets/${file}` })
      expect(reply.statusCode, file).toBe(200)
      expect(reply.headers['content-type']).toContain(type)
    }
    for (const file of ['package.json', 'constructor', '__proto__']) {
      expect((await t.app.inject({ url: `/f/assets/${file}` })).statusCode).toBe(404)
    }
  })
})
