import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/helpers/app.js'
import { deliverEverything, expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { type SmsGateway, startSmsGateway } from '../../test/helpers/sms.js'

// SMS_GATEWAY_URL set: texts leave over HTTP to a real (loopback) gateway.
let t: TestApp
let gateway: SmsGateway
beforeAll(async () => {
  gateway = await startSmsGateway()
  t = await createTestApp({ config: { smsGatewayUrl: gateway.url } })
})
afterAll(async () => {
  await t?.close()
  await gateway?.close()
})

describe('the HTTP SMS gateway', () => {
  it('a text the gateway refuses reached it and fails its recipient with the gateway’s answer', async () => {
    const b = await newBrand(t, 'refused', [{ phone: '+14155550131', firstName: 'Kim' }])
    const campaign = expectStatus(
      await b.browser.post(`${b.base}/campaigns`, {
        name: 'Refused',
        channel: 'sms',
        from: 'ACME',
        text: 'Hi {{ firstName }}',
        groupIds: [b.group.id],
      }),
      201,
    )
    gateway.failWith(400)
    try {
      expectStatus(await b.browser.post(`${b.base}/campaigns/${campaign.id}/send`), 202)
      await deliverEverything(t)
    } finally {
      gateway.failWith(undefined)
    }
    expect(gateway.refused).toEqual([
      { status: 400, message: { to: '+14155550131', from: 'ACME', body: 'Hi Kim' } },
    ])
    expect(gateway.messages).toEqual([])
    const drilldown = expectStatus(
      await b.browser.get(`${b.base}/campaigns/${campaign.id}/report/recipients`),
      200,
    )
    expect(drilldown.items).toMatchObject([
      { address: '+14155550131', status: 'failed', error: 'SMS gateway answered 400' },
    ])
  })
})
