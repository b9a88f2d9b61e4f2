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
    const rows = renderRoleTable()
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) =>
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim()),
      )
    const permissionRows = rows.filter((cells) => cells.length === 3)
    const matrixRows = rows.filter((cells) => cells.length === 1 + PRESET_ROLES.length)
    expect(permissionRows.map((cells) => cells[0])).toEqual(
      ALL_PERMISSIONS.map((key) => `\`${key}\``),
    )
    expect(matrixRows.map((cells) => cells[0])).toEqual(ALL_PERMISSIONS.map((key) => `\`${key}\``))
    expect(permissionRows).toContainEqual([
      '`templates.admin`',
      'administer the template library shared with sub-accounts',
      '`templates.manage`, `campaigns.edit`',
    ])
    for (const [index, role] of PRESET_ROLES.entries()) {
      const ticked = matrixRows
        .filter((cells) => cells[index + 1] === '✓')
        .map((cells) => cells[0]?.replaceAll('`', ''))
      expect(ticked, role.key).toEqual(ALL_PERMISSIONS.filter((key) => role.permissions.has(key)))
    }
    const header = renderRoleTable()
      .split('\n')
      .find((line) => line.includes('Owner'))
    expect(header?.split('|').map((cell) => cell.trim())).toEqual([
      '',
      'Permission',
      ...PRESET_ROLES.map((role) => role.label),
      '',
    ])
  })

  it('replaces only the text between the markers', () => {
    const readme = `# Title\n\nbefore\n${ROLE_SECTION_START}\nold\n${ROLE_SECTION_END}\nafter\n`
    expect(replaceRoleSection(readme, 'new')).toBe(
      `# Title\n\nbefore\n${ROLE_SECTION_START}\nnew\n\n${ROLE_SECTION_END}\nafter\n`,
    )
    expect(() => replaceRoleSection('no markers here', 'new')).toThrow()
  })
})
