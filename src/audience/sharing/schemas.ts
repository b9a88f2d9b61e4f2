import { type TSchema, Type } from 'typebox'
import { ShareAbilities } from '../../sharing/schemas.js'
import { Channel, DateTime, List, Nullable } from '../schemas.js'

export const Share = Type.Object({
  groupId: Type.String(),
  ownerAccountId: Type.String(),
  accountId: Type.String({ description: 'the account the group is shared with' }),
  accountName: Type.String(),
  basis: Type.Union([Type.Literal('team'), Type.Literal('subaccount')], {
    description: 'a team mate account of a common team, or a sub-account of the owner',
  }),
  teamId: Nullable(Type.String({ description: 'the team the share was made in' })),
  createdBy: Nullable(Type.String({ description: 'the user who shared it' })),
  createdAt: DateTime,
  abilities: ShareAbilities('group'),
})

export const Shares = List(Share)

/** A list cut at `max` items, by account name; `truncated` says when there were more. */
const Bounded = <T extends TSchema>(item: T, max: number, what: string) =>
  Type.Object({
    items: Type.Array(item, { description: `by account name, at most ${max}` }),
    truncated: Type.Boolean({ description: `true when there are more than ${max} ${what}` }),
  })

/** The most shares `…/group-shares` answers at once. */
export const MAX_ACCOUNT_SHARES = 500

export const AccountGroupShares = Bounded(Share, MAX_ACCOUNT_SHARES, 'shares')

/** The most share targets one answer lists. */
export const MAX_SHARE_TARGETS = 500

/** An account a group may be shared with now, and the basis the share would be made on. */
export const ShareTarget = Type.Object({
  accountId: Type.String(),
  accountName: Type.String(),
  basis: Share.properties.basis,
  teamId: Nullable(Type.String({ description: 'the common team, for a team mate account' })),
  teamName: Nullable(Type.String()),
})

export const ShareTargets = Bounded(ShareTarget, MAX_SHARE_TARGETS, 'targets')

export const SharedInUnsubscribe = Type.Object({
  contactId: Type.String(),
  ownerAccountId: Type.String({ description: 'the account that owns the contact' }),
  channel: Channel,
  address: Type.String(),
  source: Type.String({ description: 'how the unsubscribe came: campaign, api, import…' }),
  unsubscribedAt: DateTime,
})

export const SharedInUnsubscribes = List(SharedInUnsubscribe)

/** A contact shared down to a sub-account (seed 003). */
export const ContactShare = Type.Object({
  contactId: Type.String(),
  ownerAccountId: Type.String(),
  accountId: Type.String({ description: 'the sub-account the contact is shared with' }),
  accountName: Type.String(),
  createdBy: Nullable(Type.String({ description: 'the user who shared it' })),
  createdAt: DateTime,
  abilities: ShareAbilities('contact'),
})

export const ContactShares = List(ContactShare)
