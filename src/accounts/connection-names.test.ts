import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../test/helpers/app.js'
import { createUser, logIn } from '../../test/helpers/factories.js'

const t = useTestApp()

describe('connection listings', () => {
  it('name the applicant to the account side and the account to the connected user', async () => {
    const owner = await createUser(t.deps, 'brand')
    const ownerBrowser = await logIn(t.app, owner)
    const designer = await createUser(t.deps, 'designer')
    const designerBrowser = await logIn(t.app, designer)
    await designerBrowser.post('/api/v1/connections', {
      type: 'access_others',
      email: owner.email,
      role: 'analyst',
    })

    const incoming = await ownerBrowser.get('/api/v1/connections?direction=incoming')
    const [application] = incoming.body.items
    expect(application).toMatchObject({
      status: 'pending',
      userName: 'designer',
      userEmail: designer.email,
      accountName: "brand's account",
    })

    await ownerBrowser.post(`/api/v1/connections/${application.id}/accept`)
    const outgoing = await designerBrowser.get('/api/v1/connections?direction=outgoing')
    expect(outgoing.body.items).toEqual([
      expect.objectContaining({ accountId: owner.ownAccountId, accountName: "brand's account" }),
    ])
  })
})
