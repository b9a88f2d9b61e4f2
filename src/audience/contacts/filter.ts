import { sql } from 'kysely'
import { Type } from 'typebox'
import type { Deps } from '../../deps.js'
import { invalidField, notFound } from '../../errors.js'
import { existingId } from '../../ids.js'
import * as groupsRepo from '../groups/repository.js'
import { Id } from '../route-params.js'
import { escapeLike } from '../segments/filter.js'
import { segmentPredicate } from '../segments/service.js'
import * as repo from './repository.js'

const Status = Type.Union([
  Type.Literal('subscribed'),
  Type.Literal('unsubscribed'),
  Type.Literal('pending'),
])

/**
 * Which contacts a screen means: the contacts table, its count, its bulk actions and the export all
 * take this one object (as query parameters or as a body's `filter`), so "everything the filter
 * matches" is the same set everywhere.
 */
export const ContactFilter = Type.Object(
  {
    q: Type.Optional(
      Type.String({ maxLength: 200, description: 'part of the email, name or phone' }),
    ),
    groupId: Type.Optional(Id),
    segmentId: Type.Optional(Id),
    tag: Type.Optional(Type.String({ maxLength: 100, description: 'a tag name' })),
    emailStatus: Type.Optional(Status),
    smsStatus: Type.Optional(Status),
    field: Type.Optional(Type.String({ maxLength: 64, description: 'a custom field key' })),
    fieldValue: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'the value `field` equals; without it, contacts with any value in `field`',
      }),
    ),
  },
  { additionalProperties: false },
)

export interface ContactFilterInput {
  q?: string | undefined
  groupId?: string | undefined
  segmentId?: string | undefined
  tag?: string | undefined
  emailStatus?: 'subscribed' | 'unsubscribed' | 'pending' | undefined
  smsStatus?: 'subscribed' | 'unsubscribed' | 'pending' | undefined
  field?: string | undefined
  fieldValue?: string | undefined
}

/** A filter resolved: the group (so a list can walk its memberships) and the other conditions. */
export interface ResolvedFilter {
  groupId?: string
  where?: repo.ContactPredicate
  /** Everything, the group included, as one predicate: for counts, bulk actions and exports. */
  all: repo.ContactPredicate
  /** Whether only the account's own contacts can match (a shared-in contact has no group, tag…). */
  ownOnly: boolean
}

function searchPredicate(q: string): repo.ContactPredicate {
  const like = `%${escapeLike(q)}%`
  return (eb) =>
    eb.or([
      eb('c.email', 'ilike', like),
      eb('c.first_name', 'ilike', like),
      eb('c.last_name', 'ilike', like),
      eb('c.phone', 'like', like),
    ])
}

function tagPredicate(tag: string): repo.ContactPredicate {
  return (eb) =>
    eb.exists(
      eb
        .selectFrom('contact_tags as ct')
        .innerJoin('tags as t', (join) =>
          join.onRef('t.account_id', '=', 'ct.account_id').onRef('t.id', '=', 'ct.tag_id'),
        )
        .select('ct.tag_id')
        .whereRef('ct.account_id', '=', 'c.account_id')
        .whereRef('ct.contact_id', '=', 'c.id')
        .where(sql`lower(t.name)`, '=', tag.trim().toLowerCase()),
    )
}

export function groupPredicate(groupId: string): repo.ContactPredicate {
  return (eb) =>
    eb.exists(
      eb
        .selectFrom('group_members as gm')
        .select('gm.contact_id')
        .whereRef('gm.account_id', '=', 'c.account_id')
        .whereRef('gm.contact_id', '=', 'c.id')
        .where('gm.group_id', '=', groupId),
    )
}

async function fieldPredicate(
  deps: Deps,
  accountId: string,
  key: string,
  value: string | undefined,
): Promise<repo.ContactPredicate> {
  if (!(await repo.fieldTypes(deps.db, accountId)).has(key)) {
    throw invalidField('field', `${key} is not a custom field of this account`)
  }
  // Values are compared as the text jsonb gives them (numbers as digits, booleans as true/false).
  if (value === undefined) return () => sql<boolean>`c.fields ->> ${key} is not null`
  return () => sql<boolean>`lower(c.fields ->> ${key}) = ${value.trim().toLowerCase()}`
}

function statusPredicate(column: 'c.email_status' | 'c.sms_status', status: string) {
  return ((eb) => eb(column, '=', status as never)) satisfies repo.ContactPredicate
}

export async function resolveFilter(
  deps: Deps,
  accountId: string,
  filter: ContactFilterInput,
): Promise<ResolvedFilter> {
  if (filter.fieldValue !== undefined && filter.field === undefined) {
    throw invalidField('field', 'fieldValue needs the field it is a value of')
  }
  const conditions: repo.ContactPredicate[] = []
  if (filter.segmentId) conditions.push(await segmentPredicate(deps, accountId, filter.segmentId))
  if (filter.q) conditions.push(searchPredicate(filter.q))
  if (filter.tag) conditions.push(tagPredicate(filter.tag))
  if (filter.emailStatus) conditions.push(statusPredicate('c.email_status', filter.emailStatus))
  if (filter.smsStatus) conditions.push(statusPredicate('c.sms_status', filter.smsStatus))
  if (filter.field) {
    conditions.push(await fieldPredicate(deps, accountId, filter.field, filter.fieldValue))
  }
  let groupId: string | undefined
  if (filter.groupId) {
    const group = await groupsRepo.findGroup(
      deps.db,
      accountId,
      existingId(filter.groupId, 'group'),
    )
    if (!group) throw notFound('group')
    groupId = group.id
  }
  const where: repo.ContactPredicate | undefined = conditions.length
    ? (eb) => eb.and(conditions.map((c) => c(eb)))
    : undefined
  const everything = groupId ? [groupPredicate(groupId), ...conditions] : conditions
  return {
    ...(groupId ? { groupId } : {}),
    ...(where ? { where } : {}),
    all: (eb) => eb.and(everything.map((c) => c(eb))),
    // Statuses, groups, segments, tags and custom fields are never shown through a share.
    ownOnly: Boolean(
      groupId ||
        filter.segmentId ||
        filter.tag ||
        filter.emailStatus ||
        filter.smsStatus ||
        filter.field,
    ),
  }
}
