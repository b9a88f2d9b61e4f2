import { Type } from 'typebox'
import { Contact, SharedContact } from '../contacts/schemas.js'
import { DateTime, List, Page } from '../schemas.js'

export const Group = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  memberCount: Type.Integer({ minimum: 0 }),
  shared: Type.Boolean({ description: 'shared in by its owner account: read-only here' }),
  ownerAccountId: Type.String(),
  createdAt: DateTime,
})

export const Groups = List(Group)

export const GroupContactPage = Type.Union([Page(Contact), Page(SharedContact)], {
  description: 'Full contacts for an own group; the basic data only through a share',
})
