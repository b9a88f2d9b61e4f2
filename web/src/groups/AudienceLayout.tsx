import { Container } from '@mantine/core'
import { Outlet, useParams } from '@tanstack/react-router'
import { SectionLinks } from '../ui/SectionLinks'
import { audienceSections } from './sections'

/** The audience area: groups, tags, segments, blocklist and unsubscribes as a row of tabs. */
export function AudienceLayout() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/audience' })
  return (
    <Container size="lg" py="md">
      <SectionLinks label="Audience" accountId={accountId} sections={audienceSections} />
      <Outlet />
    </Container>
  )
}
