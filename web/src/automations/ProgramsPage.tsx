import { Alert, Badge, Button, Container, Group, Modal, Table, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { AnchorLink } from '../ui/links'
import { useOpenCreated } from '../ui/openCreated'
import { ScrollRegion } from '../ui/ScrollRegion'
import { FormTextInput, ServerForm, useServerForm } from '../ui/ServerForm'
import { FlowChoicesContext, useFlowChoices } from './choices'
import { programsQuery, STATUS_COLORS, STATUS_LABELS } from './queries'
import { newTrigger, type Trigger, TriggerPicker, triggerInWords } from './trigger'

const COLUMNS = ['Name', 'Status', 'Starts when', 'Entered', 'Active', 'Completed']

/** Seed 002 "Programs": the account's automated programs with their status and counts. */
export function ProgramsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/programs' })
  const { may } = useAbilities(accountId)
  const choices = useFlowChoices(accountId)
  const programs = useQuery({ ...programsQuery(accountId), refetchInterval: 10_000 })
  const [creating, { open, close }] = useDisclosure(false)
  const items = programs.data ?? []
  return (
    <FlowChoicesContext.Provider value={choices}>
      <Container size="lg" py="md">
        <Group justify="space-between" mb="md">
          <Title order={1} size="h2">
            Programs
          </Title>
          {may('automations.manage') && <Button onClick={open}>New program</Button>}
        </Group>
        {programs.error && (
          <Alert color="red" role="alert">
            The programs could not be loaded.
          </Alert>
        )}
        <ScrollRegion label="Programs">
          <Table striped miw={760}>
            <Table.Thead>
              <Table.Tr>
                {COLUMNS.map((column) => (
                  <Table.Th key={column}>{column}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((program) => (
                <Table.Tr key={program.id}>
                  <Table.Td>
                    <AnchorLink
                      to="/a/$accountId/programs/$programId"
                      params={{ accountId, programId: program.id }}
                      fw={500}
                    >
                      {program.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[program.status]} variant="dot">
                      {STATUS_LABELS[program.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{triggerInWords(program.trigger as Trigger, choices)}</Text>
                  </Table.Td>
                  <Table.Td>{program.counts.entered.toLocaleString('en')}</Table.Td>
                  <Table.Td>{program.counts.active.toLocaleString('en')}</Table.Td>
                  <Table.Td>{program.counts.completed.toLocaleString('en')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
        {programs.isSuccess && items.length === 0 && (
          <Text c="dimmed" mt="md">
            No programs yet. A program welcomes new contacts, wishes them a happy birthday or
            follows up an order, on its own.
          </Text>
        )}
        <Modal opened={creating} onClose={close} title="New program" size="lg">
          <CreateForm accountId={accountId} />
        </Modal>
      </Container>
    </FlowChoicesContext.Provider>
  )
}

function CreateForm({ accountId }: { accountId: string }) {
  const openCreated = useOpenCreated(['programs', accountId])
  const [trigger, setTrigger] = useState<Trigger>(newTrigger('group_joined'))
  const { form, problem, onSubmit } = useServerForm(
    {
      initialValues: { name: '' },
      validate: { name: (value) => (value.trim() ? null : 'Name the program') },
    },
    async ({ name }) => {
      const program = await unwrap(
        api.POST('/api/v1/accounts/{accountId}/programs', {
          params: { path: { accountId } },
          body: { name: name.trim(), trigger },
        }),
      )
      await openCreated({
        to: '/a/$accountId/programs/$programId',
        params: { accountId, programId: program.id },
      })
    },
  )
  return (
    <ServerForm onSubmit={onSubmit} problem={problem}>
      <FormTextInput of={form} name="name" label="Name" data-autofocus />
      <TriggerPicker trigger={trigger} readOnly={false} onChange={setTrigger} />
      <Button type="submit" loading={form.submitting}>
        Create the program
      </Button>
    </ServerForm>
  )
}
