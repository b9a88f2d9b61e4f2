import { Type } from 'typebox'

/** What the placeholder routes answer. Presenters return `Static<typeof X>` of these. */

export const PLACEHOLDER_NAME = '^[A-Za-z][A-Za-z0-9_]{0,63}$'
export const MAX_PLACEHOLDER_VALUE = 10_000
export const MAX_PLACEHOLDER_DESCRIPTION = 500

export const Placeholder = Type.Object({
  id: Type.String(),
  accountId: Type.String(),
  name: Type.String({
    description:
      'Letters, digits and _; printed as {{ placeholder.<name> }} in templates and campaigns',
  }),
  defaultValue: Type.String({ description: 'What the placeholder prints' }),
  description: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  abilities: Type.Object(
    {
      edit: Type.Boolean({ description: 'PATCH: templates.manage' }),
      delete: Type.Boolean({ description: 'DELETE: templates.manage' }),
    },
    { description: 'What the caller may do with the placeholder' },
  ),
})

export const PlaceholderList = Type.Object({ items: Type.Array(Placeholder) })

const closed = { additionalProperties: false } as const
const fields = {
  defaultValue: Type.Optional(Type.String({ maxLength: MAX_PLACEHOLDER_VALUE })),
  description: Type.Optional(Type.String({ maxLength: MAX_PLACEHOLDER_DESCRIPTION })),
}

export const PlaceholderCreate = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 64 }), ...fields },
  closed,
)
export const PlaceholderPatch = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })), ...fields },
  closed,
)
