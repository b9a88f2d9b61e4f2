import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../../test/helpers/app.js'
import { finished, parseCsv, uploadCsv, uploadMultipart } from '../../../test/helpers/csv.js'
import { newOwner } from '../../../test/helpers/sharing.js'

const t = useTestApp()
const owner = () => newOwner(t, 'mapper')

const CSV = [
  'E-mail,Given name,Plan,Score,Notes',
  'ann@example.test,Ann,Gold,5,first',
  'not-an-address,Bob,Basic,7,second',
  'cy@example.test,Cy,Basic,oops,"third, with a comma"',
  'dee@example.test,Dee,Gold,9,fourth',
].join('\n')

describe('the import screen: preview, chosen mapping, rejected rows', () => {
  it('previews the header, the first rows and the automatic mapping', async () => {
    const { browser, base } = await owner()
    await browser.post(`${base}/fields`, { key: 'plan', type: 'text' })
    const reply = await browser.request('POST', `${base}/imports/preview`, CSV, {
      'content-type': 'text/csv',
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.header).toEqual(['E-mail', 'Given name', 'Plan', 'Score', 'Notes'])
    expect(reply.body.rows).toHaveLength(4)
    expect(reply.body.rows[2][4]).toBe('third, with a comma')
    expect(reply.body.columns).toEqual([
      { kind: 'email' },
      { kind: 'firstName' },
      { kind: 'field', key: 'plan', type: 'text' },
      { kind: 'field', key: 'Score', type: 'text' },
      { kind: 'field', key: 'Notes', type: 'text' },
    ])
    expect(reply.body.problem).toBeNull()
    // Nothing was created by looking.
    expect((await browser.get(`${base}/fields`)).body.items.map((f: any) => f.key)).toEqual([
      'plan',
    ])
  })

  it('says why a file without an address column cannot be imported as it is', async () => {
    const { browser, base } = await owner()
    const reply = await browser.request(
      'POST',
      `${base}/imports/preview`,
      'Name,Town\nAnn,Oslo\n',
      {
        'content-type': 'text/csv',
      },
    )
    expect(reply.status).toBe(200)
    expect(reply.body.problem).toMatch(/needs an email or a phone column/)
  })

  it('imports with the chosen mapping: a renamed column, a new typed field, a skipped one', async () => {
    const { browser, accountId, base } = await owner()
    const mapping = [
      { kind: 'email' },
      { kind: 'firstName' },
      { kind: 'field', key: 'plan', type: 'text' },
      { kind: 'field', key: 'score', type: 'number' },
      { kind: 'ignored' },
    ]
    const started = await uploadMultipart(
      browser,
      accountId,
      CSV,
      `?mapping=${encodeURIComponent(JSON.stringify(mapping))}`,
    )
    expect(started.status, JSON.stringify(started.body)).toBe(202)
    const done = await finished(browser, accountId, started.body.importId)
    expect(done).toMatchObject({ status: 'done', processed: 4, imported: 2, failed: 2 })
    const fields = (await browser.get(`${base}/fields`)).body.items
    expect(fields).toEqual([
      { key: 'plan', label: 'plan', type: 'text' },
      { key: 'score', label: 'score', type: 'number' },
    ])
    const list = (await browser.get(`${base}/contacts`)).body.items
    expect(list.map((c: any) => [c.email, c.firstName, c.fields])).toEqual([
      ['ann@example.test', 'Ann', { plan: 'Gold', score: 5 }],
      ['dee@example.test', 'Dee', { plan: 'Gold', score: 9 }],
    ])

    const rejected = await browser.get(`${base}/imports/${started.body.importId}/rejected.csv`)
    expect(rejected.status).toBe(200)
    expect(rejected.headers['content-type']).toMatch(/text\/csv/)
    const rows = parseCsv(rejected.body)
    expect(rows[0]).toEqual([
      'E-mail',
      'Given name',
      'Plan',
      'Score',
      'Notes',
      'Import error',
      'Import row',
    ])
    expect(rows.slice(1).map((r) => [r[0], r[4], r[6]])).toEqual([
      ['not-an-address', 'second', '2'],
      ['cy@example.test', 'third, with a comma', '3'],
    ])
    expect(rows[2]?.[5]).toMatch(/^score: /)

    // Fixed and imported again with the automatic mapping: the two extra columns are skipped.
    const fixed = rejected.body
      .replace('not-an-address', 'bob@example.test')
      .replace(',oops,', ',3,')
    const again = await uploadCsv(browser, accountId, fixed)
    expect(again.status, JSON.stringify(again.body)).toBe(202)
    expect(await finished(browser, accountId, again.body.importId)).toMatchObject({
      imported: 2,
      failed: 0,
    })
    expect((await browser.get(`${base}/fields`)).body.items.map((f: any) => f.key)).not.toContain(
      'Import_error',
    )
  })

  it('refuses a mapping that does not fit, naming the mapping', async () => {
    const { browser, accountId, base } = await owner()
    await browser.post(`${base}/fields`, { key: 'score', type: 'date' })
    const cases = [
      'not json',
      JSON.stringify([{ kind: 'email' }]),
      JSON.stringify([
        { kind: 'email' },
        { kind: 'nope' },
        { kind: 'ignored' },
        { kind: 'ignored' },
        { kind: 'ignored' },
      ]),
      JSON.stringify([
        { kind: 'ignored' },
        { kind: 'firstName' },
        { kind: 'ignored' },
        { kind: 'ignored' },
        { kind: 'ignored' },
      ]),
      JSON.stringify([
        { kind: 'email' },
        { kind: 'ignored' },
        { kind: 'ignored' },
        { kind: 'field', key: 'score', type: 'number' },
        { kind: 'ignored' },
      ]),
    ]
    for (const mapping of cases) {
      const reply = await uploadCsv(
        browser,
        accountId,
        CSV,
        `?mapping=${encodeURIComponent(mapping)}`,
      )
      expect(reply.status, mapping).toBe(422)
      expect(reply.body.error.field, mapping).toBe('mapping')
    }
  })

  it('keeps a row refused for a NUL in a cell, and imports the good rows of its batch', async () => {
    const { browser, accountId, base } = await owner()
    const csv = 'email,first_name\nann@example.test,Ann\nbob@example.test,B\u0000b\n'
    const started = await uploadCsv(browser, accountId, csv)
    expect(await finished(browser, accountId, started.body.importId)).toMatchObject({
      status: 'done',
      imported: 1,
      failed: 1,
    })
    const rows = parseCsv(
      (await browser.get(`${base}/imports/${started.body.importId}/rejected.csv`)).body,
    )
    expect(rows[1]?.slice(0, 2)).toEqual(['bob@example.test', 'B\uFFFDb'])
  })

  it('keeps rejected rows to the account: another account gets 404', async () => {
    const a = await owner()
    const b = await owner()
    const started = await uploadCsv(a.browser, a.accountId, CSV)
    await finished(a.browser, a.accountId, started.body.importId)
    const reply = await b.browser.get(
      `/api/v1/accounts/${a.accountId}/imports/${started.body.importId}/rejected.csv`,
    )
    expect(reply.status).toBe(404)
    const own = await b.browser.get(`${b.base}/imports/${started.body.importId}/rejected.csv`)
    expect(own.status).toBe(404)
  })
})
