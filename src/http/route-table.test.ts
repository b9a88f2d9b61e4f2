import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  currentRouteTable,
  ROUTE_SECTION_END,
  ROUTE_SECTION_START,
  renderRouteTable,
  replaceRouteSection,
} from '../../scripts/generate-route-table.js'

const README_PATH = path.resolve(import.meta.dirname, '..', '..', 'README.md')

describe('README route table', () => {
  it('is what scripts/generate-route-table.ts generates (rerun it after changing routes)', async () => {
    const readme = fs.readFileSync(README_PATH, 'utf8')
    expect(readme).toContain(ROUTE_SECTION_START)
    expect(replaceRouteSection(readme, await currentRouteTable())).toBe(readme)
  })

  it('has a row per /api/v1 operation saying what it needs, and where its account comes from', async () => {
    const table = await currentRouteTable()
    const rows = table.split('\n').filter((line) => /^\| (GET|POST|PUT|PATCH|DELETE) \|/.test(line))
    expect(rows.length).toBeGreaterThan(100)
    expect(rows).toContainEqual(
      '| GET | `/api/v1/permissions` | `user` | The permission catalog: areas, permissions and preset roles, in catalog order |',
    )
    expect(rows.find((row) => row.startsWith('| POST | `/api/v1/connections` |'))).toContain(
      '`users.manage` (account from body accountId when type is grant_access)',
    )
    expect(rows.find((row) => row.startsWith('| GET | `/api/v1/health` |'))).toContain('`public`')
    expect(table).not.toContain('/api/openapi.json` |')
  })

  it('renders what the document says, escaping pipes', () => {
    const table = renderRouteTable({
      paths: {
        '/api/v1/b': { get: { summary: 'b', 'x-permission': 'user' } },
        '/api/v1/a': {
          delete: { summary: 'x | y', 'x-permission': 'users.manage', 'x-account': 'body id' },
        },
        '/elsewhere': { get: { summary: 'not the API', 'x-permission': 'public' } },
      },
    })
    expect(table.split('\n').slice(-2)).toEqual([
      '| DELETE | `/api/v1/a` | `users.manage` (account from body id) | x \\| y |',
      '| GET | `/api/v1/b` | `user` | b |',
    ])
  })

  it('replaces only the text between the markers', () => {
    const readme = `before\n${ROUTE_SECTION_START}\nold\n${ROUTE_SECTION_END}\nafter\n`
    expect(replaceRouteSection(readme, 'new')).toBe(
      `before\n${ROUTE_SECTION_START}\nnew\n\n${ROUTE_SECTION_END}\nafter\n`,
    )
    expect(() => replaceRouteSection('no markers', 'new')).toThrow()
  })
})
