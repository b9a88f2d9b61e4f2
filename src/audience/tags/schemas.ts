import { Type } from 'typebox'
import { List } from '../schemas.js'

export const Tag = Type.Object({ id: Type.String(), name: Type.String() })

export const Tags = List(Tag)
