import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ROLE_SECTION_END,
  ROLE_SECTION_START,
  renderRoleTable,
  replaceRoleSection,
} from '../../scripts/generate-role-table.js'
import { ALL_PERMISSIONS } from './catalog.js'
import { PRESET_ROLES } from './roles.js'

const README_PATH = path.resolve(import.meta.dirname, '..', '..', 'README.md')

describe('README role table', () => {
  it('is what scripts/generate-role-table.ts generates (rerun it after changing roles)', () => {
    const readme = fs.readFileSync(README_PATH, 'utf8')
    expect(readme).toContain(ROLE_SECTION_START)
    expect(replaceRoleSection(readme, renderRoleTable())).toBe(readme)
  })

  it('has a row per permission in both tables and a column per preset role', () => {
    const table = renderRoleTable()
    for (const key of ALL_PERMISSIONS) {
      expect(table.split('\n').filter((line) => line.startsWith(`| \`${key}\` |`))).toHaveLength(2)
    }
    const header = PRESET_ROLES.map((role) => role.label).join(' | ')
    expect(table).toContain(`| Permission | ${header} |`)
    expect(table).toContain(
      '| `contacts.bulk_delete` | delete contacts in bulk | `contacts.delete` |',
    )
    // Admin lacks bulk delete; Owner has it.
    expect(table).toMatch(/\| `contacts\.bulk_delete` \| ✓ \| {2}\|/)
  })

  it('replaces only the text between the markers', () => {
    const readme = `# Title\n\nbefore\n${ROLE_SECTION_START}\nold\n${ROLE_SECTION_END}\nafter\n`
    expect(replaceRoleSection(readme, 'new')).toBe(
      `# Title\n\nbefore\n${ROLE_SECTION_START}\nnew\n\n${ROLE_SECTION_END}\nafter\n`,
    )
    expect(() => replaceRoleSection('no markers here', 'new')).toThrow()
  })
})
