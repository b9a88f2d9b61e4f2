import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { suppressionReasons } from '../audience/suppression/repository.js'
import { repriceSmsRecipient } from '../campaigns/credits.js'
import { type CampaignRow, lockCampaign } from '../campaigns/repository.js'
import { campaignEventData, emitStatusChanged, finish } from '../campaigns/service.js'
import type { ContactLike } from '../content/render.js'
import type { Deps } from '../deps.js'
import { recordAudit } from '../developer/audit.js'
import { AppError } from '../errors.js'
import { Ticker } from '../jobs/ticker.js'
import { emitWebhookEvent } from '../webhooks/events.js'
import { classifyFailure, type Failure, RenderFailure } from './failures.js'
import { applyInboundEvents, ledgerBounce } from './inbound.js'
import { buildEmail, buildSms, type PreparedCampaign, prepareCampaign } from './messages.js'
import {
  type ClaimedRecipient,
  claimRecipients,
  contactsOf,
  expandAudience,
  failUnsent,
  hasUnfinished,
  markSent,
  markUnsent,
  requeueClaimed,
} from './recipients.js'
import * as leases from './repository.js'
import { smsSegments } from './sms.js'

/** How long a leader's claim on a campaign lasts without renewal (renewed every batch). */
export const LEASE_MS = 15_000
const BATCH_SIZE = 200
/** Sent rows are marked in groups: a crash resends at most this many plus the batch in flight. */
const MARK_EVERY = 50
const MAX_ATTEMPTS = 5
const POLL_MS = 1_000
const SYSTEM = { userId: null, kind: 'system' as const }

type Outcome = { kind: 'sent' } | Failure

/** A message ready to go: the call that hands it to the transport and, for an SMS, its parts. */
interface RenderedMessage {
  handOver: () => Promise<void>
  parts?: number
}

/** A recipient that was not sent, and why. */
interface Unsent {
  recipient: ClaimedRecipient
  reason: string
  /** The receiving server refused the address itself: suppressed like a bounce. */
  hardBounce?: boolean
}

/** Set when the batches in progress must not start another message. */
interface Halt {
  now: boolean
}

/** The batches a leader has in progress, oldest first; each resolves true when the transport was down. */
class BatchesInProgress {
  private readonly batches: Promise<boolean>[] = []

  get size() {
    return this.batches.length
  }

  add(batch: Promise<boolean>) {
    // Its failure is observed when it is awaited; until then it must not count as unhandled.
    batch.catch(() => {})
    this.batches.push(batch)
  }

  /** Waits for the oldest batch, and answers whether the transport was down for it. */
  async oldestDone(): Promise<boolean> {
    const oldest = this.batches[0]
    try {
      return oldest ? await oldest : false
    } finally {
      this.batches.shift()
    }
  }

  /** Waits for every batch in progress; the first failure, if any, is thrown after all ended. */
  async settled(): Promise<void> {
    const all = this.batches.splice(0)
    const outcomes = await Promise.allSettled(all)
    const failure = outcomes.find((o) => o.status === 'rejected')
    if (failure) throw failure.reason
  }
}

class Semaphore {
  private free: number
  private readonly waiting: Array<() => void> = []
  constructor(size: number) {
    this.free = size
  }
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1
    else await new Promise<void>((resolve) => this.waiting.push(resolve))
    try {
      return await task()
    } finally {
      const next = this.waiting.shift()
      if (next) next()
      else this.free += 1
    }
  }
}

/** Spaces an account's messages to its send rate (per process). */
class RateLimiter {
  private nextAt = 0
  constructor(private readonly perSecond: number) {}
  async take() {
    if (this.perSecond <= 0) return
    const now = Date.now()
    const at = Math.max(now, this.nextAt)
    this.nextAt = at + 1000 / this.perSecond
    if (at > now) await sleep(at - now)
  }
}

