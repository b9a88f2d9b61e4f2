import { Button, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { api, unwrap } from '../api/client'
import { refreshMe } from '../app/session'
import { AnchorLink } from '../ui/links'
import {
  EmailInput,
  emailAddress,
  FormPasswordInput,
  FormTextInput,
  newPassword,
  ServerForm,
  useServerForm,
} from '../ui/ServerForm'
import { AuthCard } from './AuthCard'

export function SignUpPage() {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { name: '', email: '', password: '', accountName: '' },
      validate: {
        name: (value) => (value.trim() ? null : 'Enter your name'),
        email: emailAddress('Enter your email address'),
        password: newPassword,
        accountName: (value) => (value.trim() ? null : 'Name your account, e.g. your brand'),
      },
    },
    async (values) => {
      const created = await unwrap(api.POST('/api/v1/auth/signup', { body: values }))
      await refreshMe(queryClient)
      await navigate({ to: '/a/$accountId', params: { accountId: created.account.id } })
    },
  )

  return (
    <AuthCard title="Create your Chorus account">
      <ServerForm onSubmit={onSubmit} problem={problem}>
        <FormTextInput of={form} name="name" label="Your name" autoComplete="name" />
        <EmailInput of={form} />
        <FormPasswordInput
          of={form}
          name="password"
          label="Password"
          description="A long passphrase is best; common passwords are refused"
          autoComplete="new-password"
        />
        <FormTextInput
          of={form}
          name="accountName"
          label="Account name"
          description="Your brand or company; you can add sub-accounts later"
        />
        <Button type="submit" loading={form.submitting}>
          Sign up
        </Button>
        <Text size="sm">
          Already have a user? <AnchorLink to="/sign-in">Sign in</AnchorLink>
        </Text>
      </ServerForm>
    </AuthCard>
  )
}
