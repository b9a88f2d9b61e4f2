import type { ParsedMail } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { Browser } from '../../test/helpers/app.js'
import { draft, expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { createUser, logIn, type TestUser } from '../../test/helpers/factories.js'
import { newOwner, newTeam } from '../../test/helpers/sharing.js'
import { recipientsOf, useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'
import { notify } from './notify.js'

const { t, sink: smtp } = useTestAppWithSmtpSink({
  config: { publicUrl: 'https://chorus.example' },
})

const mailTo = (user: Pick<TestUser, 'email'>, subject: string) =>
  smtp.waitFor(
    (m: ParsedMail) => recipientsOf(m).includes(user.email) && (m.subject ?? '').includes(subject),
  )

describe('notification emails', () => {
  it('tell the other side of a connection who did what, with a link to the app', async () => {
    const owner = await createUser(t.deps, 'owner')
    const ownerBrowser = await logIn(t.app, owner)
    const applicant = await createUser(t.deps, 'applicant')
    const applicantBrowser = await logIn(t.app, applicant)
    await applicantBrowser.post('/api/v1/connections', {
      type: 'access_others',
      email: owner.email,
      role: 'analyst',
    })
    const requested = await mailTo(owner, 'asks for access')
    expect(requested.text).toContain(`By applicant <${applicant.email}>`)
    expect(requested.text).toContain('https://chorus.example/connections')

    const [pending] = (await ownerBrowser.get('/api/v1/connections?direction=incoming')).body.items
    await ownerBrowser.post(`/api/v1/connections/${pending.id}/decline`)
    const declined = await mailTo(applicant, 'declined your application')
    expect(declined.text).toContain(`By owner <${owner.email}>`)

    const grantee = await createUser(t.deps, 'grantee')
    await ownerBrowser.post('/api/v1/connections', {
      type: 'grant_access',
      accountId: owner.ownAccountId,
      email: grantee.email,
      role: 'collaborator',
    })
    expect((await mailTo(grantee, 'gave you access')).text).toContain(owner.email)
  })

  it('tell those who manage an invited account of a team invitation', async () => {
    const a = await newOwner(t, 'inviter')
    const b = await newOwner(t, 'invited')
    const team = await newTeam(a.browser, a.accountId, 'Partners')
    await a.browser.post(`${a.base}/teams/${team.id}/members`, { email: b.user.email })
    const mail = await mailTo(b.user, 'to the team "Partners"')
    expect(mail.text).toContain(`By inviter <${a.user.email}>`)
    // The link opens the team's page in the invited account, where the invitation is answered.
    expect(mail.text).toContain(`https://chorus.example/a/${b.accountId}/teams/${team.id}`)
  })

  it('tell approvers of a waiting campaign, and its submitter of the decline with the reason', async () => {
    const b = await newBrand(t, 'notify', [{ email: 'ana@example.com' }])
    const campaign = await draft(b.author.browser, b)
    expectStatus(await b.author.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
    const link = `https://chorus.example/a/${b.accountId}/campaigns/${campaign.id}`
    const waiting = await mailTo(b.manager.user, 'waiting for your approval')
    expect(waiting.text).toContain(link)
    expect(waiting.text).toContain(b.author.user.email)
    await b.manager.browser.post(`${b.base}/campaigns/${campaign.id}/decline`, {
      reason: 'Wrong discount code',
    })
    const declined = await mailTo(b.author.user, 'was declined')
    expect(declined.text).toContain('Reason: Wrong discount code')
    expect(declined.text).toContain(b.manager.user.email)
    expect(declined.text).toContain(link)
  })

  it('are not sent to a user who turned them off; security mail still is', async () => {
    const actor = await createUser(t.deps, 'actor')
    const quiet = await createUser(t.deps, 'quiet')
    const loud = await createUser(t.deps, 'loud')
    const quietBrowser = await logIn(t.app, quiet)
    const off = await quietBrowser.patch('/api/v1/me', { notifications: false })
    expect(off.body.user.notifications).toBe(false)
    await notify(t.deps, {
      actorId: actor.id,
      userIds: [quiet.id, loud.id],
      accountId: actor.ownAccountId,
      subject: 'Something happened',
      lines: ['It did.'],
      path: '/connections',
    })
    await mailTo(loud, 'Something happened')
    expect(smtp.messages.some((m) => recipientsOf(m).includes(quiet.email))).toBe(false)
    await new Browser(t.app).post('/api/v1/auth/password-reset', { email: quiet.email })
    await mailTo(quiet, 'Reset your Chorus password')
  })
})
