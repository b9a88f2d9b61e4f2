/**
 * The segment builder's model of a filter, and its conversion to and from the API's
 * `{all|any: [{field, op, value} | filter]}`. Pure: the operators per kind of field are those
 * src/audience/segments/filter.ts accepts.
 */

export type Kind = 'text' | 'number' | 'date' | 'boolean' | 'status' | 'group' | 'tag'

export interface FieldChoice {
  /** The API's field name (`fields.<key>` for custom fields); `group` and `tag` are the builder's. */
  value: string
  label: string
  kind: Kind
}

export interface ConditionNode {
  type: 'condition'
  id: number
  field: string
  op: BuilderOp
  value: string
}

export interface GroupNode {
  type: 'group'
  id: number
  match: 'all' | 'any'
  children: Node[]
}

export type Node = ConditionNode | GroupNode

export const STANDARD_FIELDS: readonly FieldChoice[] = [
  { value: 'email', label: 'Email', kind: 'text' },
  { value: 'phone', label: 'Phone', kind: 'text' },
  { value: 'firstName', label: 'First name', kind: 'text' },
  { value: 'lastName', label: 'Last name', kind: 'text' },
  { value: 'emailStatus', label: 'Email status', kind: 'status' },
  { value: 'smsStatus', label: 'SMS status', kind: 'status' },
  { value: 'createdAt', label: 'Added on', kind: 'date' },
  { value: 'group', label: 'Group', kind: 'group' },
  { value: 'tag', label: 'Tag', kind: 'tag' },
]

/** What the builder offers, in words; `not_exists` is `exists` with the value false. */
export const OP_LABELS = {
  eq: 'is',
  neq: 'is not',
  contains: 'contains',
  starts_with: 'starts with',
  gt: 'is after',
  lt: 'is before',
  exists: 'is set',
  not_exists: 'is not set',
  in_group: 'is in',
  not_in_group: 'is not in',
  tagged: 'has',
} as const

export type BuilderOp = keyof typeof OP_LABELS

const OPS_BY_KIND: Record<Kind, readonly BuilderOp[]> = {
  text: ['eq', 'neq', 'contains', 'starts_with', 'exists', 'not_exists'],
  number: ['eq', 'neq', 'gt', 'lt', 'exists', 'not_exists'],
  date: ['eq', 'neq', 'gt', 'lt', 'exists', 'not_exists'],
  boolean: ['eq', 'neq', 'exists', 'not_exists'],
  status: ['eq', 'neq'],
  group: ['in_group', 'not_in_group'],
  tag: ['tagged'],
}

export function opsOf(kind: Kind): readonly BuilderOp[] {
  return OPS_BY_KIND[kind]
}

/** Numbers read "greater than"; dates "after". */
export function opLabel(op: BuilderOp, kind: Kind): string {
  if (kind === 'number' && op === 'gt') return 'is more than'
  if (kind === 'number' && op === 'lt') return 'is less than'
  return OP_LABELS[op]
}

export const needsValue = (op: BuilderOp) => op !== 'exists' && op !== 'not_exists'

let lastId = 0
export const nextId = () => {
  lastId += 1
  return lastId
}

export function newCondition(field = 'email'): ConditionNode {
  return {
    type: 'condition',
    id: nextId(),
    field,
    op: field === 'email' ? 'contains' : 'eq',
    value: '',
  }
}

export function newGroup(match: 'all' | 'any' = 'all'): GroupNode {
  return { type: 'group', id: nextId(), match, children: [newCondition()] }
}

function apiValue(kind: Kind, value: string): unknown {
  if (kind === 'number') return Number(value)
  if (kind === 'boolean') return value === 'true'
  return value
}

function conditionToApi(node: ConditionNode, kindOf: (field: string) => Kind) {
  if (node.op === 'exists' || node.op === 'not_exists')
    return { field: node.field, op: 'exists', value: node.op === 'exists' }
  if (node.value.trim() === '') return undefined
  if (node.op === 'in_group' || node.op === 'not_in_group' || node.op === 'tagged')
    return { op: node.op, value: node.value }
  const kind = kindOf(node.field)
  if (kind === 'number' && !Number.isFinite(Number(node.value))) return undefined
  return { field: node.field, op: node.op, value: apiValue(kind, node.value) }
}

/**
 * The API's filter for a group, leaving out conditions still missing a value (the count follows
 * what is complete); undefined when nothing is complete yet.
 */
export function toFilter(
  group: GroupNode,
  kindOf: (field: string) => Kind,
): Record<string, unknown[]> | undefined {
  const children = group.children
    .map((child) =>
      child.type === 'group' ? toFilter(child, kindOf) : conditionToApi(child, kindOf),
    )
    .filter((child) => child !== undefined)
  return children.length > 0 ? { [group.match]: children } : undefined
}

/** How many conditions lack a value: saving waits for them. */
export function incomplete(group: GroupNode): number {
  return group.children.reduce(
    (sum, child) =>
      sum +
      (child.type === 'group'
        ? incomplete(child)
        : needsValue(child.op) && child.value.trim() === ''
          ? 1
          : 0),
    0,
  )
}

type ApiNode = { all?: ApiNode[]; any?: ApiNode[]; field?: string; op?: string; value?: unknown }

/** The builder's model of a saved filter. */
export function fromFilter(filter: ApiNode): GroupNode {
  const match = Array.isArray(filter.any) ? 'any' : 'all'
  const list = (match === 'any' ? filter.any : filter.all) ?? []
  return { type: 'group', id: nextId(), match, children: list.map(nodeFromApi) }
}

function nodeFromApi(node: ApiNode): Node {
  if (Array.isArray(node.all) || Array.isArray(node.any)) return fromFilter(node)
  const op = node.op as BuilderOp
  const id = nextId()
  if (op === 'in_group' || op === 'not_in_group')
    return { type: 'condition', id, field: 'group', op, value: String(node.value) }
  if (op === 'tagged') return { type: 'condition', id, field: 'tag', op, value: String(node.value) }
  if (op === 'exists')
    return {
      type: 'condition',
      id,
      field: builderField(node.field),
      op: node.value === false ? 'not_exists' : 'exists',
      value: '',
    }
  return {
    type: 'condition',
    id,
    field: builderField(node.field),
    op,
    value: String(node.value ?? ''),
  }
}

/** The API takes a custom field with or without `fields.`; the builder always names it so. */
function builderField(field: unknown): string {
  const name = String(field)
  const standard = STANDARD_FIELDS.some((f) => f.value === name)
  return standard || name.startsWith('fields.') ? name : `fields.${name}`
}

/** The group with one node replaced (by id), anywhere in the tree; null removes it. */
export function replaceNode(group: GroupNode, id: number, next: Node | null): GroupNode {
  const children: Node[] = []
  for (const child of group.children) {
    if (child.id === id) {
      if (next) children.push(next)
    } else children.push(child.type === 'group' ? replaceNode(child, id, next) : child)
  }
  return { ...group, children }
}
