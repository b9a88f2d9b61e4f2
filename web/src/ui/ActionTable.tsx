import { Table, VisuallyHidden } from '@mantine/core'
import type { ReactNode } from 'react'
import { ScrollRegion } from './ScrollRegion'

/**
 * A list as a table whose last column holds each row's buttons: that column's header is named for
 * screen readers only. The table is positioned so that the hidden name stays inside the scroll
 * region instead of widening the page on a phone.
 */
export function ActionTable({
  label,
  minWidth,
  columns,
  actions = 'Actions',
  children,
}: {
  label: string
  minWidth: number
  columns: readonly string[]
  /** What the buttons column is called for screen readers; false: no such column (no buttons). */
  actions?: string | false
  children: ReactNode
}) {
  return (
    <ScrollRegion label={label}>
      <Table striped miw={minWidth} pos="relative">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column}>{column}</Table.Th>
            ))}
            {actions !== false && (
              <Table.Th>
                <VisuallyHidden>{actions}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </ScrollRegion>
  )
}
