import { Alert, Button, SegmentedControl, Stack, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { refreshMe, useMe } from '../app/session'
import { AnchorLink } from '../ui/links'
import {
  FormPasswordInput,
  FormTextInput,
  newPassword,
  ServerForm,
  useServerForm,
} from '../ui/ServerForm'
import { AuthCard } from './AuthCard'
import { placeServerError } from './errors'
import { forgetInvitationToken, invitationToken, keepInvitationToken } from './link-token'

/**
 * The page an invitation email opens. Someone new sets a name and a password and joins (also
 * when sign-up is closed: the invitation is their way in, and they get no account of their own);
 * someone with a user signs in, comes back here and accepts.
 */
export function InvitationPage() {
  const [token] = useState(invitationToken)
  const me = useMe()
  const [who, setWho] = useState<'new' | 'existing'>('new')
  if (!token) {
    return (
      <AuthCard title="Join an account">
        <Alert color="red" role="alert">
          This page needs the link from the invitation email; open it again from there.
        </Alert>
      </AuthCard>
    )
  }
  if (me.data) return <AcceptAsUser token={token} name={me.data.user.name} />
  return (
    <AuthCard title="Join an account">
      <Stack>
        <Text size="sm">You were invited to work in an account on Chorus.</Text>
        <SegmentedControl
          fullWidth
          aria-label="Do you have a Chorus user?"
          value={who}
          onChange={(value) => setWho(value as 'new' | 'existing')}
          data={[
            { value: 'new', label: 'I am new here' },
            { value: 'existing', label: 'I have a user' },
          ]}
        />
        {who === 'new' ? (
          <JoinAsNewUser token={token} />
        ) : (
          <Text size="sm">
            <AnchorLink
              to="/sign-in"
              search={{ redirect: '/invitations' }}
              onClick={() => keepInvitationToken(token)}
            >
              Sign in
            </AnchorLink>{' '}
            with the address the invitation was sent to; you come back here to accept it.
          </Text>
        )}
      </Stack>
    </AuthCard>
  )
}

function JoinAsNewUser({ token }: { token: string }) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { name: '', password: '' },
      validate: {
        name: (value) => (value.trim() ? null : 'Enter your name'),
        password: newPassword,
      },
    },
    async (values) => {
      const joined = await unwrap(
        api.POST('/api/v1/invitations/{token}/signup', {
          params: { path: { token } },
          body: values,
        }),
      )
      forgetInvitationToken()
      await refreshMe(queryClient)
      await navigate({ to: '/a/$accountId', params: { accountId: joined.membership.accountId } })
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <FormTextInput of={form} name="name" label="Your name" autoComplete="name" />
      <FormPasswordInput
        of={form}
        name="password"
        label="Choose a password"
        description="Your email address is the one the invitation was sent to"
        autoComplete="new-password"
      />
      <Button type="submit" loading={form.submitting}>
        Join
      </Button>
    </ServerForm>
  )
}

function AcceptAsUser({ token, name }: { token: string; name: string }) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const accept = async () => {
    setBusy(true)
    setProblem(null)
    try {
      const membership = await unwrap(
        api.POST('/api/v1/invitations/{token}/accept', { params: { path: { token } } }),
      )
      forgetInvitationToken()
      await refreshMe(queryClient)
      await navigate({ to: '/a/$accountId', params: { accountId: membership.accountId } })
    } catch (error) {
      setProblem(placeServerError(null, error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <AuthCard title="Join an account">
      <Stack>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Text size="sm">
          You are signed in as {name}. Accept the invitation to work in the account.
        </Text>
        <Button onClick={() => void accept()} loading={busy}>
          Accept the invitation
        </Button>
      </Stack>
    </AuthCard>
  )
}
