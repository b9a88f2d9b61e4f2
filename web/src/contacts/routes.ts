import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { accountRoute } from '../app/routes-base'

/** `?group=` opens the table filtered by one of the account's own groups (the groups page links so). */
const contactsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/contacts',
  validateSearch: (search: Record<string, unknown>): { group?: string } =>
    typeof search.group === 'string' ? { group: search.group } : {},
  component: lazyRouteComponent(() => import('./ContactsPage'), 'ContactsPage'),
})

/** The import id and the file's row count stay in the address, so a reload keeps the progress. */
const importRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/contacts/import',
  validateSearch: (search: Record<string, unknown>): { importId?: string; rows?: number } => ({
    ...(typeof search.importId === 'string' ? { importId: search.importId } : {}),
    ...(Number.isInteger(Number(search.rows)) && Number(search.rows) > 0
      ? { rows: Number(search.rows) }
      : {}),
  }),
  component: lazyRouteComponent(() => import('../imports/ImportPage'), 'ImportPage'),
})

const contactRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/contacts/$contactId',
  component: lazyRouteComponent(() => import('./ContactPage'), 'ContactPage'),
})

/** The contacts table, a contact's page and the import. */
export const contactRoutes = [contactsRoute, importRoute, contactRoute] as const
