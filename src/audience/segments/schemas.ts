import { Type } from 'typebox'
import { DateTime, List } from '../schemas.js'

export const Filter = Type.Record(Type.String(), Type.Any(), {
  description:
    '{"all"|"any": [{field, op, value} | nested filter]}; ops: eq, neq, contains, starts_with, gt, lt, exists, in_group, not_in_group, tagged',
})

export const Segment = Type.Object({
  id: Type.String(),
  name: Type.String(),
  filter: Filter,
  createdAt: DateTime,
  updatedAt: DateTime,
})

export const Segments = List(Segment)

export const SegmentCount = Type.Object({ count: Type.Integer({ minimum: 0 }) })
