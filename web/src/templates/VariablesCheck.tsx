import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { ScrollRegion } from '../ui/ScrollRegion'
import { type Template, type TemplateVariable, variablesQuery } from './queries'

// Dark enough for white badge text at 4.5:1 and more.
const FOUND = '#1f6f2b'
const NOT_FOUND = '#b02525'

const KIND_LABELS: Record<TemplateVariable['kind'], string> = {
  standard: 'Contact field',
  custom: 'Custom field',
  placeholder: 'Placeholder',
  platform: 'Added by Chorus',
  unknown: 'Not found',
}

/**
 * Seed 004 "Check template variables": every variable the saved template uses and whether the
 * account has it; a variable that is not found prints nothing for every contact.
 */
export function VariablesCheck({ accountId, template }: { accountId: string; template: Template }) {
  const [asked, setAsked] = useState(false)
  const variables = useQuery({
    ...variablesQuery(accountId, template.id, template.updatedAt),
    enabled: asked,
  })
  const unknown = variables.data?.filter((variable) => !variable.exists).length ?? 0
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Template variables
      </Title>
      {!asked && (
        <Button variant="default" onClick={() => setAsked(true)}>
          Check template variables
        </Button>
      )}
      {variables.data?.length === 0 && <Text size="sm">The template uses no variable.</Text>}
      {variables.data && variables.data.length > 0 && (
        <>
          <Text size="sm" role="status">
            {unknown === 0
              ? 'Every variable is known.'
              : `${unknown} variable${unknown === 1 ? ' is' : 's are'} not found: ${unknown === 1 ? 'it prints' : 'they print'} nothing.`}
          </Text>
          <ScrollRegion label="Template variables">
            <Table miw={320}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Variable</Table.Th>
                  <Table.Th>Found as</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {variables.data.map((variable) => (
                  <Table.Tr key={variable.name}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {`{{ ${variable.name} }}`}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge
                        color={variable.exists ? FOUND : NOT_FOUND}
                        styles={{
                          root: { maxWidth: 'none', overflow: 'visible' },
                          label: { overflow: 'visible', textOverflow: 'clip' },
                        }}
                      >
                        {KIND_LABELS[variable.kind]}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </>
      )}
    </Stack>
  )
}
