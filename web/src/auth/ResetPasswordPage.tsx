import { Alert, Button, Stack } from '@mantine/core'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { AnchorLink } from '../ui/links'
import { FormPasswordInput, newPassword, ServerForm, useServerForm } from '../ui/ServerForm'
import { AuthCard } from './AuthCard'
import { tokenFromFragment } from './link-token'

export function ResetPasswordPage() {
  const [token] = useState(tokenFromFragment)
  const [done, setDone] = useState(false)
  const { form, problem, onSubmit } = useServerForm(
    { initialValues: { password: '' }, validate: { password: newPassword } },
    async ({ password }) => {
      if (!token) return
      await unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } }))
      setDone(true)
    },
  )
  return (
    <AuthCard title="Choose a new password">
      {!token ? (
        <Alert color="red" role="alert">
          This page needs the link from the email; open it again from there.
        </Alert>
      ) : done ? (
        <Stack>
          <Alert color="green" role="status">
            Your password is changed and every session of yours has ended.
          </Alert>
          <AnchorLink to="/sign-in" size="sm">
            Sign in
          </AnchorLink>
        </Stack>
      ) : (
        <ServerForm onSubmit={onSubmit} problem={problem}>
          <FormPasswordInput
            of={form}
            name="password"
            label="New password"
            autoComplete="new-password"
          />
          <Button type="submit" loading={form.submitting}>
            Set the password
          </Button>
        </ServerForm>
      )}
    </AuthCard>
  )
}
