import { VisuallyHidden } from '@mantine/core'
import type { ReactNode } from 'react'
import { ItemButtons, ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { type Address, AddressDialog } from './AddressDialog'
import { ConfirmButton } from './common'

interface Row extends Address {
  id: string
}

/**
 * The addresses of an account (senders, testers): name, address, what `extra` adds, and for
 * those who may change them Edit and a removal that asks first.
 */
export function AddressTable<T extends Row>({
  label,
  nameLabel,
  items,
  canManage,
  extra,
  extraAction,
  editTitle,
  update,
  removal,
}: {
  label: string
  nameLabel: string
  items: readonly T[]
  canManage: boolean
  extra?: { header: string; cell: (item: T) => ReactNode }
  extraAction?: (item: T) => ReactNode
  editTitle: string
  update: (item: T, body: Address) => Promise<void>
  removal: { verb: string; noun: string; warning: string; act: (item: T) => Promise<void> }
}) {
  return (
    <ResponsiveActionTable
      label={label}
      minWidth={extra ? 640 : 480}
      columns={[nameLabel, 'Email address', ...(extra ? [extra.header] : [])]}
      actions={canManage && 'Actions'}
      items={items.map((item) => ({
        key: item.id,
        cells: [
          // The name is optional; a card's heading still says whose it is to a screen reader.
          item.name || <VisuallyHidden key="name">No name</VisuallyHidden>,
          item.email,
          ...(extra ? [extra.cell(item)] : []),
        ],
        actions: (fullWidth) => (
          <ItemButtons fullWidth={fullWidth}>
            <AddressDialog
              buttonLabel="Edit"
              accessibleName={`Edit ${item.email}`}
              title={editTitle}
              nameLabel={nameLabel}
              initial={{ email: item.email, name: item.name }}
              submitLabel="Save"
              send={(body) => update(item, body)}
            />
            {extraAction?.(item)}
            <ConfirmButton
              label={removal.verb}
              accessibleName={`${removal.verb} ${item.email}`}
              title={`${removal.verb} ${item.email}?`}
              confirmLabel={`${removal.verb} ${removal.noun}`}
              act={() => removal.act(item)}
            >
              {removal.warning}
            </ConfirmButton>
          </ItemButtons>
        ),
      }))}
    />
  )
}
