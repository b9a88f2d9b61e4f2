import { describe, expect, it } from 'vitest'
import {
  type Brand,
  draft,
  expectStatus,
  newBrand,
  shareGroupWithTeamMate,
} from '../../test/helpers/campaigns.js'
import { memberOf } from '../../test/helpers/factories.js'
import { useTestAppWithSmtpSink } from '../../test/helpers/smtp.js'

const { t } = useTestAppWithSmtpSink({ config: { publicUrl: 'https://chorus.example' } })

/** `explain` as the brand's Owner (who holds users.view) for a user, permission and resource. */
async function explain(b: Brand, userId: string, permission: string, resource: string) {
  return b.browser.get(
    `${b.base}/access/explain?userId=${userId}&permission=${permission}&resource=${resource}`,
  )
}

/** An Author's submission, waiting for approval. */
async function authorSubmission(b: Brand) {
  const campaign = await draft(b.author.browser, b, { name: 'Author waiting' })
  expectStatus(await b.author.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
  return campaign
}

describe('explain on a resource names the rule that decides', () => {
  it('self_approval: never one’s own submission; another approver may approve it', async () => {
    const b = await newBrand(t, 'explain-approve', [{ email: 'a@example.com' }])
    const submission = `campaign:${(await authorSubmission(b)).id}`

    const own = expectStatus(
      await explain(b, b.author.user.id, 'campaigns.approve', submission),
      200,
    )
    expect(own).toMatchObject({
      allowed: false,
      rule: 'self_approval',
      reason: 'a submission is approved by someone else',
      resource: submission,
    })
    const manager = expectStatus(
      await explain(b, b.manager.user.id, 'campaigns.approve', submission),
      200,
    )
    expect(manager).toMatchObject({ allowed: true, rule: 'self_approval' })
    expect(manager.rules).toContainEqual({ rule: 'self_approval', allowed: true })
    expect(manager.paths).toEqual([
      expect.objectContaining({ kind: 'membership', role: 'manager' }),
    ])
    // What explain says is what the request meets.
    expectStatus(
      await b.author.browser.post(`${b.base}/campaigns/${submission.slice(9)}/approve`),
      403,
    )
  })

  it('own reports: a Basic user sees their own campaign’s report, and not others’ campaigns', async () => {
    const b = await newBrand(t, 'explain-basic', [{ email: 'b@example.com' }])
    const basic = await memberOf(t.deps, t.app, b.accountId, { role: 'basic_user' }, 'basic')
    const mine = await draft(basic.browser, b, { name: 'Basic own' })
    const others = await draft(b.browser, b, { name: 'Owner draft' })

    const own = expectStatus(
      await explain(b, basic.user.id, 'reports.view', `campaign:${mine.id}`),
      200,
    )
    expect(own).toMatchObject({ allowed: true, rule: 'own_reports_only' })
    expect(own).not.toHaveProperty('missing')
    const other = expectStatus(
      await explain(b, basic.user.id, 'reports.view', `campaign:${others.id}`),
      200,
    )
    expect(other).toMatchObject({ allowed: false, rule: 'own_campaigns_only' })
    expectStatus(await basic.browser.get(`${b.base}/campaigns/${mine.id}/report`), 200)
    expectStatus(await basic.browser.get(`${b.base}/campaigns/${others.id}/report`), 404)
  })

  it('tells nobody about a resource they could not open themselves: 404 as its own route', async () => {
    const b = await newBrand(t, 'explain-unseen', [{ email: 'c@example.com' }])
    const submission = `campaign:${(await authorSubmission(b)).id}`
    const viewer = await memberOf(t.deps, t.app, b.accountId, { permissions: ['users.view'] }, 'hr')
    const asked = `${b.base}/access/explain?userId=${b.author.user.id}&permission=campaigns.approve&resource=${submission}`
    expectStatus(await viewer.browser.get(asked), 404)
    expectStatus(await viewer.browser.get(`${b.base}/campaigns/${submission.slice(9)}`), 403)
    expectStatus(await b.browser.get(asked), 200)
  })

  it('shared_read_only: a group shared in cannot be changed by the receiving account', async () => {
    const owner = await newBrand(t, 'explain-owner', [{ email: 'c@example.com' }])
    const mate = await newBrand(t, 'explain-mate', [])
    await shareGroupWithTeamMate(owner, mate)
    const group = `group:${owner.group.id}`

    const sharedIn = expectStatus(await explain(mate, mate.owner.id, 'groups.manage', group), 200)
    expect(sharedIn).toMatchObject({
      allowed: false,
      rule: 'shared_read_only',
      reason: expect.stringContaining('read-only here'),
    })
    const viewing = expectStatus(await explain(mate, mate.owner.id, 'groups.view', group), 200)
    expect(viewing).toMatchObject({ allowed: true, rules: [] })
    const own = expectStatus(await explain(owner, owner.owner.id, 'groups.manage', group), 200)
    expect(own).toMatchObject({ allowed: true, rule: 'shared_read_only' })
    expectStatus(
      await mate.browser.patch(`${mate.base}/groups/${owner.group.id}`, { name: 'x' }),
      409,
    )
  })

  it('answers 404 for a resource the account cannot see, 422 for an unknown type', async () => {
    const b = await newBrand(t, 'explain-404', [])
    const stranger = await newBrand(t, 'explain-stranger', [])
    const theirs = await draft(stranger.browser, stranger, { name: 'Not yours' })
    for (const resource of [
      `campaign:${theirs.id}`,
      `group:${stranger.group.id}`,
      'template:00000000-0000-4000-8000-000000000000',
      'campaign:not-an-id',
    ]) {
      const reply = expectStatus(await explain(b, b.owner.id, 'campaigns.view', resource), 404)
      expect(reply.error.code).toBe('not_found')
    }
    const unknown = expectStatus(await explain(b, b.owner.id, 'campaigns.view', 'sender:x'), 422)
    expect(unknown.error.field).toBe('resource')
  })
})
