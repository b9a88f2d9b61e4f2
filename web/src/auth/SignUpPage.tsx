import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { refreshMe } from '../app/session'
import { AnchorLink } from '../ui/links'
import { AuthCard } from './AuthCard'
import { placeServerError } from './errors'

export function SignUpPage() {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [problem, setProblem] = useState<string | null>(null)
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', email: '', password: '', accountName: '' },
    validate: {
      name: (value) => (value.trim() ? null : 'Enter your name'),
      email: (value) => (/^\S+@\S+$/.test(value) ? null : 'Enter your email address'),
      password: (value) => (value.length >= 10 ? null : 'Use at least 10 characters'),
      accountName: (value) => (value.trim() ? null : 'Name your account, e.g. your brand'),
    },
  })

  const submit = form.onSubmit(async (values) => {
    setProblem(null)
    try {
      const created = await unwrap(api.POST('/api/v1/auth/signup', { body: values }))
      await refreshMe(queryClient)
      await navigate({ to: '/a/$accountId', params: { accountId: created.account.id } })
    } catch (error) {
      setProblem(placeServerError(form, error))
    }
  })

  return (
    <AuthCard title="Create your Chorus account">
      <form onSubmit={submit} noValidate>
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <TextInput
            label="Your name"
            autoComplete="name"
            required
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            description="A long passphrase is best; common passwords are refused"
            autoComplete="new-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <TextInput
            label="Account name"
            description="Your brand or company; you can add sub-accounts later"
            required
            key={form.key('accountName')}
            {...form.getInputProps('accountName')}
          />
          <Button type="submit" loading={form.submitting}>
            Sign up
          </Button>
          <Text size="sm">
            Already have a user? <AnchorLink to="/sign-in">Sign in</AnchorLink>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  )
}
