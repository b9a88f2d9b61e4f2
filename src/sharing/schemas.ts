import { Type } from 'typebox'
import { SHARE_KINDS, type ShareKind } from './rules.js'

/** What the caller may do with a share of this kind (one shape for groups, templates, contacts). */
export const ShareAbilities = (kind: ShareKind) =>
  Type.Object(
    {
      remove: Type.Boolean({
        description: `DELETE the share: ${SHARE_KINDS[kind].share} in the owner account`,
      }),
    },
    { description: 'What the caller may do with the share' },
  )
