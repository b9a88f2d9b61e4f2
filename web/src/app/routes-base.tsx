import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router'
import { signedOutReason } from '../api/client'
import { RootLayout } from './RootLayout'
import { meQuery } from './session'

export interface RouterContext {
  queryClient: QueryClient
}

/** The parents every area's routes hang from; each area declares its own in `<area>/routes.ts`. */
export const rootRoute = createRootRouteWithContext<RouterContext>()({ component: RootLayout })

/** Everything under it needs a signed-in user. */
export const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery)
    if (!me) {
      throw redirect({
        to: '/sign-in',
        search: { redirect: location.href, reason: signedOutReason() },
      })
    }
    return { me }
  },
  component: lazyRouteComponent(() => import('./AppFrame'), 'AppFrame'),
})

/** The current account is in the URL: `/a/{accountId}/…`. */
export const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/a/$accountId',
})
