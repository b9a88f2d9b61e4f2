import {
  Badge,
  Box,
  Button,
  Card,
  Code,
  Container,
  Group,
  List,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { QRCodeSVG } from 'qrcode.react'
import { useState } from 'react'
import { api, unwrap } from '../api/client'
import { refreshMe, useMe } from '../app/session'
import { ConfirmButton, CopyValueButton, LoadError, Warning, when } from '../settings/common'
import { ResponsiveActionTable } from '../ui/ResponsiveActionTable'
import { FormPasswordInput, FormTextInput, ServerForm, useServerForm } from '../ui/ServerForm'

/** My security (seed 004): two-factor authentication and my sessions. */
export function SecurityPage() {
  const me = useMe().data
  const queryClient = useQueryClient()
  // Shown once, right after 2FA is turned on; kept here so that refreshing the user keeps them.
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null)
  const enabled = me?.user.twoFactorEnabled ?? false
  const changed = async () => {
    await refreshMe(queryClient)
    await queryClient.invalidateQueries({ queryKey: ['my-sessions'] })
  }

  return (
    <Container size="md" py="md">
      <Title order={1} size="h2" mb="md">
        My security
      </Title>
      <Stack gap="xl">
        <Card withBorder component="section" aria-labelledby="two-factor-title">
          <Group gap="xs" mb="sm">
            <Title order={2} size="h3" id="two-factor-title">
              Two-factor authentication
            </Title>
            <Badge color={enabled ? 'green' : 'gray'} variant="dot">
              {enabled ? 'On' : 'Off'}
            </Badge>
          </Group>
          {recoveryCodes ? (
            <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />
          ) : enabled ? (
            <DisableTwoFactor onDone={changed} />
          ) : (
            <SetUpTwoFactor
              onEnabled={async (codes) => {
                setRecoveryCodes(codes)
                await changed()
              }}
            />
          )}
        </Card>
        <MySessions />
      </Stack>
    </Container>
  )
}

function SetUpTwoFactor({ onEnabled }: { onEnabled: (codes: string[]) => Promise<void> }) {
  const [setup, setSetup] = useState<{ secret: string; otpauthUrl: string } | null>(null)
  const password = useServerForm({ initialValues: { password: '' } }, async (body) => {
    setSetup(await unwrap(api.POST('/api/v1/me/2fa/setup', { body })))
  })
  const confirm = useServerForm(
    {
      initialValues: { code: '' },
      validate: { code: (value) => (value.trim() ? null : 'Enter the code your app shows') },
    },
    async ({ code }) => {
      const { recoveryCodes } = await unwrap(
        api.POST('/api/v1/me/2fa/enable', { body: { code: code.trim() } }),
      )
      await onEnabled(recoveryCodes)
    },
  )

  if (!setup) {
    return (
      <Stack>
        <Text size="sm">
          Signing in will also ask for a code from an authenticator app on your phone. Turning it on
          signs you out of your other browsers.
        </Text>
        <ServerForm onSubmit={password.onSubmit} problem={password.problem}>
          <FormPasswordInput
            of={password.form}
            name="password"
            label="Current password"
            autoComplete="current-password"
          />
          <Button type="submit" loading={password.form.submitting} w="fit-content">
            Set up two-factor authentication
          </Button>
        </ServerForm>
      </Stack>
    )
  }
  return (
    <Stack>
      <Text size="sm">
        1. Scan this QR code with your authenticator app, or enter the key below by hand.
      </Text>
      <Box bg="white" p="sm" w="fit-content">
        <QRCodeSVG
          value={setup.otpauthUrl}
          size={180}
          role="img"
          title="QR code for your authenticator app"
        />
      </Box>
      <Group gap="xs">
        <Text size="sm">Key:</Text>
        <Code data-testid="totp-secret">{setup.secret}</Code>
        <CopyValueButton value={setup.secret} label="the key" />
      </Group>
      <Text size="sm">2. Enter the 6-digit code the app shows to turn two-factor on.</Text>
      <ServerForm onSubmit={confirm.onSubmit} problem={confirm.problem}>
        <FormTextInput
          of={confirm.form}
          name="code"
          label="Authentication code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maw={240}
        />
        <Button type="submit" loading={confirm.form.submitting} w="fit-content">
          Turn on
        </Button>
      </ServerForm>
    </Stack>
  )
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <Stack>
      <Warning title="Save your recovery codes">
        Each code signs you in once if you lose your phone. They are shown only now.
      </Warning>
      <List spacing={4} ff="monospace" aria-label="Recovery codes">
        {codes.map((code) => (
          <List.Item key={code}>{code}</List.Item>
        ))}
      </List>
      <Group>
        <CopyValueButton value={codes.join('\n')} label="the recovery codes" />
        <Button onClick={onDone}>I have saved them</Button>
      </Group>
    </Stack>
  )
}

