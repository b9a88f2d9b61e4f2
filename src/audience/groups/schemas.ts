import { Type } from 'typebox'
import { Contact, SharedContact } from '../contacts/schemas.js'
import { DateTime, List, Page } from '../schemas.js'

/** What the caller may do with the group, from the same rules the services enforce. */
export const GroupAbilities = Type.Object({
  shared: Type.Boolean({ description: 'shared in by its owner account' }),
  readOnly: Type.Boolean({ description: 'shared in: only its owner account changes it' }),
  edit: Type.Boolean({ description: 'rename, describe, change members' }),
  share: Type.Boolean({ description: 'share with other accounts' }),
  remove: Type.Boolean({
    description: 'delete it; a shared-in group leaves this account’s list (its share ends)',
  }),
  export: Type.Boolean({ description: 'export its contacts (its owner account only)' }),
})

export const Group = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  memberCount: Type.Integer({ minimum: 0 }),
  shared: Type.Boolean({ description: 'shared in by its owner account: read-only here' }),
  ownerAccountId: Type.String(),
  createdAt: DateTime,
  abilities: GroupAbilities,
})

export const Groups = List(Group)

export const GroupContactPage = Type.Union([Page(Contact), Page(SharedContact)], {
  description: 'Full contacts for an own group; the basic data only through a share',
})
