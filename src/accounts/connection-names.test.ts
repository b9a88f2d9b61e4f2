import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../test/helpers/app.js'
import { newOwner } from '../../test/helpers/sharing.js'

const t = useTestApp()

describe('connection listings', () => {
  it('name the applicant to the account side and the account to the connected user', async () => {
    const { user: owner, browser: ownerBrowser } = await newOwner(t, 'brand')
    const { user: designer, browser: designerBrowser } = await newOwner(t, 'designer')
    const application = { type: 'access_others', email: owner.email, role: 'analyst' }
    await designerBrowser.post('/api/v1/connections', application)

    const incoming = await ownerBrowser.get('/api/v1/connections?direction=incoming')
    const [pending] = incoming.body.items
    expect(pending).toMatchObject({
      status: 'pending',
      userName: 'designer',
      userEmail: designer.email,
      accountName: "brand's account",
    })

    await ownerBrowser.post(`/api/v1/connections/${pending.id}/accept`)
    const outgoing = await designerBrowser.get('/api/v1/connections?direction=outgoing')
    expect(outgoing.body.items).toEqual([
      expect.objectContaining({ accountId: owner.ownAccountId, accountName: "brand's account" }),
    ])
  })
})
