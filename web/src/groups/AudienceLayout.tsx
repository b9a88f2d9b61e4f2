import { Container, Group } from '@mantine/core'
import { Outlet, useParams } from '@tanstack/react-router'
import { useAbilities } from '../access/catalog'
import { ButtonLink } from '../ui/ButtonLink'
import { audienceSections } from './sections'

/** The audience area: groups, tags, segments, blocklist and unsubscribes as a row of tabs. */
export function AudienceLayout() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/audience' })
  const { may } = useAbilities(accountId)
  return (
    <Container size="lg" py="md">
      <Group component="nav" aria-label="Audience" gap="xs" mb="md">
        {audienceSections
          .filter((section) => may(section.permission))
          .map((section) => (
            <ButtonLink
              size="compact-md"
              key={section.to}
              to={section.to}
              params={{ accountId }}
              variant="default"
              activeProps={{ variant: 'filled' }}
            >
              {section.label}
            </ButtonLink>
          ))}
      </Group>
      <Outlet />
    </Container>
  )
}
