import { Button, type ButtonProps, Container, Group } from '@mantine/core'
import { createLink, Outlet, useParams } from '@tanstack/react-router'
import type { AnchorHTMLAttributes, Ref } from 'react'
import { useAbilities } from '../access/catalog'
import { audienceSections } from './sections'

type AnchorElementProps = AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }

function ButtonAnchor(props: ButtonProps & Omit<AnchorElementProps, 'color'>) {
  return <Button component="a" size="compact-md" {...props} />
}

const TabLink = createLink(ButtonAnchor)

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
            <TabLink
              key={section.to}
              to={section.to}
              params={{ accountId }}
              variant="default"
              activeProps={{ variant: 'filled' }}
            >
              {section.label}
            </TabLink>
          ))}
      </Group>
      <Outlet />
    </Container>
  )
}
