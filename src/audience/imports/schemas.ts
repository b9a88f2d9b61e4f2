import { Type } from 'typebox'
import { FieldType } from '../contacts/schemas.js'
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

export const ColumnChoice = Type.Union(
  [
    Type.Object({
      kind: Type.Union([
        Type.Literal('email'),
        Type.Literal('phone'),
        Type.Literal('firstName'),
        Type.Literal('lastName'),
        Type.Literal('ignored'),
      ]),
    }),
    Type.Object({
      kind: Type.Literal('field'),
      key: Type.String({ description: 'a custom field key; a new one is created' }),
      type: Type.Optional(FieldType),
    }),
  ],
  { description: 'what one column fills: a standard field, a custom field, or nothing (ignored)' },
)

export const ImportPreview = Type.Object({
  header: Type.Array(Type.String()),
  rows: Type.Array(Type.Array(Type.String()), { description: 'the first data rows, as read' }),
  columns: Type.Array(ColumnChoice, {
    description: 'the automatic mapping, one entry per header column',
  }),
  problem: Nullable(
    Type.String({ description: 'why the automatic mapping cannot run as it is (choose columns)' }),
  ),
})
