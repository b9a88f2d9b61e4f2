import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../../test/helpers/app.js'
import { exportCsv, importCsv, parseCsv } from '../../../test/helpers/csv.js'
import { memberOf } from '../../../test/helpers/factories.js'
import { newOwner } from '../../../test/helpers/sharing.js'
import { EXPORT_PAGE_SIZE } from './exports.js'

const t = useTestApp()

const owner = () => newOwner(t, 'exporter')

describe('GET …/contacts/export', () => {
  it('exports what was imported: importing the export elsewhere exports the same CSV', async () => {
    const a = await owner()
    for (const [key, type] of [
      ['score', 'number'],
      ['vip', 'boolean'],
      ['birthday', 'date'],
    ] as const) {
      expect((await a.browser.post(`${a.base}/fields`, { key, type })).status).toBe(201)
    }
    const csv = [
      'email,phone,firstName,lastName,score,vip,birthday,company,notes',
      'ann@example.com,+14155550101,Ann,Lee,42,yes,1990-05-01,Acme,"likes ""quotes"", commas"',
      'bob@example.com,,Bob,,-3.5,no,,Beta,"two',
      'lines"',
      ',+14155550102,Text,Only,,,,,',
      'eve@example.com,,=HYPERLINK("http://evil.test"),@eve,,true,,+cmd,-minus',
    ].join('\r\n')
    expect(await importCsv(a.browser, a.accountId, csv)).toMatchObject({
      status: 'done',
      imported: 4,
      failed: 0,
    })
    const first = await exportCsv(a.browser, a.accountId)
    expect(first.status).toBe(200)
    expect(first.headers['content-type']).toMatch(/^text\/csv/)
    expect(first.headers['content-disposition']).toMatch(
      /^attachment; filename="contacts-.*\.csv"$/,
    )
    const rows = parseCsv(first.body)
    expect(rows[0]).toEqual([
      'email',
      'phone',
      'firstName',
      'lastName',
      'emailStatus',
      'smsStatus',
      'birthday',
      'company',
      'notes',
      'score',
      'vip',
    ])
    expect(rows).toHaveLength(5)
    expect(rows[1]).toEqual([
      'ann@example.com',
      "'+14155550101",
      'Ann',
      'Lee',
      'subscribed',
      'subscribed',
      '1990-05-01',
      'Acme',
      'likes "quotes", commas',
      '42',
      'true',
    ])
    expect(rows[2]?.[8]).toBe('two\r\nlines')
    expect(rows[2]?.[9]).toBe("'-3.5")

    const b = await owner()
    expect(await importCsv(b.browser, b.accountId, first.body)).toMatchObject({
      status: 'done',
      imported: 4,
      failed: 0,
    })
    const second = await exportCsv(b.browser, b.accountId)
    expect(second.body).toBe(first.body)
  })

  it('neutralises formulas: every cell starting with = + - @, tab or NUL', async () => {
    const { browser, accountId, base } = await owner()
    const created = await browser.post(`${base}/contacts`, {
      email: 'formula@example.com',
      firstName: '=1+1',
      lastName: '@SUM(A1)',
      fields: { a: '+1', b: '-2', c: '\tTab', d: 'safe', e: "'=already" },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const rows = parseCsv((await exportCsv(browser, accountId)).body)
    const row = Object.fromEntries(rows[0]?.map((h, i) => [h, rows[1]?.[i]]) ?? [])
    expect(row).toMatchObject({
      firstName: "'=1+1",
      lastName: "'@SUM(A1)",
      a: "'+1",
      b: "'-2",
      c: "'\tTab",
      d: 'safe',
      e: "'=already",
    })
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\0]/)
  })

  it('exports a group or a segment, walking every page', async () => {
    const { browser, accountId, base } = await owner()
    const group = await browser.post(`${base}/groups`, { name: 'Big' })
    const total = EXPORT_PAGE_SIZE + 5
    const lines = Array.from(
      { length: total },
      (_, i) => `p${i}@example.com,${i % 2 ? 'odd' : 'even'}`,
    )
    await importCsv(
      browser,
      accountId,
      `email,kind\n${lines.join('\n')}\n`,
      `?groupId=${group.body.id}`,
    )
    await importCsv(browser, accountId, 'email\noutside@example.com\n')
    const all = parseCsv((await exportCsv(browser, accountId)).body)
    expect(all).toHaveLength(total + 2)
    const grouped = parseCsv(
      (await exportCsv(browser, accountId, `?groupId=${group.body.id}`)).body,
    )
    expect(grouped).toHaveLength(total + 1)
    expect(grouped.slice(1).map((r) => r[0])).toEqual(lines.map((l) => l.split(',')[0]))
    const segment = await browser.post(`${base}/segments`, {
      name: 'Odd',
      filter: { all: [{ field: 'kind', op: 'eq', value: 'odd' }] },
    })
    expect(segment.status, JSON.stringify(segment.body)).toBe(201)
    const odd = parseCsv(
      (await exportCsv(browser, accountId, `?segmentId=${segment.body.id}`)).body,
    )
    expect(odd).toHaveLength(Math.floor(total / 2) + 1)
    const both = await exportCsv(
      browser,
      accountId,
      `?groupId=${group.body.id}&segmentId=${segment.body.id}`,
    )
    // The filters combine: the group's members the segment matches.
    expect(parseCsv(both.body)).toHaveLength(odd.length)
    const missing = await exportCsv(browser, accountId, `?groupId=${segment.body.id}`)
    expect(missing.status).toBe(404)
    expect(missing.body.error.resource).toBe('group')
  })

  it('records contacts.exported with the selection and the row count', async () => {
    const { browser, accountId, base } = await owner()
    await importCsv(browser, accountId, 'email\nx1@example.com\nx2@example.com\n')
    await exportCsv(browser, accountId)
    const audit = await browser.get(`${base}/audit`)
    const entry = audit.body.items.find((e: any) => e.action === 'contacts.exported')
    expect(entry).toMatchObject({
      details: { groupId: null, segmentId: null, rows: 2, complete: true },
      actor: { kind: 'user' },
    })
  })

  it('needs contacts.export: 403 for Analysts, Collaborators and Admins, 404 for strangers', async () => {
    const { accountId } = await owner()
    for (const role of ['analyst', 'collaborator', 'admin'] as const) {
      const member = await memberOf(t.deps, t.app, accountId, { role })
      const reply = await exportCsv(member.browser, accountId)
      expect(reply.status, role).toBe(403)
      expect(reply.body.error).toMatchObject({ code: 'forbidden', permission: 'contacts.export' })
    }
    const exporter = await memberOf(t.deps, t.app, accountId, {
      permissions: ['contacts.view', 'contacts.export'],
    })
    expect((await exportCsv(exporter.browser, accountId)).status).toBe(200)
    const stranger = await owner()
    const hidden = await exportCsv(stranger.browser, accountId)
    expect(hidden.status).toBe(404)
    expect(hidden.body.error.resource).toBe('account')
  })
})
