import type { QueryClient } from '@tanstack/react-query'
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router'
import { signedOutReason } from '../api/client'
import { queryClient } from './query'
import { RootLayout } from './RootLayout'
import { meQuery } from './session'

interface RouterContext {
  queryClient: QueryClient
}

/**
 * Where to go after signing in: a path of this app only. Resolved against this origin, so
 * `//host`, `/\host` and the like (which browsers read as another site) are refused.
 */
function sameAppPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/')) return undefined
  if ([...value].some((c) => c === '\\' || c.charCodeAt(0) < 0x20)) return undefined
  const url = new URL(value, window.location.origin)
  return url.origin === window.location.origin ? url.pathname + url.search + url.hash : undefined
}

interface SignInSearch {
  /** Why the user is here: the server ended their session. */
  reason?: 'replaced' | 'ended'
  /** Where to go after signing in. */
  redirect?: string
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: RootLayout })

// Pages anyone may open, signed in or not.
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): SignInSearch => ({
    reason:
      search.reason === 'replaced' || search.reason === 'ended'
        ? (search.reason as 'replaced' | 'ended')
        : undefined,
    redirect: sameAppPath(search.redirect),
  }),
  component: lazyRouteComponent(() => import('../auth/SignInPage'), 'SignInPage'),
})

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  component: lazyRouteComponent(() => import('../auth/SignUpPage'), 'SignUpPage'),
})

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('../auth/ForgotPasswordPage'), 'ForgotPasswordPage'),
})

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  component: lazyRouteComponent(() => import('../auth/ResetPasswordPage'), 'ResetPasswordPage'),
})

// The pages links in emails open (their token travels in the fragment).
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitations',
  component: lazyRouteComponent(() => import('../auth/InvitationPage'), 'InvitationPage'),
})

const confirmEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/confirm-email',
  component: lazyRouteComponent(() => import('../auth/ConfirmEmailPage'), 'ConfirmEmailPage'),
})

const confirmSenderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/confirm-sender',
  component: lazyRouteComponent(() => import('../auth/ConfirmSenderPage'), 'ConfirmSenderPage'),
})

// Everything else needs a signed-in user.
const signedInRoute = createRoute({
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

const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const first = context.me.accounts[0]
    if (first) throw redirect({ to: '/a/$accountId', params: { accountId: first.id } })
  },
  component: lazyRouteComponent(() => import('./NoAccountPage'), 'NoAccountPage'),
})

const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/a/$accountId',
})

const accountHomeRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../accounts/AccountHomePage'), 'AccountHomePage'),
})

const membersRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/members',
  component: lazyRouteComponent(() => import('../members/MembersPage'), 'MembersPage'),
})

const routeTree = rootRoute.addChildren([
  signInRoute,
  signUpRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  invitationRoute,
  confirmEmailRoute,
  confirmSenderRoute,
  signedInRoute.addChildren([
    homeRoute,
    accountRoute.addChildren([accountHomeRoute, membersRoute]),
  ]),
])

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  scrollRestoration: true,
})

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}
