import { Type } from 'typebox'
import { DateTime, Nullable } from '../schemas.js'

export const ImportStarted = Type.Object({ importId: Type.String() })

export const ImportRowError = Type.Object({
  row: Type.Integer({ description: '1 is the first data row after the header' }),
  field: Type.Optional(Type.String()),
  message: Type.String(),
})

export const Import = Type.Object({
  id: Type.String(),
  status: Type.Union([
    Type.Literal('queued'),
    Type.Literal('running'),
    Type.Literal('done'),
    Type.Literal('failed'),
    Type.Literal('cancelled'),
  ]),
  groupId: Nullable(Type.String({ description: 'the group every imported contact joins' })),
  processed: Type.Integer({ description: 'data rows read' }),
  imported: Type.Integer({ description: 'new contacts' }),
  updated: Type.Integer({ description: 'existing contacts updated' }),
  failed: Type.Integer({ description: 'rows refused' }),
  errors: Type.Array(ImportRowError, { description: 'the first 1,000 row errors' }),
  message: Nullable(Type.String({ description: 'why a failed or cancelled import stopped' })),
  createdAt: DateTime,
  finishedAt: Nullable(DateTime),
})
