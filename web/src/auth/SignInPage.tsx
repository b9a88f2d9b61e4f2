import { Alert, Button, Group, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router'
import { useState } from 'react'
import { ApiError, api, unwrap } from '../api/client'
import { refreshMe } from '../app/session'
import { AnchorLink } from '../ui/links'
import {
  EmailInput,
  emailAddress,
  FormPasswordInput,
  FormTextInput,
  ServerForm,
  useServerForm,
} from '../ui/ServerForm'
import { AuthCard } from './AuthCard'

const SIGNED_OUT_BECAUSE = {
  replaced: 'You were signed out because your account signed in on another browser',
  ended: 'Your session has ended; sign in again',
} as const

export function SignInPage() {
  const search = useSearch({ from: '/sign-in' })
  const navigate = useNavigate()
  const router = useRouter()
  const queryClient = useQueryClient()
  const [needsCode, setNeedsCode] = useState(false)
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { email: '', password: '', totp: '' },
      validate: {
        email: emailAddress('Enter your email address'),
        password: (value) => (value.length > 0 ? null : 'Enter your password'),
      },
    },
    async ({ email, password, totp }): Promise<void> => {
      try {
        await unwrap(
          api.POST('/api/v1/auth/login', {
            body: { email, password, ...(needsCode ? { totp } : {}) },
          }),
        )
      } catch (error) {
        // The second step: the user has two-factor on, or the code was wrong.
        const code = error instanceof ApiError ? error.code : undefined
        if (code === 'totp_required') setNeedsCode(true)
        else if (code === 'invalid_totp') {
          form.setFieldError('totp', 'That code is not right; try the current one')
        } else throw error
        return
      }
      await refreshMe(queryClient)
      // The way back is a path of this app (checked when the page was opened).
      if (search.redirect) router.history.push(search.redirect)
      else await navigate({ to: '/' })
    },
  )

  return (
    <AuthCard title="Sign in">
      <ServerForm onSubmit={onSubmit} problem={problem}>
        {search.reason && !problem && (
          <Alert color="yellow" role="status">
            {SIGNED_OUT_BECAUSE[search.reason]}
          </Alert>
        )}
        <EmailInput of={form} autoComplete="username" />
        <FormPasswordInput
          of={form}
          name="password"
          label="Password"
          autoComplete="current-password"
        />
        {needsCode && (
          <FormTextInput
            of={form}
            name="totp"
            label="Authentication code"
            description="The 6-digit code from your authenticator app, or a recovery code"
            autoComplete="one-time-code"
            inputMode="numeric"
            data-autofocus
            autoFocus
            required={false}
          />
        )}
        <Button type="submit" loading={form.submitting}>
          {needsCode ? 'Verify' : 'Sign in'}
        </Button>
        <Group justify="space-between">
          <AnchorLink to="/forgot-password" size="sm">
            Forgot password?
          </AnchorLink>
          <Text size="sm">
            New here? <AnchorLink to="/sign-up">Sign up</AnchorLink>
          </Text>
        </Group>
      </ServerForm>
    </AuthCard>
  )
}
