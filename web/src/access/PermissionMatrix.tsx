import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core'
import { type ReactNode, useState } from 'react'
import { sentence } from '../auth/errors'
import type { Catalog } from './catalog'
import { RequirementNote } from './RequirementNote'
import { allowAll, allowNone, requirementNote, turnOff, turnOn } from './requirements'

type CatalogPermission = Catalog['permissions'][number]

/** What the matrix edits: a preset role (kept until a switch changes the set) or a custom set. */
export interface Grant {
  role: string | null
  permissions: string[]
}

export interface PermissionMatrixProps {
  catalog: Catalog
  value: Grant
  onChange: (grant: Grant) => void
  /** Refusals of the server, by permission key: shown on that permission's Yes/No. */
  errors?: Record<string, string>
  /** A refusal of the preset role the server named (a role that reaches sub-accounts). */
  roleError?: string | null
  disabled?: boolean
  /** Controls beside a permission, e.g. "Why?" on a member's page. */
  beside?: (permission: CatalogPermission) => ReactNode
}

/**
 * Seed 002's permission settings: every permission of the catalog, by area, with Yes and No;
 * ALLOW ALL, ALLOW NONE and a preset role as a starting point. Requirements apply while clicking
 * and the matrix says what else they changed. Every word comes from the served catalog.
 */
export function PermissionMatrix(props: PermissionMatrixProps) {
  const { catalog, value, onChange, disabled } = props
  // What the requirement rules changed besides the click, said under the permission clicked.
  const [note, setNote] = useState<{ key: string; text: string } | null>(null)
  const held = new Set(value.permissions)
  const labelOf = (key: string) => catalog.permissions.find((p) => p.key === key)?.label ?? key

  const apply = (key: string, on: boolean) => {
    const change = on
      ? turnOn(catalog.permissions, value.permissions, key)
      : turnOff(catalog.permissions, value.permissions, key)
    const text = requirementNote(labelOf, key, on, change)
    setNote(text ? { key, text } : null)
    onChange({ role: null, permissions: change.permissions })
  }
  const startFrom = (roleKey: string | null) => {
    const role = catalog.roles.find((r) => r.key === roleKey)
    if (!role) return
    setNote(null)
    onChange({ role: role.key, permissions: [...role.permissions] })
  }
  const setAll = (permissions: string[]) => {
    setNote(null)
    onChange({ role: null, permissions })
  }

  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <Select
          label="Start from a preset role"
          placeholder="Custom"
          data={catalog.roles
            .filter((role) => role.key !== 'owner')
            .map((role) => ({ value: role.key, label: role.label }))}
          value={value.role}
          onChange={startFrom}
          error={props.roleError}
          disabled={disabled}
          w={240}
        />
        <Button
          variant="default"
          onClick={() => setAll(allowAll(catalog.permissions))}
          disabled={disabled}
        >
          ALLOW ALL
        </Button>
        <Button variant="default" onClick={() => setAll(allowNone())} disabled={disabled}>
          ALLOW NONE
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {catalog.areas.map((area) => (
          <Fieldset key={area.key} legend={area.label} variant="filled">
            <Stack gap="sm">
              {catalog.permissions
                .filter((permission) => permission.area === area.key)
                .map((permission) => (
                  <PermissionRow
                    key={permission.key}
                    permission={permission}
                    on={held.has(permission.key)}
                    onSwitch={(on) => apply(permission.key, on)}
                    error={props.errors?.[permission.key]}
                    disabled={disabled}
                    beside={props.beside?.(permission)}
                    note={note?.key === permission.key ? note.text : null}
                    onNoteClose={() => setNote(null)}
                  />
                ))}
            </Stack>
          </Fieldset>
        ))}
      </SimpleGrid>
    </Stack>
  )
}

function PermissionRow(props: {
  permission: CatalogPermission
  on: boolean
  onSwitch: (on: boolean) => void
  error: string | undefined
  disabled: boolean | undefined
  beside: ReactNode
  note: string | null
  onNoteClose: () => void
}) {
  const { permission } = props
  return (
    <Stack gap={2}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Radio.Group
          label={permission.label}
          value={props.on ? 'yes' : 'no'}
          onChange={(answer) => props.onSwitch(answer === 'yes')}
          error={props.error}
        >
          <Group gap="md" mt={4}>
            <Radio value="yes" label="Yes" disabled={props.disabled} />
            <Radio value="no" label="No" disabled={props.disabled} />
          </Group>
        </Radio.Group>
        <Group gap={4} wrap="nowrap">
          <Tooltip
            label={`${sentence(permission.description)}.`}
            multiline
            w={260}
            events={{ hover: true, focus: true, touch: true }}
          >
            <ActionIcon variant="subtle" aria-label={`What ${permission.label} allows`}>
              <Text span fw={700} size="sm" aria-hidden>
                ?
              </Text>
            </ActionIcon>
          </Tooltip>
          {props.beside}
        </Group>
      </Group>
      <RequirementNote note={props.note} onClose={props.onNoteClose} />
      {permission.power && (
        // Default text colour (contrast holds on the filled fieldset); the orange rule marks it.
        <Text
          size="xs"
          data-power={permission.key}
          pl={6}
          style={{ borderLeft: '3px solid var(--mantine-color-orange-6)' }}
        >
          <Text span fw={700} size="xs">
            Hands out power.
          </Text>{' '}
          {permission.power}
        </Text>
      )}
    </Stack>
  )
}
