/**
 * The "requires" rules of the permission catalog applied while someone clicks (SPEC §2: the UI's
 * ALLOW ALL / ALLOW NONE and switches keep sets closed). Pure functions of the catalog as the
 * server serves it, so the screen and its tests need nothing else.
 */
export interface Requirement {
  readonly key: string
  readonly requires: readonly string[]
}

/** A change of the set and what else the rules changed with it, in catalog order. */
export interface Change {
  readonly permissions: string[]
  /** Turned on (by turnOn) or off (by turnOff) besides the permission clicked. */
  readonly alsoChanged: string[]
}

function inCatalogOrder(catalog: readonly Requirement[], keys: ReadonlySet<string>): string[] {
  return catalog.filter((entry) => keys.has(entry.key)).map((entry) => entry.key)
}

/** Everything `key` needs, directly or through what it needs, without `key` itself. */
export function requirementsOf(catalog: readonly Requirement[], key: string): Set<string> {
  const found = new Set<string>()
  const pending = [key]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const required of catalog.find((entry) => entry.key === next)?.requires ?? []) {
      if (!found.has(required)) {
        found.add(required)
        pending.push(required)
      }
    }
  }
  found.delete(key)
  return found
}

/** Everything that needs `key`, directly or through another that needs it. */
export function dependentsOf(catalog: readonly Requirement[], key: string): Set<string> {
  return new Set(
    catalog
      .filter((entry) => entry.key !== key && requirementsOf(catalog, entry.key).has(key))
      .map((entry) => entry.key),
  )
}

/** Turning a permission on turns on what it requires. */
export function turnOn(
  catalog: readonly Requirement[],
  held: readonly string[],
  key: string,
): Change {
  const before = new Set(held)
  const added = [...requirementsOf(catalog, key)].filter((required) => !before.has(required))
  const after = new Set([...held, key, ...added])
  return {
    permissions: inCatalogOrder(catalog, after),
    alsoChanged: inCatalogOrder(catalog, new Set(added)),
  }
}

/** Turning a permission off turns off what depends on it: a set never holds a broken requirement. */
export function turnOff(
  catalog: readonly Requirement[],
  held: readonly string[],
  key: string,
): Change {
  const dependents = dependentsOf(catalog, key)
  const removed = held.filter((permission) => dependents.has(permission))
  const after = new Set(
    held.filter((permission) => permission !== key && !dependents.has(permission)),
  )
  return {
    permissions: inCatalogOrder(catalog, after),
    alsoChanged: inCatalogOrder(catalog, new Set(removed)),
  }
}

/**
 * A picker's new selection (a multi-select hands over the whole list), kept closed: what it added
 * is turned on with what it requires, what it dropped is turned off with what depends on it.
 * `alsoChanged` holds what the rules changed besides the picks themselves.
 */
export function pick(
  catalog: readonly Requirement[],
  held: readonly string[],
  picked: readonly string[],
): Change {
  const { added, removed } = picksOf(held, picked)
  let permissions = [...held]
  const changedByRules = new Set<string>()
  const apply = (change: Change) => {
    permissions = change.permissions
    for (const key of change.alsoChanged) changedByRules.add(key)
  }
  for (const key of added) apply(turnOn(catalog, permissions, key))
  for (const key of removed) apply(turnOff(catalog, permissions, key))
  for (const key of [...added, ...removed]) changedByRules.delete(key)
  return { permissions, alsoChanged: inCatalogOrder(catalog, changedByRules) }
}

/** What a new selection added to and dropped from the one before. */
export function picksOf(held: readonly string[], picked: readonly string[]) {
  const before = new Set(held)
  const after = new Set(picked)
  return {
    added: picked.filter((key) => !before.has(key)),
    removed: held.filter((key) => !after.has(key)),
  }
}

/** "Approve campaigns requires …, so they are on too." — said while clicking, as seed 002's rules. */
export function requirementNote(
  labelOf: (key: string) => string,
  key: string,
  on: boolean,
  change: Change,
): string | null {
  if (change.alsoChanged.length === 0) return null
  const others = change.alsoChanged.map(labelOf).join(', ')
  return on
    ? `${labelOf(key)} requires ${others}, so ${plural(change.alsoChanged, 'it is', 'they are')} on too.`
    : `${others} ${plural(change.alsoChanged, 'requires', 'require')} ${labelOf(key)}, so ${plural(change.alsoChanged, 'it is', 'they are')} off too.`
}

function plural(items: readonly unknown[], one: string, many: string): string {
  return items.length === 1 ? one : many
}

/** ALLOW ALL: every permission of the catalog. */
export function allowAll(catalog: readonly Requirement[]): string[] {
  return catalog.map((entry) => entry.key)
}

/** ALLOW NONE: the empty set (closed by definition). */
export function allowNone(): string[] {
  return []
}

/** Whether two sets hold the same permissions, whatever their order. */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a)
  return left.size === new Set(b).size && b.every((key) => left.has(key))
}
