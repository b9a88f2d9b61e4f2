import { Outlet, useRouter } from '@tanstack/react-router'
import { useEffect } from 'react'
import { onSignedOut } from '../api/client'
import { queryClient } from './query'

/** Every page: when the server ends this session, forget the user and say why on the sign-in page. */
export function RootLayout() {
  const router = useRouter()
  useEffect(
    () =>
      onSignedOut((reason) => {
        queryClient.setQueryData(['me'], null)
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' })
        void router.navigate({ to: '/sign-in', search: { reason } })
      }),
    [router],
  )
  return <Outlet />
}
