import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { manualClock, useTestApp } from '../../test/helpers/app.js'
import { type Brand, expectStatus, newBrand } from '../../test/helpers/campaigns.js'
import { DATE_JOB } from './date-jobs.js'
import { BACKFILL_JOB, CATCH_UP_DAYS, daysDue } from './program-jobs.js'
import { addDays, type CalendarDate, dayKey, localParts, zonedInstant } from './time.js'
import { ProgramWorker } from './worker.js'

// 2031 is a common year, 2032 a leap year. Every test moves the clock forward only.
const clock = manualClock(new Date('2031-02-20T00:00:00Z'))
const t = useTestApp({ clock, config: { publicUrl: 'https://chorus.example' } })

const settle = () => new ProgramWorker(t.deps).drain()

/** Moves the clock to the zone's wall time on that day. */
function moveTo(zone: string, date: CalendarDate, hour: number, minute = 0) {
  const target = zonedInstant(zone, date, { hour, minute }).getTime()
  expect(target).toBeGreaterThanOrEqual(clock.now().getTime())
  clock.advance(target - clock.now().getTime())
}

const day = (text: string): CalendarDate => {
  const [year, month, date] = text.split('-').map(Number) as [number, number, number]
  return { year, month, day: date }
}

async function brandIn(name: string, timeZone: string) {
  const b = await newBrand(t, name, [])
  expectStatus(await b.browser.patch(`/api/v1/accounts/${b.accountId}`, { timeZone }), 200)
  expectStatus(await b.browser.post(`${b.base}/fields`, { key: 'birthday', type: 'date' }), 201)
  return b
}

async function tagProgram(
  b: Brand,
  trigger: Record<string, unknown>,
  options: { backfill?: boolean; activate?: boolean } = {},
) {
  const tag = expectStatus(
    await b.browser.post(`${b.base}/tags`, { name: `t${randomUUID().slice(0, 8)}` }),
    201,
  )
  const program = expectStatus(
    await b.browser.post(`${b.base}/programs`, {
      name: `Program ${randomUUID().slice(0, 6)}`,
      trigger,
      steps: [{ id: randomUUID(), type: 'add_tag', tagId: tag.id }],
    }),
    201,
  )
  if (options.activate !== false) {
    expectStatus(
      await b.browser.post(`${b.base}/programs/${program.id}/activate`, {
        backfill: options.backfill ?? false,
      }),
      200,
    )
  }
  return program as { id: string }
}

const birthdays = (time = '09:00') => ({
  type: 'date_field',
  field: 'birthday',
  time,
  daysBefore: 0,
})

async function addContact(b: Brand, email: string, fields: Record<string, unknown> = {}) {
  return expectStatus(await b.browser.post(`${b.base}/contacts`, { email, fields }), 201) as {
    id: string
  }
}

/** Who entered the program, with the key they entered with, by address. */
async function entered(programId: string) {
  const rows = await t.deps.db
    .selectFrom('program_enrolments as e')
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.account_id', '=', 'e.account_id').onRef('c.id', '=', 'e.contact_id'),
    )
    .select(['c.email', 'e.dedupe_key'])
    .where('e.program_id', '=', programId)
    .orderBy('c.email')
    .orderBy('e.dedupe_key')
    .execute()
  return rows.map((r) => `${r.email} ${r.dedupe_key}`)
}

function dateJobOf(programId: string) {
  return t.deps.db
    .selectFrom('jobs')
    .select(['run_at', 'payload'])
    .where('kind', '=', DATE_JOB)
    .where('key', '=', programId)
    .executeTakeFirst()
}

