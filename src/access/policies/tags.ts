import type { Caller, PolicyDecision } from './decision.js'
import { allow, refuse } from './decision.js'

/**
 * Naming a tag that does not exist yet on a contact write creates it, which is tags.manage's job:
 * without it only existing tags may be set (and the contact is left untouched).
 */
export function mayCreateTagsOnTheFly(
  caller: Pick<Caller, 'held'>,
  newTagNames: readonly string[],
): PolicyDecision {
  const [first] = newTagNames
  if (first === undefined || caller.held.has('tags.manage')) return allow('tags_on_the_fly')
  return refuse(
    'tags_on_the_fly',
    `tag ${first} does not exist; creating tags needs tags.manage`,
    'forbidden',
    { permission: 'tags.manage' },
  )
}
