import { Container, Text, Title } from '@mantine/core'

/** A user who reaches no account (they left the last one, or every connection ended). */
export function NoAccountPage() {
  return (
    <Container size="sm" py="xl">
      <Title order={1} size="h2">
        No account yet
      </Title>
      <Text mt="sm">
        You do not reach any account at the moment. Ask someone to invite you, or accept a
        connection someone offered you.
      </Text>
    </Container>
  )
}