/**
 * The delivery worker: every process running it takes campaigns that are sending, one leader per
 * campaign (a lease in the campaign row, renewed every batch), and works the send ledger. Every
 * step is safe to run twice: a claim is a status change under SKIP LOCKED, and a row turns sent
 * together with its credit debit.
 */
export class DeliveryWorker {
  readonly id = `worker-${randomUUID()}`
  private readonly running = new Map<string, Promise<void>>()
  private readonly limiters = new Map<string, RateLimiter>()
  private readonly slots: Semaphore
  private stopping = false
  private ticker: Ticker | undefined

  constructor(private readonly deps: Deps) {
    this.slots = new Semaphore(deps.config.sendConcurrency)
  }

  start() {
    this.ticker = new Ticker(this.deps.log, 'delivery', POLL_MS, () => this.tick()).start()
    return this
  }

  async stop() {
    this.stopping = true
    await this.ticker?.stop()
    await Promise.allSettled(this.running.values())
  }

  /** Runs until no campaign has anything left to send (tests and `chorus worker --once`). */
  async drain() {
    for (;;) {
      await this.tick()
      if (this.running.size === 0) return
      await Promise.allSettled(this.running.values())
    }
  }

  /**
   * Starts due scheduled campaigns, each with its audit entry and status_changed event in the one
   * transaction: a start that fails leaves the campaign scheduled and tells nobody, and of two
   * workers only the one whose update started it emits.
   */
  private async startDueCampaigns(now: Date) {
    await this.deps.db.transaction().execute(async (tx) => {
      for (const campaign of await leases.startDueCampaigns(tx, now)) {
        await recordAudit(tx, SYSTEM, {
          accountId: campaign.account_id,
          action: 'campaign.started',
          target: { type: 'campaign', id: campaign.id },
          details: { name: campaign.name, from: 'scheduled' },
        })
        await emitStatusChanged(tx, campaign)
      }
    })
  }

  /** Starts due scheduled campaigns and takes the lead of sending campaigns nobody leads. */
  async tick() {
    if (this.stopping) return
    const now = this.deps.clock.now()
    await this.startDueCampaigns(now)
    const candidates = await leases.leadableCampaigns(this.deps.db, this.id, now)
    for (const candidate of candidates) {
      const key = `${candidate.account_id}/${candidate.id}`
      if (this.running.has(key)) continue
      const lead = await this.takeLead(candidate)
      if (!lead) continue
      const run = this.deliver(lead)
        .catch((error) =>
          this.deps.log.warn({ err: error, campaignId: lead.id }, 'delivery stopped; will resume'),
        )
        .finally(() => this.running.delete(key))
      this.running.set(key, run)
    }
  }

  private takeLead(ref: { account_id: string; id: string }) {
    const now = this.deps.clock.now()
    return leases.takeLease(this.deps.db, ref, this.id, now, this.leaseEnd(now))
  }

  /** Renews the lease; the campaign's status, or undefined when another process leads now. */
  private renewLease(campaign: CampaignRow) {
    return leases.renewLease(this.deps.db, campaign, this.id, this.leaseEnd(this.deps.clock.now()))
  }

  private leaseEnd(now: Date) {
    return new Date(now.getTime() + LEASE_MS)
  }

  private releaseLease(campaign: CampaignRow) {
    return leases.releaseLease(this.deps.db, campaign, this.id)
  }

  private async deliver(campaign: CampaignRow) {
    // Rows claimed but never marked belong to a leader that died: they were in flight.
    const requeued = await requeueClaimed(this.deps.db, campaign)
    if (requeued > 0) {
      this.deps.log.info({ campaignId: campaign.id, requeued }, 'resending messages in flight')
    }
    const prepared = await this.prepare(campaign)
    if (!prepared) return
    const halt: Halt = { now: false }
    const batches = new BatchesInProgress()
    let leaseToRelease = false
    try {
      leaseToRelease = await this.workLedger(prepared, halt, batches)
    } finally {
      // Done, paused, ended, stopping or failed: what is not on its way yet goes back to the queue,
      // and no batch is left running behind (a next leader would put its claimed rows back in the
      // queue while they are being sent).
      halt.now = true
      await batches.settled()
    }
    // Whoever takes the campaign up next (a resume, another process) need not wait for the lease
    // to lapse; that includes a campaign found paused or ended just as it completed.
    if (leaseToRelease) await this.releaseLease(campaign)
  }

