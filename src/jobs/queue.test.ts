import { describe, expect, it } from 'vitest'
import { manualClock, useTestApp } from '../../test/helpers/app.js'
import {
  claimJobs,
  enqueueJobs,
  type Job,
  type JobHandler,
  JobQueue,
  keyedJobDueNow,
  removeKeyedJob,
} from './queue.js'

const clock = manualClock()
const t = useTestApp({ clock })

describe('the job queue', () => {
  it('runs each due job once per claim, by its kind’s handler, and deletes it when done', async () => {
    const ran: string[] = []
    await enqueueJobs(t.deps.db, [
      { kind: 'test.record', payload: { name: 'now' } },
      {
        kind: 'test.record',
        payload: { name: 'later' },
        runAt: new Date(clock.now().getTime() + 60_000),
      },
    ])
    const handlers = {
      'test.record': async (_deps: unknown, job: Job) => {
        ran.push(String(job.payload.name))
        return undefined
      },
    }
    await new JobQueue(t.deps, handlers).drain()
    expect(ran).toEqual(['now'])
    clock.advance(60_000)
    await new JobQueue(t.deps, handlers).drain()
    expect(ran).toEqual(['now', 'later'])
    expect(
      await t.deps.db.selectFrom('jobs').select('id').where('kind', '=', 'test.record').execute(),
    ).toEqual([])
  })

  it('runs a keyed job again at once when it is made due during a run', async () => {
    const later = () => new Date(clock.now().getTime() + 86_400_000)
    for (const ending of ['reschedules', 'finishes'] as const) {
      const key = `changed-${ending}`
      let runs = 0
      const handlers = {
        'test.changed': async (deps: Parameters<JobHandler>[0]) => {
          runs += 1
          // The program changes while its first run works from what it read before.
          if (runs === 1) await keyedJobDueNow(deps.db, { kind: 'test.changed', key })
          return ending === 'reschedules' ? { retryAt: later() } : undefined
        },
      }
      await keyedJobDueNow(t.deps.db, { kind: 'test.changed', key })
      const queue = new JobQueue(t.deps, handlers)
      await queue.tick()
      await queue.idle()
      expect(runs).toBe(1)
      await queue.drain()
      expect(runs).toBe(2)
      await removeKeyedJob(t.deps.db, 'test.changed', key)
    }
  })

  it('leaves a leased job to its worker until the lease lapses', async () => {
    await enqueueJobs(t.deps.db, [{ kind: 'test.leased' }])
    const first = await claimJobs(t.deps.db, 'worker-a', clock.now(), 10)
    expect(first.filter((job) => job.kind === 'test.leased')).toHaveLength(1)
    expect(await claimJobs(t.deps.db, 'worker-b', clock.now(), 10)).toEqual([])
    clock.advance(5 * 60 * 1000 + 1)
    const taken = await claimJobs(t.deps.db, 'worker-b', clock.now(), 10)
    expect(taken).toMatchObject([{ kind: 'test.leased', attempts: 2 }])
    await t.deps.db.deleteFrom('jobs').where('kind', '=', 'test.leased').execute()
  })

  it('retries a job whose handler throws, then keeps it failed with the error', async () => {
    await enqueueJobs(t.deps.db, [{ kind: 'test.broken' }])
    const queue = new JobQueue(t.deps, {
      'test.broken': async () => {
        throw new Error('the handler broke')
      },
    })
    for (let run = 0; run < 5; run += 1) {
      await queue.drain()
      clock.advance(24 * 3600 * 1000)
    }
    const row = await t.deps.db
      .selectFrom('jobs')
      .select(['status', 'attempts', 'last_error'])
      .where('kind', '=', 'test.broken')
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'failed', attempts: 5, last_error: 'the handler broke' })
  })

  it('counts a handler’s own retries apart from its failures: one throw late in a schedule is retried', async () => {
    await enqueueJobs(t.deps.db, [{ kind: 'test.scheduled' }])
    let runs = 0
    const queue = new JobQueue(t.deps, {
      'test.scheduled': async () => {
        runs += 1
        if (runs === 7) throw new Error('the database went away')
        if (runs < 9) return { retryAt: new Date(clock.now().getTime() + 1000) }
        return undefined
      },
    })
    for (let tick = 0; tick < 12; tick += 1) {
      await queue.drain()
      clock.advance(24 * 3600 * 1000)
    }
    expect(runs).toBe(9)
    const left = await t.deps.db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', 'test.scheduled')
      .execute()
    expect(left).toEqual([])
  })
})

describe('the job queue under a burst', () => {
  it('claims again at once while claims come back full: five batches in one tick', async () => {
    const jobs = Array.from({ length: 40 }, (_, i) => ({ kind: 'test.burst', payload: { i } }))
    await enqueueJobs(t.deps.db, jobs)
    const ran: number[] = []
    const queue = new JobQueue(t.deps, {
      'test.burst': async (_deps: unknown, job: Job) => {
        ran.push(Number(job.payload.i))
        return undefined
      },
    })
    expect(await queue.tick()).toBe(40)
    await queue.idle()
    expect(ran.sort((a, b) => a - b)).toEqual(jobs.map((_, i) => i))
  })

  it('claims only the kinds it has handlers for, and placed jobs only in their place', async () => {
    await enqueueJobs(t.deps.db, [
      { kind: 'test.other', payload: {} },
      { kind: 'test.placed', place: 'here' },
      { kind: 'test.placed', place: 'elsewhere' },
    ])
    const ran: string[] = []
    const handlers = {
      'test.placed': async (_deps: unknown, job: Job) => {
        ran.push(job.kind)
        return undefined
      },
    }
    await new JobQueue(t.deps, handlers, { place: 'here' }).drain()
    expect(ran).toEqual(['test.placed'])
    const left = await t.deps.db
      .selectFrom('jobs')
      .select(['kind', 'place'])
      .where('kind', 'in', ['test.other', 'test.placed'])
      .orderBy('kind')
      .execute()
    expect(left).toEqual([
      { kind: 'test.other', place: null },
      { kind: 'test.placed', place: 'elsewhere' },
    ])
    await t.deps.db.deleteFrom('jobs').where('kind', 'like', 'test.%').execute()
  })
})
