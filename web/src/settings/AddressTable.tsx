import { Group, Table } from '@mantine/core'
import type { ReactNode } from 'react'
import { ScrollRegion } from '../ui/ScrollRegion'
import { type Address, AddressDialog } from './AddressDialog'
import { ConfirmButton, TableHeader } from './common'

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
    <ScrollRegion label={label}>
      <Table striped miw={extra ? 640 : 480}>
        <TableHeader
          columns={[nameLabel, 'Email address', extra?.header ?? false, canManage && 'Actions']}
        />
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{item.name}</Table.Td>
              <Table.Td>{item.email}</Table.Td>
              {extra && <Table.Td>{extra.cell(item)}</Table.Td>}
              {canManage && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
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
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  )
}