describe('a dated trigger’s job', () => {
  it('fires 29 February’s dates on 28 February of a common year, and on the 29th in a leap year', async () => {
    const b = await brandIn('leapday', 'UTC')
    await addContact(b, 'leap@example.com', { birthday: '2000-02-29' })
    await addContact(b, 'feb28@example.com', { birthday: '1990-02-28' })
    await addContact(b, 'mar1@example.com', { birthday: '1991-03-01' })
    const program = await tagProgram(b, birthdays())
    await settle()
    // The days before the 28th come and go (the server down meanwhile: the job catches up).
    moveTo('UTC', day('2031-02-28'), 8)
    await settle()
    expect(await entered(program.id)).toEqual([])
    // After its run the job waits for the trigger's time.
    expect((await dateJobOf(program.id))?.run_at).toEqual(new Date('2031-02-28T09:00:00Z'))

    moveTo('UTC', day('2031-02-28'), 9, 5)
    await settle()
    await settle()
    expect(await entered(program.id)).toEqual([
      'feb28@example.com date:2031',
      'leap@example.com date:2031',
    ])
    expect((await dateJobOf(program.id))?.run_at).toEqual(new Date('2031-03-01T09:00:00Z'))

    moveTo('UTC', day('2032-02-28'), 9, 5)
    await settle()
    expect(await entered(program.id)).toEqual([
      'feb28@example.com date:2031',
      'feb28@example.com date:2032',
      'leap@example.com date:2031',
    ])
    moveTo('UTC', day('2032-02-29'), 9, 5)
    await settle()
    expect((await entered(program.id)).filter((e) => e.startsWith('leap'))).toEqual([
      'leap@example.com date:2031',
      'leap@example.com date:2032',
    ])
  })

  it('makes up the days it missed while the server was down, at most a week back, each once', async () => {
    const zone = 'America/St_Johns'
    const b = await brandIn('catchup', zone)
    const today = addDays(localParts(clock.now(), zone), 12)
    const birthday = (daysAgo: number) => `1980-${dayKey(addDays(today, -daysAgo)).slice(5)}`
    await addContact(b, 'nine@example.com', { birthday: birthday(9) })
    await addContact(b, 'five@example.com', { birthday: birthday(5) })
    await addContact(b, 'two@example.com', { birthday: birthday(2) })
    await addContact(b, 'today@example.com', { birthday: birthday(0) })
    await addContact(b, 'tomorrow@example.com', { birthday: birthday(-1) })
    moveTo(zone, addDays(today, -10), 8)
    const program = await tagProgram(b, birthdays())
    await settle()
    // Down for ten days: back at 09:30 on the last one.
    moveTo(zone, today, 9, 30)
    await settle()
    await settle()
    const year = `date:${today.year}`
    expect(await entered(program.id)).toEqual([
      `five@example.com ${year}`,
      `today@example.com ${year}`,
      `two@example.com ${year}`,
    ])
    expect(CATCH_UP_DAYS).toBe(7)
  })

  it('reads “today” in the account’s zone, for a date field and for createdAt, far from UTC', async () => {
    const zone = 'Pacific/Kiritimati' // UTC+14: its morning is the previous day in UTC.
    const b = await brandIn('kiritimati', zone)
    const today = addDays(localParts(clock.now(), zone), 2)
    const yesterday = addDays(today, -1)
    const monthDay = (d: CalendarDate) => dayKey(d).slice(5)
    await addContact(b, 'local@example.com', { birthday: `1985-${monthDay(today)}` })
    await addContact(b, 'utc@example.com', { birthday: `1985-${monthDay(yesterday)}` })
    // Kept without a year, or malformed: the first still comes round, the others never (no error).
    const odd = [
      ['noyear@example.com', `0000-${monthDay(today)}`],
      ['garbage@example.com', 'soon'],
      ['huge@example.com', `99999-${monthDay(today)}`],
    ]
    for (const [email, value] of odd) {
      const contact = await addContact(b, email as string)
      await t.deps.db
        .updateTable('contacts')
        .set({ fields: JSON.stringify({ birthday: value }) })
        .where('id', '=', contact.id)
        .execute()
    }
    const birthdaysProgram = await tagProgram(b, birthdays())
    // Created on this day (local) in 2025: 05:00 there is the day before in UTC; and one created
    // at 20:00 local the day before, which is the same UTC day.
    const created = [
      [
        'made-today@example.com',
        zonedInstant(zone, { ...today, year: 2025 }, { hour: 5, minute: 0 }),
      ],
      [
        'made-before@example.com',
        zonedInstant(zone, { ...yesterday, year: 2025 }, { hour: 20, minute: 0 }),
      ],
    ] as const
    for (const [email, at] of created) {
      const contact = await addContact(b, email)
      await t.deps.db
        .updateTable('contacts')
        .set({ created_at: at as never })
        .where('id', '=', contact.id)
        .execute()
    }
    const anniversaries = await tagProgram(b, { ...birthdays(), field: 'createdAt' })
    moveTo(zone, today, 9, 10)
    expect(clock.now().toISOString().slice(0, 10)).toBe(dayKey(yesterday))
    await settle()
    const key = `date:${today.year}`
    expect(await entered(birthdaysProgram.id)).toEqual([
      `local@example.com ${key}`,
      `noyear@example.com ${key}`,
    ])
    expect(await entered(anniversaries.id)).toEqual([`made-today@example.com ${key}`])
  })

  it('follows the program: gone when paused or deleted, back when resumed, moved with the zone', async () => {
    const b = await brandIn('follows', 'UTC')
    const program = await tagProgram(b, birthdays('10:00'))
    await settle()
    const next = (zone: string) => {
      const local = localParts(clock.now(), zone)
      const passed = local.hour >= 10
      return zonedInstant(zone, addDays(local, passed ? 1 : 0), { hour: 10, minute: 0 })
    }
    expect((await dateJobOf(program.id))?.run_at).toEqual(next('UTC'))
    // The zone moves the next run: due at once, then at 10:00 in the new zone.
    expectStatus(
      await b.browser.patch(`/api/v1/accounts/${b.accountId}`, { timeZone: 'Asia/Tokyo' }),
      200,
    )
    expect((await dateJobOf(program.id))?.run_at).toBeNull()
    await settle()
    expect((await dateJobOf(program.id))?.run_at).toEqual(next('Asia/Tokyo'))
    expectStatus(await b.browser.post(`${b.base}/programs/${program.id}/pause`), 200)
    expect(await dateJobOf(program.id)).toBeUndefined()
    expectStatus(await b.browser.post(`${b.base}/programs/${program.id}/resume`), 200)
    expect(await dateJobOf(program.id)).toBeDefined()
    expectStatus(await b.browser.delete(`${b.base}/programs/${program.id}`), 204)
    expect(await dateJobOf(program.id)).toBeUndefined()
  })
})