  /**
   * The campaign's templates, compiled. Content that compiled at launch but no longer does (the
   * limits changed since) would fail on every try: the recipients not sent yet fail with the
   * reason and the campaign ends, instead of being taken up again for ever.
   */
  private async prepare(campaign: CampaignRow): Promise<PreparedCampaign | undefined> {
    try {
      return await prepareCampaign(this.deps, campaign)
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error
      this.deps.log.warn(
        { err: error, campaignId: campaign.id },
        'campaign content does not compile',
      )
      await failUnsent(this.deps.db, campaign, error.message)
      await this.complete(campaign)
      return undefined
    }
  }

  /**
   * Claims and sends batch after batch until the campaign is done, paused or ended, or the process
   * stops. The next batch is claimed and starts while the last one finishes, so the connections
   * never wait on the database between batches; two at most are in progress. Answers whether
   * the lease is still this worker's to release (not when another process took the lead).
   */
  private async workLedger(
    prepared: PreparedCampaign,
    halt: Halt,
    batches: BatchesInProgress,
  ): Promise<boolean> {
    const campaign = prepared.campaign
    let cursor: string | null = null
    let backoffMs = 0
    const settle = async () => {
      const transportDown = await batches.oldestDone()
      backoffMs = transportDown ? Math.min(Math.max(backoffMs * 2, 500), 30_000) : 0
      if (backoffMs > 0) await sleep(backoffMs)
    }
    while (!this.stopping) {
      const status = await this.renewLease(campaign)
      if (status !== 'sending') return status !== undefined
      const batch = await claimRecipients(
        this.deps.db,
        campaign,
        cursor,
        BATCH_SIZE,
        this.deps.clock.now(),
      )
      if (batch.length === 0) {
        // A batch in progress may give rows back (retries): decide once it is done.
        if (batches.size > 0) {
          await settle()
          continue
        }
        if (cursor !== null) {
          cursor = null
          continue
        }
        if ((await expandAudience(this.deps.db, campaign)) > 0) continue
        if (await hasUnfinished(this.deps.db, campaign)) {
          await sleep(200)
          continue
        }
        await this.complete(campaign)
        return true
      }
      cursor = batch.at(-1)?.contactId ?? null
      batches.add(this.sendBatch(prepared, batch, halt))
      if (batches.size > 1) await settle()
    }
    return true
  }

  private async complete(campaign: CampaignRow) {
    await this.deps.db.transaction().execute(async (tx) => {
      const row = await lockCampaign(tx, campaign.account_id, campaign.id)
      if (row?.status !== 'sending' || row.lease_owner !== this.id) return
      if (await hasUnfinished(tx, row)) return
      const done = await finish(tx, row, 'sent', this.deps.clock.now())
      await recordAudit(tx, SYSTEM, {
        accountId: row.account_id,
        action: 'campaign.sent',
        target: { type: 'campaign', id: row.id },
        details: { name: row.name, creditsUsed: Number(done.credits_used) },
      })
      await emitStatusChanged(tx, done)
      await emitWebhookEvent(tx, row.account_id, 'campaign.sent', async () =>
        campaignEventData(done),
      )
    })
  }

