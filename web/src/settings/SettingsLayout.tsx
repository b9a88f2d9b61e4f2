import { Button, type ButtonProps, Container, Group, Title } from '@mantine/core'
import { createLink, Outlet, useParams } from '@tanstack/react-router'
import type { AnchorHTMLAttributes, Ref } from 'react'
import { useAbilities } from '../access/catalog'
import { settingsSections } from './sections'

type AnchorElementProps = AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }

function ButtonAnchor(props: ButtonProps & Omit<AnchorElementProps, 'color'>) {
  return <Button component="a" size="compact-md" {...props} />
}

const SectionLink = createLink(ButtonAnchor)

/** Settings: the sections the caller's abilities open, as a row of links above the page. */
export function SettingsLayout() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/settings' })
  const { may } = useAbilities(accountId)
  return (
    <Container size="lg" py="md">
      <Title order={1} size="h2" mb="sm">
        Settings
      </Title>
      <Group component="nav" aria-label="Settings" gap="xs" mb="lg">
        {settingsSections
          .filter((section) => section.permission === null || may(section.permission))
          .map((section) => (
            <SectionLink
              key={section.to}
              to={section.to}
              params={{ accountId }}
              variant="default"
              activeProps={{ variant: 'filled' }}
            >
              {section.label}
            </SectionLink>
          ))}
      </Group>
      <Outlet />
    </Container>
  )
}