function DisableTwoFactor({ onDone }: { onDone: () => Promise<void> }) {
  const { form, problem, onSubmit } = useServerForm(
    { initialValues: { code: '', password: '' } },
    async (body) => {
      await unwrap(api.POST('/api/v1/me/2fa/disable', { body }))
      notifications.show({ message: 'Two-factor authentication is off.' })
      await onDone()
    },
  )
  return (
    <Stack>
      <Text size="sm">Signing in asks for a code from your authenticator app.</Text>
      <ServerForm onSubmit={onSubmit} problem={problem}>
        <Group align="flex-start" grow>
          <FormTextInput
            of={form}
            name="code"
            label="Authentication code"
            description="Or a recovery code"
            autoComplete="one-time-code"
          />
          <FormPasswordInput
            of={form}
            name="password"
            label="Current password"
            autoComplete="current-password"
          />
        </Group>
        <Button
          type="submit"
          color="red"
          variant="outline"
          loading={form.submitting}
          w="fit-content"
        >
          Turn off two-factor authentication
        </Button>
      </ServerForm>
    </Stack>
  )
}

function sessionState(session: {
  current: boolean
  endedAt: string | null
  endReason: string | null
}) {
  if (session.current) return 'This browser'
  if (session.endedAt)
    return `Ended${session.endReason ? ` (${session.endReason.replaceAll('_', ' ')})` : ''}`
  return 'Active'
}

function MySessions() {
  const queryClient = useQueryClient()
  const sessions = useQuery({
    queryKey: ['my-sessions'],
    queryFn: () => unwrap(api.GET('/api/v1/me/sessions')),
  })
  return (
    <Stack component="section" aria-labelledby="sessions-title">
      <Title order={2} size="h3" id="sessions-title">
        My sessions
      </Title>
      <Text size="sm" c="dimmed">
        One browser at a time: signing in elsewhere signs this browser out.
      </Text>
      <LoadError error={sessions.error} what="Your sessions" />
      <ResponsiveActionTable
        label="My sessions"
        minWidth={640}
        columns={['Signed in', 'Last active', 'Browser', 'IP address']}
        actions="Status"
        items={(sessions.data?.items ?? []).map((session) => ({
          key: session.id,
          cells: [
            when(session.createdAt),
            when(session.lastSeenAt),
            <Text key="browser" size="sm" lineClamp={2}>
              {session.userAgent ?? 'Unknown'}
            </Text>,
            session.ip,
          ],
          actions: () =>
            !session.current && !session.endedAt ? (
              <ConfirmButton
                label="End"
                accessibleName="End this session"
                title="End this session?"
                confirmLabel="End session"
                act={async () => {
                  await unwrap(
                    api.DELETE('/api/v1/me/sessions/{sessionId}', {
                      params: { path: { sessionId: session.id } },
                    }),
                  )
                  await queryClient.invalidateQueries({ queryKey: ['my-sessions'] })
                }}
              >
                That browser is signed out at its next request.
              </ConfirmButton>
            ) : (
              <Text size="sm" fw={session.current ? 700 : 400}>
                {sessionState(session)}
              </Text>
            ),
        }))}
      />
    </Stack>
  )
}