  /**
   * Sends one claimed batch; true when the transport was down for part of it. Once `halt` is set,
   * messages not yet handed to the transport go back to the queue unsent.
   */
  private async sendBatch(prepared: PreparedCampaign, batch: ClaimedRecipient[], halt: Halt) {
    const campaign = prepared.campaign
    const db = this.deps.db
    const contacts = await contactsOf(db, batch)
    const reasons = await suppressionReasons(
      db,
      campaign.account_id,
      campaign.channel,
      batch.map((r) => r.address),
    )
    const skipped = batch.filter((r) => !contacts.has(r.contactId) || reasons.has(r.address))
    await markUnsent(db, campaign, {
      status: 'skipped',
      contactIds: skipped.map((r) => r.contactId),
      error: 'suppressed or deleted before sending',
    })
    const marks = new SentMarks(this, campaign)
    const failed: Unsent[] = []
    const temporary: Unsent[] = []
    const unreached: string[] = []
    const held: string[] = []
    const limiter = this.limiterFor(campaign.account_id)
    await Promise.all(
      batch
        .filter((r) => !skipped.includes(r))
        .map(async (recipient) => {
          const outcome = await this.slots.run(async () => {
            if (halt.now || this.stopping) return undefined
            await limiter.take()
            return this.sendOne(prepared, recipient, contacts)
          })
          // Marking waits outside the slot, so the next message goes out meanwhile.
          if (outcome === undefined) held.push(recipient.contactId)
          else if (outcome.kind === 'sent') await marks.add(recipient.contactId)
          else if (outcome.kind === 'permanent')
            failed.push({ recipient, reason: outcome.reason, hardBounce: outcome.hardBounce })
          else if (outcome.kind === 'temporary')
            temporary.push({ recipient, reason: outcome.reason })
          else unreached.push(recipient.contactId)
        }),
    )
    await marks.flush()
    await this.persist(() => markUnsent(db, campaign, { status: 'failed', ...reasonsOf(failed) }))
    await this.persist(() => this.suppressHardBounces(campaign, failed))
    await this.settleTemporary(campaign, temporary)
    // A relay or gateway that cannot be reached is nobody's fault: no attempt is used, so an
    // outage fails nobody (the worker backs off instead).
    await markUnsent(db, campaign, {
      status: 'queued',
      contactIds: unreached,
      error: 'transport unavailable; will retry',
    })
    await markUnsent(db, campaign, {
      status: 'queued',
      contactIds: held,
      error: 'held back by a pause or a stop',
    })
    return unreached.length > 0
  }

  /** Addresses the receiving server refused at send time bounce as a bounce report would. */
  private async suppressHardBounces(campaign: CampaignRow, failed: Unsent[]) {
    const bounced = failed.filter((u) => u.hardBounce)
    if (bounced.length === 0) return
    await applyInboundEvents(
      this.deps,
      bounced.map(({ recipient: { contactId } }) =>
        ledgerBounce(
          `smtp:${campaign.id}.${contactId}`,
          { campaignId: campaign.id, contactId },
          true,
        ),
      ),
    )
  }

  /** "Not now" answers use up an attempt each; the last one fails the recipient. */
  private async settleTemporary(campaign: CampaignRow, temporary: Unsent[]) {
    const exhausted = temporary.filter((u) => u.recipient.attempts + 1 >= MAX_ATTEMPTS)
    const again = temporary.filter((u) => !exhausted.includes(u))
    await markUnsent(this.deps.db, campaign, {
      status: 'failed',
      ...reasonsOf(exhausted, `gave up after ${MAX_ATTEMPTS} attempts: `),
      countAttempt: true,
    })
    await markUnsent(this.deps.db, campaign, {
      status: 'queued',
      ...reasonsOf(again, 'will retry: '),
      countAttempt: true,
    })
  }

