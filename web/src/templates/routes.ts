import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

const templatesRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/templates',
  component: lazyRouteComponent(() => import('./TemplatesPage'), 'TemplatesPage'),
})

const templateRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/templates/$templateId',
  component: lazyRouteComponent(() => import('./TemplateEditorPage'), 'TemplateEditorPage'),
})

const placeholdersRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/placeholders',
  component: lazyRouteComponent(
    () => import('../placeholders/PlaceholdersPage'),
    'PlaceholdersPage',
  ),
})

/** Templates, the template editor and placeholders (seed 004 content management). */
export const templateRoutes = [templatesRoute, templateRoute, placeholdersRoute] as const
