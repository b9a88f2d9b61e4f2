import { Box, Group, Paper, Stack, Table, Text, Title, useMantineTheme } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { Fragment, type ReactNode } from 'react'
import { ActionTable } from './ActionTable'

/** One listed thing: what its columns show, then its buttons (or a badge saying where it stands). */
export interface ActionItem {
  key: string
  /** One per column, in the columns' order; the first names the item (a card's title). */
  cells: readonly ReactNode[]
  /** The buttons or badge; `fullWidth` when they sit at the foot of a card on a narrow screen. */
  actions: (fullWidth: boolean) => ReactNode
}

/**
 * An `ActionTable` on a wide screen, a column of cards on a narrow one, where the table would
 * scroll sideways and hide its buttons: each card shows the item's name, every other column under
 * its header's name, then the buttons across the card. Both are named `label` and keep the same
 * order for the keyboard (the name's link, then the buttons); one component (`Item`) draws an
 * item either way.
 */
export function ResponsiveActionTable({
  label,
  minWidth,
  columns,
  actions,
  actionsMinWidth,
  items,
}: {
  label: string
  /** The table's least width; it must fit from the `md` breakpoint on, where the cards stop. */
  minWidth: number
  columns: readonly string[]
  /**
   * What the buttons column is called for screen readers (the table's hidden header); false when
   * the viewer may not act on any item: no such column then, nor room for buttons in a card.
   */
  actions?: string | false
  /** Room kept for the buttons or a whole badge in the table's last column. */
  actionsMinWidth?: number
  items: readonly ActionItem[]
}) {
  const wide = useWide()
  if (wide) {
    return (
      <ActionTable label={label} minWidth={minWidth} columns={columns} actions={actions}>
        {items.map((item) => (
          <Item
            key={item.key}
            item={item}
            columns={columns}
            layout="row"
            withActions={actions !== false}
            actionsMinWidth={actionsMinWidth}
          />
        ))}
      </ActionTable>
    )
  }
  return (
    <Box role="region" aria-label={label}>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <Item
            key={item.key}
            item={item}
            columns={columns}
            layout="card"
            withActions={actions !== false}
          />
        ))}
      </Stack>
    </Box>
  )
}

/**
 * An item's buttons: side by side at the end of its row in the table; across a card they share its
 * width (a wider target for a finger) and wrap to a second line when they do not fit. Without
 * `preventGrowOverflow` a button keeps its label's width rather than squeezing it, and a dialog
 * placed among the buttons (rendered in a portal) takes no share.
 */
export function ItemButtons({ fullWidth, children }: { fullWidth: boolean; children: ReactNode }) {
  return (
    <Group
      gap="xs"
      wrap={fullWidth ? 'wrap' : 'nowrap'}
      justify={fullWidth ? 'flex-start' : 'flex-end'}
      grow={fullWidth}
      preventGrowOverflow={false}
    >
      {children}
    </Group>
  )
}

/**
 * Whether the table fits: from Mantine's `md` breakpoint (62em) on, beside the 240 px navigation.
 * Read at once rather than after the first paint (the app is never rendered on a server), so a
 * phone does not draw the table for a moment first.
 */
function useWide(): boolean {
  const theme = useMantineTheme()
  return useMediaQuery(`(min-width: ${theme.breakpoints.md})`, undefined, {
    getInitialValueInEffect: false,
  })
}

function Item({
  item,
  columns,
  layout,
  withActions,
  actionsMinWidth,
}: {
  item: ActionItem
  columns: readonly string[]
  layout: 'row' | 'card'
  withActions: boolean
  actionsMinWidth?: number
}) {
  const [name, ...details] = item.cells
  if (layout === 'row') {
    return (
      <Table.Tr>
        {item.cells.map((cell, i) => (
          <Table.Td key={columns[i]}>{cell}</Table.Td>
        ))}
        {withActions && (
          <Table.Td>
            <Box miw={actionsMinWidth}>{item.actions(false)}</Box>
          </Table.Td>
        )}
      </Table.Tr>
    )
  }
  // Nothing to do with this item (the viewer may not): no empty room at the card's foot.
  const buttons = withActions ? item.actions(true) : null
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {name}
        </Title>
        <Box component="dl" m={0}>
          {details.map((detail, i) => (
            <Fragment key={columns[i + 1]}>
              <Text component="dt" size="xs" c="dimmed" fw={500}>
                {columns[i + 1]}
              </Text>
              <Box component="dd" m={0} mb={4} fz="sm">
                {detail}
              </Box>
            </Fragment>
          ))}
        </Box>
        {buttons !== null && buttons !== undefined && buttons !== false && <div>{buttons}</div>}
      </Stack>
    </Paper>
  )
}
