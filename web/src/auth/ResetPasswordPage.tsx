import { Alert, Button, PasswordInput, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { AnchorLink } from '../ui/links'
import { AuthCard } from './AuthCard'
import { placeServerError } from './errors'
import { tokenFromFragment } from './link-token'

export function ResetPasswordPage() {
  const [token] = useState(tokenFromFragment)
  const [done, setDone] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '' },
    validate: { password: (value) => (value.length >= 10 ? null : 'Use at least 10 characters') },
  })
  const submit = form.onSubmit(async ({ password }) => {
    if (!token) return
    setProblem(null)
    try {
      await unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } }))
      setDone(true)
    } catch (error) {
      setProblem(placeServerError(form, error))
    }
  })
  const signIn = (
    <AnchorLink to="/sign-in" size="sm">
      Sign in
    </AnchorLink>
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
          {signIn}
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <PasswordInput
              label="New password"
              autoComplete="new-password"
              required
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={form.submitting}>
              Set the password
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  )
}
