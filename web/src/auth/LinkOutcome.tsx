import { Alert, Loader, Stack } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'
import { ApiError } from '../api/client'
import { AuthCard } from './AuthCard'
import { sentence } from './errors'
import { tokenFromFragment } from './link-token'

/**
 * A page a mailed link opens that does its one thing at once with the link's token (confirm an
 * address), then says how it went.
 */
export function LinkOutcome({
  title,
  use,
  done,
  after,
}: {
  title: string
  use: (token: string) => Promise<unknown>
  done: string
  after?: ReactNode
}) {
  const [token] = useState(tokenFromFragment)
  const mutation = useMutation({ mutationFn: use })
  const { mutate } = mutation
  useEffect(() => {
    if (token) mutate(token)
  }, [token, mutate])
  const problem = !token
    ? 'This page needs the link from the email; open it again from there.'
    : mutation.error instanceof ApiError
      ? sentence(mutation.error.message)
      : mutation.error
        ? 'Chorus could not be reached; try again.'
        : null
  return (
    <AuthCard title={title}>
      <Stack>
        {problem ? (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        ) : mutation.isSuccess ? (
          <Alert color="green" role="status">
            {done}
          </Alert>
        ) : (
          <Loader aria-label="Working" />
        )}
        {after}
      </Stack>
    </AuthCard>
  )
}
