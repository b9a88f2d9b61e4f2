import * as campaigns from '../campaigns/repository.js'
import { campaignFacts } from '../campaigns/service.js'
import type { Deps } from '../deps.js'
import { AppError, notFound } from '../errors.js'
import { isUuid } from '../ids.js'
import { ownerOf, SHARE_KINDS } from '../sharing/service.js'
import type { Permission } from './catalog.js'
import { decide } from './grants.js'
import { allows } from './policies/abilities.js'
import type { Caller } from './policies/decision.js'
import { type PolicyDecision, type ResourceFacts, resourceCheck } from './policies/index.js'
import {
  type AccountAccess,
  type Explanation,
  explainDecision,
  loadAccountAccess,
} from './service.js'

type Kind = ResourceFacts['kind']
const KINDS: readonly Kind[] = ['campaign', 'group', 'template', 'contact']

function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value)
}

/** `type:id` → the kind and id; an unknown type is 422 naming the field. */
export function parseResource(ref: string): { kind: Kind; id: string } {
  const [kind = '', id = ''] = ref.split(':', 2)
  if (!isKind(kind)) {
    throw new AppError(
      'validation_failed',
      `resource must be one of ${KINDS.join(', ')}: type:id`,
      {
        field: 'resource',
      },
    )
  }
  return { kind, id }
}

/** What seeing a resource needs, as its own routes check it. */
const VIEW: Record<Kind, Permission> = {
  campaign: 'campaigns.view',
  group: SHARE_KINDS.group.view,
  template: SHARE_KINDS.template.view,
  contact: SHARE_KINDS.contact.view,
}

/**
 * The facts the rules need, of a resource the account can see (its own or shared in) and the
 * caller could open themselves (a Basic user only their own campaigns); else 404, exactly as the
 * resource's own route answers, so `explain` tells nobody about what they cannot see.
 */
async function loadFacts(deps: Deps, caller: Caller, kind: Kind, id: string) {
  const facts = isUuid(id) ? await factsOf(deps, caller.accountId, kind, id) : undefined
  if (!facts || !allows(caller, facts, VIEW[kind])) throw notFound(kind)
  return facts
}

async function factsOf(
  deps: Deps,
  accountId: string,
  kind: Kind,
  id: string,
): Promise<ResourceFacts | undefined> {
  if (kind === 'campaign') {
    const row = await campaigns.findCampaign(deps.db, accountId, id)
    return row && { kind, campaign: campaignFacts(row) }
  }
  const owner = await ownerOf(deps, kind, accountId, id)
  return owner && { kind, shared: { kind, ownerAccountId: owner.ownerAccountId } }
}

function outcome(decision: PolicyDecision) {
  return decision.allowed
    ? { rule: decision.rule, allowed: true }
    : { rule: decision.rule, allowed: false, reason: decision.reason }
}

/** The rule that decided: the first refusal; with none, the last rule, unless the permission denies. */
function decidingRule(rules: PolicyDecision[], permissionAllowed: boolean) {
  const refusal = rules.find((decision) => !decision.allowed)
  if (refusal) return { rule: refusal.rule, reason: refusal.reason }
  const last = rules.at(-1)
  return permissionAllowed && last ? { rule: last.rule } : {}
}

/**
 * `explain` on a resource: the permission as the route checks it (the same `decide`), then every
 * rule of the resource for that user, the same pure functions the services enforce. Allowed only
 * when both allow, so the answer says what the request would meet.
 */
export async function explainOnResource(
  deps: Deps,
  caller: AccountAccess,
  userId: string,
  permission: Permission,
  resource: string,
): Promise<Explanation> {
  const { kind, id } = parseResource(resource)
  const accountId = caller.accountId
  const facts = await loadFacts(deps, caller, kind, id)
  const access = await loadAccountAccess(deps, userId, accountId)
  const { gate, rules } = resourceCheck(access, facts, permission)
  const explanation = explainDecision(userId, accountId, decide(access.paths, gate))
  const allowed = explanation.allowed && rules.every((decision) => decision.allowed)
  return {
    ...explanation,
    permission,
    allowed,
    resource: `${kind}:${id}`,
    ...decidingRule(rules, explanation.allowed),
    rules: rules.map(outcome),
  }
}
