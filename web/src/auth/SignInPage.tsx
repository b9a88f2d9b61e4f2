import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router'
import { useState } from 'react'
import { ApiError, api, unwrap } from '../api/client'
import { refreshMe } from '../app/session'
import { AnchorLink } from '../ui/links'
import { AuthCard } from './AuthCard'
import { placeServerError } from './errors'

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
  const [problem, setProblem] = useState<string | null>(null)
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '', totp: '' },
    validate: {
      email: (value) => (/^\S+@\S+$/.test(value) ? null : 'Enter your email address'),
      password: (value) => (value.length > 0 ? null : 'Enter your password'),
    },
  })

  const submit = form.onSubmit(async ({ email, password, totp }) => {
    setProblem(null)
    try {
      await unwrap(
        api.POST('/api/v1/auth/login', {
          body: { email, password, ...(needsCode ? { totp } : {}) },
        }),
      )
      await refreshMe(queryClient)
      // The way back may carry a fragment (an invitation's token): the history takes it as it is.
      if (search.redirect) router.history.push(search.redirect)
      else await navigate({ to: '/' })
    } catch (error) {
      if (error instanceof ApiError && error.code === 'totp_required') {
        setNeedsCode(true)
        return
      }
      if (error instanceof ApiError && error.code === 'invalid_totp') {
        form.setFieldError('totp', 'That code is not right; try the current one')
        return
      }
      setProblem(placeServerError(form, error))
    }
  })

  return (
    <AuthCard title="Sign in">
      <form onSubmit={submit} noValidate>
        <Stack>
          {search.reason && !problem && (
            <Alert color="yellow" role="status">
              {SIGNED_OUT_BECAUSE[search.reason]}
            </Alert>
          )}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          {needsCode && (
            <TextInput
              label="Authentication code"
              description="The 6-digit code from your authenticator app, or a recovery code"
              autoComplete="one-time-code"
              inputMode="numeric"
              data-autofocus
              autoFocus
              key={form.key('totp')}
              {...form.getInputProps('totp')}
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
        </Stack>
      </form>
    </AuthCard>
  )
}
