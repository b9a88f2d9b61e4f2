/**
 * Writes the README role table from the permission catalog and the preset roles, so the docs
 * cannot drift from the code (SPEC §2). `--check` only reports whether the README is stale.
 *
 *   npx tsx scripts/generate-role-table.ts [--check]
 */
import { ADMIN_AREAS, PERMISSION_CATALOG } from '../src/access/catalog.js'
import { CASCADING_ROLES, PRESET_ROLES, presetRole, type RoleKey } from '../src/access/roles.js'

import { isEntryPoint, type ReadmeSection, replaceSection, writeSection } from './readme-section.js'

export const ROLE_SECTION_START = '<!-- roles:start -->'
export const ROLE_SECTION_END = '<!-- roles:end -->'

type Alignment = 'left' | 'center'

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|')
}

function code(key: string): string {
  return `\`${key}\``
}

/**
 * Column-aligned like Prettier's Markdown output, so that formatting the README leaves this
 * section byte for byte as generated and the freshness check keeps passing.
 */
function table(header: readonly string[], rows: readonly string[][], alignments: Alignment[]) {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((cells) => (cells[column] ?? '').length)),
  )
  const pad = (text: string, column: number) => {
    const width = widths[column] ?? 0
    if (alignments[column] !== 'center') return text.padEnd(width)
    const before = Math.floor((width - text.length) / 2)
    return text.padStart(text.length + before).padEnd(width)
  }
  const line = (cells: readonly string[]) =>
    `| ${cells.map((text, column) => pad(text, column)).join(' | ')} |`
  const delimiter = widths.map((width, column) =>
    alignments[column] === 'center' ? `:${'-'.repeat(width - 2)}:` : '-'.repeat(width),
  )
  return [line(header), `| ${delimiter.join(' | ')} |`, ...rows.map(line)]
}

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' })

function labels(keys: readonly RoleKey[]): string {
  return listFormat.format(keys.map((key) => presetRole(key).label))
}

export function renderRoleTable(): string {
  const permissionTable = table(
    ['Permission', 'Allows', 'Requires'],
    PERMISSION_CATALOG.map((entry) => [
      code(entry.key),
      escapeCell(entry.description),
      entry.requires.map(code).join(', '),
    ]),
    ['left', 'left', 'left'],
  )
  const matrix = table(
    ['Permission', ...PRESET_ROLES.map((role) => role.label)],
    PERMISSION_CATALOG.map((entry) => [
      code(entry.key),
      ...PRESET_ROLES.map((role) => (role.permissions.has(entry.key) ? '✓' : '')),
    ]),
    ['left', ...PRESET_ROLES.map((): Alignment => 'center')],
  )
  const connectionRoles = PRESET_ROLES.filter((role) => role.connection).map((role) => role.key)
  return [
    '_Generated from `src/access/catalog.ts` and `src/access/roles.ts` by ' +
      '`npx tsx scripts/generate-role-table.ts`; edit those files and rerun it, not this section._',
    '',
    '### Permissions',
    '',
    'A permission set that holds a permission without what it requires is rejected (422).',
    '',
    ...permissionTable,
    '',
    '### Preset roles',
    '',
    ...matrix,
    '',
    `${labels(CASCADING_ROLES)} memberships cascade to every descendant sub-account; other ` +
      'memberships apply to their own account only.',
    '',
    `Connection roles: ${labels(connectionRoles)}; a connection may also carry a custom set ` +
      `without admin-area permissions (${ADMIN_AREAS.join(', ')}).`,
  ].join('\n')
}

export const ROLE_SECTION: ReadmeSection = {
  name: 'role table',
  start: ROLE_SECTION_START,
  end: ROLE_SECTION_END,
  script: 'scripts/generate-role-table.ts',
}

/** The README with the text between the markers replaced; everything outside them is kept. */
export function replaceRoleSection(readme: string, section: string): string {
  return replaceSection(readme, ROLE_SECTION, section)
}

function main(args: readonly string[]): void {
  writeSection(ROLE_SECTION, renderRoleTable(), args)
}

if (isEntryPoint(import.meta.filename)) main(process.argv.slice(2))
