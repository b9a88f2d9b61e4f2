import { describe, expect, it } from 'vitest'
import { createUser, grant, type TestUser } from '../../test/helpers/factories.js'
import { checkPage, type Person, useE2E } from './harness.js'

/** The sender domains' DNS as the test publishes it: names to TXT records. */
const published = new Map<string, string[][]>()

describe('account settings', () => {
  const e2e = useE2E({
    dns: {
      resolveTxt: async (name: string) => {
        const records = published.get(name)
        if (!records) throw Object.assign(new Error(`no TXT at ${name}`), { code: 'ENOTFOUND' })
        return records
      },
    },
  })

  async function signIn(person: Person, user: TestUser) {
    const { page } = person
    await page.goto('/sign-in')
    await page.getByLabel('Email').fill(user.email)
    await page.getByLabel('Password').and(page.locator('input')).fill(user.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('button', { name: /Your menu/ }).waitFor()
  }

  const section = (page: Person['page'], name: string) =>
    page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name, exact: true })

  it('the owner renames the account, verifies a domain, adds a sender, a tester and an API key, and reads credits and the audit log', async () => {
    const owner = await createUser(e2e.server.deps, 'owner')
    const accountId = owner.ownAccountId
    const person = await e2e.person()
    const { page } = person
    await signIn(person, owner)
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('heading', { name: 'Account', exact: true }).waitFor()
    await checkPage(page, 'settings-account')
    await page.getByLabel('Account name').fill('Renamed Brand')
    await page.getByRole('combobox', { name: 'Time zone' }).fill('Tokyo')
    await page.getByRole('option', { name: 'Asia/Tokyo' }).click()
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('The account settings are saved.').waitFor()

    // Sender domains: the records to publish, then Verify once they are in the DNS.
    await section(page, 'Sender domains').click()
    await page.getByLabel('Domain').fill('brand-e2e.test')
    await page.getByRole('button', { name: 'Add domain' }).click()
    const card = page.getByRole('region', { name: 'brand-e2e.test', exact: true })
    await card.getByRole('button', { name: 'Copy DKIM value' }).waitFor()
    const domains = await (await page.request.get(`/api/v1/accounts/${accountId}/domains`)).json()
    for (const record of domains.items[0].records) published.set(record.name, [[record.value]])
    await card.getByRole('button', { name: 'Verify' }).click()
    await card.getByText('Verified', { exact: true }).waitFor()
    expect(await card.getByText('Found', { exact: true }).count()).toBe(3)
    await checkPage(page, 'settings-domains')

    // Senders: an address at the verified domain is verified at once.
    await section(page, 'Senders').click()
    await page.getByRole('button', { name: 'Add a sender' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Email address').fill('news@brand-e2e.test')
    await dialog.getByLabel('Sender name').fill('Brand News')
    await dialog.getByRole('button', { name: 'Add sender' }).click()
    await page.getByRole('cell', { name: 'Verified by its domain' }).waitFor()
    await checkPage(page, 'settings-senders')

    await section(page, 'Testers').click()
    await page.getByRole('button', { name: 'Add a tester' }).click()
    await dialog.getByLabel('Email address').fill('qa@example.test')
    await dialog.getByRole('button', { name: 'Add tester' }).click()
    await page.getByRole('cell', { name: 'qa@example.test', exact: true }).waitFor()
    await checkPage(page, 'settings-testers')

    // API keys: the secret is shown once, in a dialog with a copy button and a warning.
    await section(page, 'API keys').click()
    await page.getByRole('button', { name: 'Create an API key' }).click()
    await dialog.getByLabel('Name').fill('Reporting')
    const catalog = await (await page.request.get('/api/v1/permissions')).json()
    const usersView = catalog.permissions.find((p: { key: string }) => p.key === 'users.view')
    await dialog.getByLabel('Permissions').and(page.locator('input')).click()
    await page.getByRole('option', { name: usersView.label, exact: true }).click()
    // Picking a permission picks what it requires (SPEC §2), and the form says so.
    await page.getByRole('option', { name: 'Export contacts', exact: true }).click()
    await dialog.getByText('Export contacts requires View contacts, so it is on too.').waitFor()
    // The list stays open for more choices; a click elsewhere in the dialog closes it.
    await dialog.getByLabel('Name').click()
    await checkPage(page, 'settings-api-key-requirement')
    await dialog.getByRole('button', { name: 'Create key' }).click()
    const secretDialog = page.getByRole('dialog', { name: 'Your new API key' })
    await secretDialog.getByText('This is the only time the key is shown').waitFor()
    await secretDialog.getByRole('button', { name: 'Copy the API key' }).waitFor()
    await checkPage(page, 'settings-api-key-secret')
    const key = (await secretDialog.locator('pre').textContent())?.trim() ?? ''
    const withKey = await e2e.server.app.inject({
      url: `/api/v1/accounts/${accountId}/members`,
      headers: { authorization: `Bearer ${key}` },
    })
    expect(withKey.statusCode).toBe(200)
    const keys = await (await page.request.get(`/api/v1/accounts/${accountId}/api-keys`)).json()
    expect(keys.items[0].permissions).toEqual(['users.view', 'contacts.view', 'contacts.export'])
    await secretDialog.getByRole('button', { name: 'Done' }).click()
    await page.getByRole('cell', { name: 'Reporting', exact: true }).waitFor()

    await section(page, 'Credits').click()
    await page.getByRole('cell', { name: 'Sign-up credits' }).first().waitFor()
    await checkPage(page, 'settings-credits')

    // The audit log, filtered to the API key family, and the same filter as CSV.
    await section(page, 'Audit log').click()
    await page.getByRole('cell', { name: 'account.renamed' }).waitFor()
    await page.getByLabel('Action').fill('api_key')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect.poll(() => page.getByRole('cell', { name: 'account.renamed' }).count()).toBe(0)
    await page.getByRole('cell', { name: 'api_key.created' }).waitFor()
    await checkPage(page, 'settings-audit')
    const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')
    const csv = await (await page.request.get(href ?? '')).text()
    expect(csv).toContain('api_key.created')
    expect(csv).not.toContain('account.renamed')

    const account = await (await page.request.get(`/api/v1/accounts/${accountId}`)).json()
    expect(account.account.name).toBe('Renamed Brand')
    expect(account.account.timeZone).toBe('Asia/Tokyo')
    const senders = await (await page.request.get(`/api/v1/accounts/${accountId}/senders`)).json()
    expect(senders.items).toEqual([
      expect.objectContaining({ email: 'news@brand-e2e.test', verified: true }),
    ])
  })

  it('an Author sees only the sections their permissions open, and the account read-only', async () => {
    const owner = await createUser(e2e.server.deps, 'owner')
    const author = await createUser(e2e.server.deps, 'author')
    await grant(e2e.server.deps, owner.ownAccountId, author.id, { role: 'author' })
    const person = await e2e.person({ width: 375 })
    await signIn(person, author)
    const { page } = person
    await page.goto(`/a/${owner.ownAccountId}/settings`)
    await page.getByText('Changing these settings needs the account settings permission.').waitFor()
    const sections = page.getByRole('navigation', { name: 'Settings' }).getByRole('link')
    await expect.poll(() => sections.allTextContents()).toEqual(['Account', 'Senders', 'Testers'])
    await checkPage(page, 'settings-account-author')
  })
})