  private async sendOne(
    prepared: PreparedCampaign,
    recipient: ClaimedRecipient,
    contacts: Map<string, ContactLike>,
  ): Promise<Outcome> {
    const contact = contacts.get(recipient.contactId)
    if (!contact) return { kind: 'permanent', reason: 'contact deleted' }
    let message: RenderedMessage
    try {
      message = await this.render(prepared, recipient, contact)
    } catch (error) {
      // Whatever rendering throws, it would throw again: the recipient fails with the reason.
      return classifyFailure(new RenderFailure(error))
    }
    if (message.parts !== undefined) {
      const price = await repriceSmsRecipient(this.deps.db, {
        campaign: prepared.campaign,
        contactId: recipient.contactId,
        charged: recipient.credits,
        parts: message.parts,
      })
      if (price === 'ended') return { kind: 'permanent', reason: 'the campaign ended first' }
      if (price === 'short') {
        return {
          kind: 'permanent',
          reason: `not enough SMS credits for this ${message.parts}-part message`,
        }
      }
    }
    try {
      await message.handOver()
      return { kind: 'sent' }
    } catch (error) {
      return classifyFailure(error)
    }
  }

  /** Renders the recipient's message; an SMS also tells its parts, which set its price. */
  private async render(
    prepared: PreparedCampaign,
    recipient: ClaimedRecipient,
    contact: ContactLike,
  ): Promise<RenderedMessage> {
    if (prepared.campaign.channel === 'email') {
      const mail = await buildEmail(prepared, recipient, contact)
      return { handOver: () => this.deps.mailer.send(mail) }
    }
    const sms = await buildSms(prepared, recipient, contact)
    return { handOver: () => this.deps.sms.send(sms), parts: smsSegments(sms.body) }
  }

  private limiterFor(accountId: string) {
    let limiter = this.limiters.get(accountId)
    if (!limiter) {
      limiter = new RateLimiter(this.deps.config.sendRatePerAccount)
      this.limiters.set(accountId, limiter)
    }
    return limiter
  }

  /**
   * Writes that record what already happened (a message went out) are retried while the database
   * is away, so an outage does not turn sent messages back into queued ones.
   */
  async persist(write: () => Promise<unknown>) {
    for (let wait = 250; ; wait = Math.min(wait * 2, 5_000)) {
      try {
        await write()
        return
      } catch (error) {
        if (this.stopping) throw error
        this.deps.log.warn({ err: error }, 'could not record sends; retrying')
        await sleep(wait)
      }
    }
  }

  get clock() {
    return this.deps.clock
  }

  get db() {
    return this.deps.db
  }
}

/** The contact ids of `unsent` and, in the same order, their reasons (after `prefix`). */
function reasonsOf(unsent: Unsent[], prefix = '') {
  return {
    contactIds: unsent.map((u) => u.recipient.contactId),
    error: unsent.map((u) => `${prefix}${u.reason}`),
  }
}

/** A campaign a scheduled start set sending, as its webhook event carries it. */
/** Sent rows waiting to be marked, written every MARK_EVERY messages and at the batch's end. */
class SentMarks {
  private pending: string[] = []
  private writing: Promise<void> = Promise.resolve()
  constructor(
    private readonly worker: DeliveryWorker,
    private readonly campaign: CampaignRow,
  ) {}

  async add(contactId: string) {
    this.pending.push(contactId)
    if (this.pending.length >= MARK_EVERY) await this.flush()
  }

  flush() {
    const ids = this.pending
    this.pending = []
    if (ids.length > 0) {
      this.writing = this.writing.then(() =>
        this.worker.persist(() =>
          markSent(this.worker.db, this.campaign, ids, this.worker.clock.now()),
        ),
      )
    }
    return this.writing
  }
}

/**
 * The server's worker. On the embedded database only this process can be running (the data folder
 * is locked), so leases left by a process that was killed are cleared at once instead of waiting
 * for them to expire.
 */
export async function startDelivery(deps: Deps): Promise<DeliveryWorker> {
  if (deps.dbKind === 'pglite') await leases.clearLeases(deps.db)
  return new DeliveryWorker(deps).start()
}
