import { enforce, mayViewCrossAccount } from '../access/policies/index.js'
import {
  type AccountAccess,
  accessInReachableAccounts,
  closedForTwoFactor,
} from '../access/service.js'
import type { Deps } from '../deps.js'
import { invalidField } from '../errors.js'
import type { SessionInfo } from '../identity/sessions.js'
import * as repo from './repository.js'
import type { AccountsReport, Figures, OverviewReport, RangeQuery } from './schemas.js'

const DAY = 24 * 3600_000
/** The default range, and the longest one a request may ask for. */
const DEFAULT_DAYS = 30
const MAX_DAYS = 366

/** The range asked for: `to` defaults to now, `from` to 30 days before it; at most 366 days. */
export function resolveRange(query: RangeQuery, now: Date): repo.Range {
  const to = query.to ? new Date(query.to) : now
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_DAYS * DAY)
  if (Number.isNaN(to.getTime())) throw invalidField('to', 'not a time')
  if (Number.isNaN(from.getTime())) throw invalidField('from', 'not a time')
  if (from >= to) throw invalidField('from', 'from must be before to')
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY)
    throw invalidField('from', `a range is at most ${MAX_DAYS} days`)
  return { from, to }
}

function sum(figures: Iterable<Figures>): Figures {
  const total = repo.noFigures()
  for (const one of figures) {
    for (const key of Object.keys(total) as (keyof Figures)[]) total[key] += one[key]
  }
  return total
}

/** Each account's figures side by side (by name) and summed. */
async function accountsReport(
  deps: Deps,
  accountIds: readonly string[],
  range: repo.Range,
): Promise<AccountsReport> {
  const [named, figures] = await Promise.all([
    repo.liveAccountNames(deps.db, accountIds),
    repo.figuresByAccount(deps.db, accountIds, range),
  ])
  const accounts = named.map((account) => ({
    accountId: account.id,
    accountName: account.name,
    figures: figures.get(account.id) ?? repo.noFigures(),
  }))
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    accounts,
    total: sum(accounts.map((account) => account.figures)),
  }
}

/** The account's figures for the range and the same per UTC day, for its overview chart. */
export async function accountOverview(
  deps: Deps,
  access: AccountAccess,
  query: RangeQuery,
): Promise<OverviewReport> {
  const range = resolveRange(query, deps.clock.now())
  const [figures, daily] = await Promise.all([
    repo.figuresByAccount(deps.db, [access.accountId], range),
    repo.dailyFigures(deps.db, access.accountId, range),
  ])
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    figures: figures.get(access.accountId) ?? repo.noFigures(),
    daily,
  }
}

/**
 * Seed 003's roll-up: the account and every sub-account below it where the caller holds
 * reports.view too (as anyone reaching the parent from above does), side by side and summed. An
 * API key reaches its own account only; a sub-account closed to the user for want of 2FA is left
 * out, as the request gate would close it.
 */
export async function subaccountRollup(
  deps: Deps,
  access: AccountAccess,
  session: SessionInfo | undefined,
  query: RangeQuery,
): Promise<AccountsReport> {
  const range = resolveRange(query, deps.clock.now())
  if (!session || access.paths.some((path) => path.kind === 'api_key'))
    return accountsReport(deps, [access.accountId], range)
  const tree = new Set(await repo.accountAndDescendants(deps.db, access.accountId))
  const reachable = await accessInReachableAccounts(deps, access.userId)
  const shown = reachable
    .filter((there) => tree.has(there.accountId) && there.held.has('reports.view'))
    .map((there) => there.accountId)
  const closed = await closedForTwoFactor(deps, session.user, shown)
  return accountsReport(
    deps,
    shown.filter((accountId) => !closed.has(accountId)),
    range,
  )
}

/**
 * Seed 002's cross-account analytics: every account where the user holds reports.cross_account
 * (and is not closed out for want of 2FA), side by side and summed; two or more of them.
 */
export async function crossAccountReport(
  deps: Deps,
  session: SessionInfo,
  query: RangeQuery,
): Promise<AccountsReport> {
  const range = resolveRange(query, deps.clock.now())
  const holding = (await accessInReachableAccounts(deps, session.user.id))
    .filter((access) => access.held.has('reports.cross_account'))
    .map((access) => access.accountId)
  const closed = await closedForTwoFactor(deps, session.user, holding)
  const open = holding.filter((accountId) => !closed.has(accountId))
  enforce(mayViewCrossAccount(open.length))
  return accountsReport(deps, open, range)
}
