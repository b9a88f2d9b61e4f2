import { Group } from '@mantine/core'
import { useAbilities } from '../access/catalog'
import { ButtonLink } from './ButtonLink'

export interface Section {
  label: string
  /** The path under `/a/$accountId`. */
  to: string
  /** Shown when the caller holds it; null for every member of the account. */
  permission: string | null
}

/** An area's sections as a row of links (settings, audience): those the caller's abilities open. */
export function SectionLinks({
  label,
  accountId,
  sections,
}: {
  label: string
  accountId: string
  sections: readonly Section[]
}) {
  const { may } = useAbilities(accountId)
  return (
    <Group component="nav" aria-label={label} gap="xs" mb="md">
      {sections
        .filter((section) => section.permission === null || may(section.permission))
        .map((section) => (
          <ButtonLink
            key={section.to}
            size="compact-md"
            to={section.to}
            params={{ accountId }}
            variant="default"
            activeProps={{ variant: 'filled' }}
          >
            {section.label}
          </ButtonLink>
        ))}
    </Group>
  )
}
