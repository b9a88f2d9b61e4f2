import { Alert, Button, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { AnchorLink } from '../ui/links'
import { AuthCard } from './AuthCard'
import { placeServerError } from './errors'

export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: { email: (value) => (/^\S+@\S+$/.test(value) ? null : 'Enter your email address') },
  })
  const submit = form.onSubmit(async ({ email }) => {
    setProblem(null)
    try {
      await unwrap(api.POST('/api/v1/auth/password-reset', { body: { email } }))
      setSentTo(email)
    } catch (error) {
      setProblem(placeServerError(form, error))
    }
  })
  return (
    <AuthCard title="Reset your password">
      {sentTo ? (
        <Alert color="green" role="status">
          If {sentTo} belongs to a user, a link to choose a new password is on its way. It works for
          one hour.
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              required
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={form.submitting}>
              Send the link
            </Button>
          </Stack>
        </form>
      )}
      <AnchorLink to="/sign-in" size="sm" mt="md" display="block">
        Back to sign in
      </AnchorLink>
    </AuthCard>
  )
}
