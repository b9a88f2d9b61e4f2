import { describe, expect, it } from 'vitest'
import { createSubaccount, createUser, logIn } from '../../test/helpers/factories.js'
import { checkPage, lastMailTo, useE2E } from './harness.js'
import { openPage, STORY_TIMEOUT, signInAndOpen } from './steps.js'

describe('teams and group sharing (seed 001)', () => {
  const e2e = useE2E()

  it(
    "Data Admin's account shares a group in a team with Brand A, where it is read only",
    async () => {
      const dataAdmin = await createUser(e2e.server.deps, 'dataadmin')
      const brandA = await createUser(e2e.server.deps, 'branda')
      // The customer data lives in the Data Administrator's account (set up through the API).
      const api = await logIn(e2e.server.app, dataAdmin)
      const groups = `/api/v1/accounts/${dataAdmin.ownAccountId}/groups`
      expect((await api.post(groups, { name: 'VIP Members' })).status).toBe(201)
      // A sub-account two levels down may receive the group too (the server says who may).
      const stores = await createSubaccount(e2e.server.deps, dataAdmin.ownAccountId, 'Stores')
      await createSubaccount(e2e.server.deps, stores.id, 'Shop')

      const admin = (await e2e.person()).page
      await signInAndOpen(admin, dataAdmin, 'Teams', 'User teams')
      await admin.getByText('This account is not on any team yet.').waitFor()
      await checkPage(admin, 'teams')
      await admin.getByRole('button', { name: 'Create a team' }).click()
      await admin.getByRole('dialog').getByLabel('Team name').fill('Company')
      await checkPage(admin, 'teams-create')
      await admin.getByRole('button', { name: 'Create the team' }).click()
      await admin.getByRole('heading', { name: 'Company', level: 1 }).waitFor()
      await admin.getByRole('button', { name: 'Invite an account' }).click()
      await admin.getByRole('dialog').getByLabel("The account owner's email").fill(brandA.email)
      await checkPage(admin, 'team-invite')
      await admin.getByRole('button', { name: 'Send the invitation' }).click()
      await admin.getByText(`If ${brandA.email} owns an account, it is invited`).waitFor()

      const brand = (await e2e.person()).page
      await signInAndOpen(brand, brandA, 'Teams', 'User teams')
      await brand.getByText('This account is invited to the team').waitFor()
      await checkPage(brand, 'teams-invited')
      // The invitation email links to the team's page in the invited account; it is answered there.
      const mail = await lastMailTo(e2e.server, brandA.email)
      const link = /\/a\/[\w-]+\/teams\/[\w-]+/.exec(mail)?.[0]
      expect(link).toMatch(new RegExp(`^/a/${brandA.ownAccountId}/teams/`))
      await brand.goto(link ?? '')
      await brand.getByRole('heading', { name: 'Company', level: 1 }).waitFor()
      await checkPage(brand, 'team-invited')
      await brand.getByRole('button', { name: 'Accept Company' }).click()
      await brand.getByRole('button', { name: 'Leave the team' }).waitFor()
      // The server agrees: Brand A has joined, and may now invite as a member.
      const teams = await brand.request.get(`/api/v1/accounts/${brandA.ownAccountId}/teams`)
      expect((await teams.json()).items).toEqual([
        expect.objectContaining({
          name: 'Company',
          abilities: expect.objectContaining({ invite: true, accept: false }),
          members: [
            expect.objectContaining({ accountId: dataAdmin.ownAccountId, status: 'active' }),
            expect.objectContaining({ accountId: brandA.ownAccountId, status: 'active' }),
          ],
        }),
      ])

      await openPage(admin, 'Audience', 'Groups')
      await checkPage(admin, 'groups')
      await admin.getByRole('button', { name: 'Share VIP Members' }).click()
      const dialog = admin.getByRole('dialog', { name: 'Share VIP Members' })
      await dialog.getByLabel('Share with').and(dialog.locator('input')).click()
      await admin.getByRole('option', { name: 'Shop (sub-account)' }).waitFor()
      await admin.getByRole('option', { name: "branda's account (team Company)" }).click()
      await checkPage(admin, 'groups-share')
      await dialog.getByRole('button', { name: 'Share the group' }).click()
      await dialog.getByRole('button', { name: "Stop sharing with branda's account" }).waitFor()
      await admin.keyboard.press('Escape')

      // The team page lists the share, and leaving would say that it ends (not confirmed here).
      await openPage(admin, 'Teams', 'User teams')
      await admin.getByRole('link', { name: 'Company' }).click()
      await admin.getByText("shared with branda's account").waitFor()
      await checkPage(admin, 'team')
      await admin.getByRole('button', { name: 'Leave the team' }).click()
      await admin.getByText('These shares end:').waitFor()
      await checkPage(admin, 'team-leave')
      await admin.keyboard.press('Escape')

      await openPage(brand, 'Audience', 'Groups')
      await brand.getByText('Shared · read only').waitFor()
      await brand.getByText('VIP Members').waitFor()
      expect(await brand.getByRole('button', { name: 'Share VIP Members' }).count()).toBe(0)
      await checkPage(brand, 'groups-shared-in')

      // The server agrees: in Brand A's account the group is shared in and read only.
      const answer = await brand.request.get(`/api/v1/accounts/${brandA.ownAccountId}/groups`)
      expect((await answer.json()).items).toEqual([
        expect.objectContaining({
          name: 'VIP Members',
          shared: true,
          ownerAccountId: dataAdmin.ownAccountId,
          abilities: expect.objectContaining({ readOnly: true, edit: false }),
        }),
      ])

      // The Data Admin removes Brand A from the team: the share ends with it.
      await admin.getByRole('button', { name: "Remove branda's account from the team" }).click()
      const removal = admin.getByRole('dialog', { name: "Remove branda's account from Company" })
      await checkPage(admin, 'team-remove')
      await removal.getByRole('button', { name: 'Remove from the team' }).click()
      await admin.getByText("branda's account is no longer on Company.").waitFor()
      const after = await brand.request.get(`/api/v1/accounts/${brandA.ownAccountId}/groups`)
      expect((await after.json()).items).toEqual([])
    },
    STORY_TIMEOUT,
  )
})
