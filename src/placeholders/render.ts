import type { Kysely, Transaction } from 'kysely'
import { variablePaths } from '../content/render.js'
import type { DB } from '../db/schema.js'
import { placeholdersNamed } from './repository.js'

/** The context name placeholders are printed under: `{{ placeholder.footer }}`. */
export const PLACEHOLDER_SCOPE = 'placeholder'

/** The placeholder names the sources print. */
export function placeholderNamesIn(sources: readonly string[]): string[] {
  const names = new Set<string>()
  for (const source of sources) {
    for (const [scope, name] of variablePaths(source)) {
      if (scope === PLACEHOLDER_SCOPE && name !== undefined) names.add(name)
    }
  }
  return [...names]
}

/**
 * What `placeholder` holds when a message of `accountId` made of `sources` is rendered: the
 * default value of each placeholder it prints (one that does not exist prints nothing), so the
 * render context stays as small as the message.
 */
export async function placeholderValues(
  db: Kysely<DB> | Transaction<DB>,
  accountId: string,
  sources: readonly string[],
): Promise<Record<string, string>> {
  const rows = await placeholdersNamed(db, accountId, placeholderNamesIn(sources))
  return Object.fromEntries(rows.map((row) => [row.name, row.default_value]))
}