describe('the days a date job enrols', () => {
  it('are today once its time has passed, and the days missed since the last, at most a week', () => {
    const now = new Date('2031-06-15T12:00:00Z')
    const keys = (days: CalendarDate[]) => days.map(dayKey)
    expect(keys(daysDue(now, 'UTC', '09:00', null))).toEqual(['2031-06-15'])
    expect(keys(daysDue(now, 'UTC', '13:00', null))).toEqual([])
    expect(keys(daysDue(now, 'UTC', '09:00', '2031-06-15'))).toEqual([])
    expect(keys(daysDue(now, 'UTC', '13:00', '2031-06-12'))).toEqual(['2031-06-13', '2031-06-14'])
    expect(keys(daysDue(now, 'UTC', '09:00', '2031-05-01'))).toHaveLength(7)
    // 12:00 UTC is 02:00 the next day in Kiritimati (UTC+14) and 09:30 in St John's (UTC−2:30).
    expect(keys(daysDue(now, 'Pacific/Kiritimati', '01:00', null))).toEqual(['2031-06-16'])
    expect(keys(daysDue(now, 'America/St_Johns', '09:30', null))).toEqual(['2031-06-15'])
    expect(keys(daysDue(now, 'America/St_Johns', '09:31', null))).toEqual([])
  })
})

describe('backfill on activation', () => {
  it('is a job: the activation answers at once, the job enrols those who already match', async () => {
    const b = await newBrand(t, 'backfill', [])
    const group = expectStatus(await b.browser.post(`${b.base}/groups`, { name: 'Members' }), 201)
    for (const email of ['one@example.com', 'two@example.com']) {
      expectStatus(await b.browser.post(`${b.base}/contacts`, { email, groupIds: [group.id] }), 201)
    }
    const program = await tagProgram(
      b,
      { type: 'group_joined', groupId: group.id },
      { backfill: true },
    )
    expect(await entered(program.id)).toEqual([])
    const queued = await t.deps.db
      .selectFrom('jobs')
      .select('payload')
      .where('kind', '=', BACKFILL_JOB)
      .execute()
    expect(queued.map((j) => j.payload.programId)).toContain(program.id)
    await settle()
    expect(await entered(program.id)).toEqual(['one@example.com null', 'two@example.com null'])
  })
})
