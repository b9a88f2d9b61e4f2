import { Alert, Button } from '@mantine/core'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { AnchorLink } from '../ui/links'
import { EmailInput, emailAddress, ServerForm, useServerForm } from '../ui/ServerForm'
import { AuthCard } from './AuthCard'

export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null)
  const { form, problem, onSubmit } = useServerForm(
    { initialValues: { email: '' }, validate: { email: emailAddress('Enter your email address') } },
    async ({ email }) => {
      await unwrap(api.POST('/api/v1/auth/password-reset', { body: { email } }))
      setSentTo(email)
    },
  )
  return (
    <AuthCard title="Reset your password">
      {sentTo ? (
        <Alert color="green" role="status">
          If {sentTo} belongs to a user, a link to choose a new password is on its way. It works for
          one hour.
        </Alert>
      ) : (
        <ServerForm onSubmit={onSubmit} problem={problem}>
          <EmailInput of={form} />
          <Button type="submit" loading={form.submitting}>
            Send the link
          </Button>
        </ServerForm>
      )}
      <AnchorLink to="/sign-in" size="sm" mt="md" display="block">
        Back to sign in
      </AnchorLink>
    </AuthCard>
  )
}
