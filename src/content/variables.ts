import type { Static } from 'typebox'
import { listFields } from '../audience/contacts/repository.js'
import type { Deps } from '../deps.js'
import { PLACEHOLDER_SCOPE } from '../placeholders/render.js'
import { placeholdersNamed } from '../placeholders/repository.js'
import { BASIC_NAMES, variablePaths } from './render.js'
import type { TemplateVariable } from './schemas.js'
import type { MessageContent } from './templates.js'

/**
 * "Check template variables" (seed 004): every variable a message reads, and whether the account
 * that renders it has it — a standard contact field, a custom field (as `plan` or `fields.plan`),
 * a placeholder (`placeholder.footer`) or a value the platform supplies (`unsubscribeUrl`).
 * Anything else prints nothing for every contact.
 */

type Variable = Static<typeof TemplateVariable>
type Kind = Variable['kind']

const PLATFORM_NAMES = new Set(['unsubscribeUrl', 'trackingToken'])
const STANDARD_NAMES = new Set<string>(BASIC_NAMES)
const PARTS = ['subject', 'html', 'text'] as const

/** The name a variable is listed under: its scope and first key (`fields.plan`, `firstName`). */
function variableName(path: string[]): string {
  const [head = '', key] = path
  const scoped = (head === 'fields' || head === PLACEHOLDER_SCOPE) && key !== undefined
  return scoped ? `${head}.${key}` : head
}

type Part = (typeof PARTS)[number]

function usedVariables(content: MessageContent): Map<string, Set<Part>> {
  const used = new Map<string, Set<Part>>()
  for (const part of PARTS) {
    for (const path of variablePaths(content[part])) {
      const name = variableName(path)
      const parts = used.get(name) ?? new Set<Part>()
      parts.add(part)
      used.set(name, parts)
    }
  }
  return used
}

function kindOf(name: string, customFields: Set<string>, placeholders: Set<string>): Kind {
  const [head = '', key = ''] = name.split('.')
  if (head === PLACEHOLDER_SCOPE) return placeholders.has(key) ? 'placeholder' : 'unknown'
  if (head === 'fields' && name.includes('.')) return customFields.has(key) ? 'custom' : 'unknown'
  if (STANDARD_NAMES.has(head)) return 'standard'
  if (PLATFORM_NAMES.has(head)) return 'platform'
  return customFields.has(head) ? 'custom' : 'unknown'
}

export async function checkVariables(
  deps: Deps,
  accountId: string,
  content: MessageContent,
): Promise<Variable[]> {
  const used = usedVariables(content)
  const names = [...used.keys()]
  const placeholderNames = names
    .filter((name) => name.startsWith(`${PLACEHOLDER_SCOPE}.`))
    .map((name) => name.slice(PLACEHOLDER_SCOPE.length + 1))
  const [fields, placeholders] = await Promise.all([
    listFields(deps.db, accountId),
    placeholdersNamed(deps.db, accountId, placeholderNames),
  ])
  const customFields = new Set(fields.map((field) => field.key))
  const placeholderSet = new Set(placeholders.map((row) => row.name))
  return names.sort().map((name) => {
    const kind = kindOf(name, customFields, placeholderSet)
    return { name, kind, exists: kind !== 'unknown', usedIn: [...(used.get(name) ?? [])] }
  })
}
