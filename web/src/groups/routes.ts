import { createRoute, lazyRouteComponent, type RouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

/** One layout (the audience tabs) over the pages of groups, tags, segments and suppression. */
const audienceRoute = createRoute({
  getParentRoute: () => accountRoute,
  id: 'audience',
  component: lazyRouteComponent(() => import('./AudienceLayout'), 'AudienceLayout'),
})

function audiencePage<const TPath extends string>(path: TPath, component: RouteComponent) {
  return createRoute({ getParentRoute: () => audienceRoute, path, component })
}

export const audienceRoutes = [
  audienceRoute.addChildren([
    audiencePage(
      '/groups',
      lazyRouteComponent(() => import('./GroupsPage'), 'GroupsPage'),
    ),
    audiencePage(
      '/tags',
      lazyRouteComponent(() => import('../tags/TagsPage'), 'TagsPage'),
    ),
    audiencePage(
      '/segments',
      lazyRouteComponent(() => import('../segments/SegmentsPage'), 'SegmentsPage'),
    ),
    audiencePage(
      '/segments/new',
      lazyRouteComponent(() => import('../segments/SegmentEditorPage'), 'NewSegmentPage'),
    ),
    audiencePage(
      '/segments/$segmentId',
      lazyRouteComponent(() => import('../segments/SegmentEditorPage'), 'SegmentPage'),
    ),
    audiencePage(
      '/blocklist',
      lazyRouteComponent(() => import('../suppression/BlocklistPage'), 'BlocklistPage'),
    ),
    audiencePage(
      '/unsubscribes',
      lazyRouteComponent(() => import('../suppression/UnsubscribesPage'), 'UnsubscribesPage'),
    ),
  ]),
] as const
