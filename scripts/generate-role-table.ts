/**
 * Writes the README role table from the permission catalog and the preset roles, so the docs
 * cannot drift from the code (SPEC §2). `--check` only reports whether the README is stale.
 *
 *   npx tsx scripts/generate-role-table.ts [--check]
 */
import fs from 'node:fs'
import path from 'node:path'
import { ADMIN_AREAS, PERMISSION_CATALOG } from '../src/access/catalog.js'
import { CASCADING_ROLES, PRESET_ROLES, presetRole, type RoleKey } from '../src/access/roles.js'

export const ROLE_SECTION_START = '<!-- roles:start -->'
export const ROLE_SECTION_END = '<!-- roles:end -->'

const README_PATH = path.resolve(import.meta.dirname, '..', 'README.md')

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

/** The README with the text between the markers replaced; everything outside them is kept. */
export function replaceRoleSection(readme: string, section: string): string {
  const start = readme.indexOf(ROLE_SECTION_START)
  const end = readme.indexOf(ROLE_SECTION_END, start)
  if (start === -1 || end === -1) {
    throw new Error(`README needs ${ROLE_SECTION_START} followed by ${ROLE_SECTION_END}`)
  }
  const before = readme.slice(0, start + ROLE_SECTION_START.length)
  const after = readme.slice(end)
  // The blank line keeps the closing comment from being read as part of the last table.
  return `${before}\n${section}\n\n${after}`
}

function main(args: readonly string[]): void {
  const readme = fs.readFileSync(README_PATH, 'utf8')
  const updated = replaceRoleSection(readme, renderRoleTable())
  if (args.includes('--check')) {
    if (updated !== readme) {
      console.error('README role table is stale: run npx tsx scripts/generate-role-table.ts')
      process.exitCode = 1
    }
    return
  }
  if (updated === readme) {
    console.log('README role table is up to date')
    return
  }
  fs.writeFileSync(README_PATH, updated)
  console.log('README role table rewritten')
}

function isEntryPoint(): boolean {
  const invoked = process.argv[1]
  if (!invoked) return false
  try {
    return fs.realpathSync(invoked) === fs.realpathSync(import.meta.filename)
  } catch {
    return false
  }
}

if (isEntryPoint()) main(process.argv.slice(2))
