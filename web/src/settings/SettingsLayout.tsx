import { Container, Title } from '@mantine/core'
import { Outlet, useParams } from '@tanstack/react-router'
import { SectionLinks } from '../ui/SectionLinks'
import { settingsSections } from './sections'

/** Settings: the sections the caller's abilities open, as a row of links above the page. */
export function SettingsLayout() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/settings' })
  return (
    <Container size="lg" py="md">
      <Title order={1} size="h2" mb="sm">
        Settings
      </Title>
      <SectionLinks label="Settings" accountId={accountId} sections={settingsSections} />
      <Outlet />
    </Container>
  )
}
