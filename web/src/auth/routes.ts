import { createRoute, lazyRouteComponent } from '@tanstack/react-router'
import { rootRoute } from '../app/routes-base'

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
  component: lazyRouteComponent(() => import('./SignInPage'), 'SignInPage'),
})

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  component: lazyRouteComponent(() => import('./SignUpPage'), 'SignUpPage'),
})

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('./ForgotPasswordPage'), 'ForgotPasswordPage'),
})

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  component: lazyRouteComponent(() => import('./ResetPasswordPage'), 'ResetPasswordPage'),
})

// The pages links in emails open (their token travels in the fragment).
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitations',
  component: lazyRouteComponent(() => import('./InvitationPage'), 'InvitationPage'),
})

const confirmEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/confirm-email',
  component: lazyRouteComponent(() => import('./ConfirmEmailPage'), 'ConfirmEmailPage'),
})

const confirmSenderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/confirm-sender',
  component: lazyRouteComponent(() => import('./ConfirmSenderPage'), 'ConfirmSenderPage'),
})

export const authRoutes = [
  signInRoute,
  signUpRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  invitationRoute,
  confirmEmailRoute,
  confirmSenderRoute,
] as const
