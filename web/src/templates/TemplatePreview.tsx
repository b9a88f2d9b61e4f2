import { Select, Stack, Text, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { previewUrl, type Template } from './queries'

function contactLabel(contact: {
  email: string | null
  phone: string | null
  firstName: string | null
  lastName: string | null
}) {
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ')
  const address = contact.email ?? contact.phone ?? ''
  return name ? `${name} (${address})` : address
}

/** The first contacts matching a search, for the preview's contact picker. */
function useContactChoices(accountId: string, enabled: boolean) {
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search.trim(), 250)
  const contacts = useQuery({
    queryKey: ['templates', accountId, 'preview-contacts', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/contacts', {
          params: { path: { accountId }, query: { limit: 20, ...(q ? { q } : {}) } },
        }),
      ).then((page) => page.items.map((c) => ({ value: c.id, label: contactLabel(c) }))),
    enabled,
    placeholderData: keepPreviousData,
  })
  return { search, setSearch, choices: contacts.data ?? [] }
}

/**
 * The saved template as the server renders it, in a sandboxed frame (no script, no same-origin
 * access), for the sample contact or a contact the user chooses (with contacts.view).
 */
export function TemplatePreview({
  accountId,
  template,
}: {
  accountId: string
  template: Template
}) {
  const { may } = useAbilities(accountId)
  const canPick = may('contacts.view')
  const [contactId, setContactId] = useState<string | null>(null)
  const { search, setSearch, choices } = useContactChoices(accountId, canPick)
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Preview
      </Title>
      {canPick ? (
        <Select
          label="Preview for"
          placeholder="The sample contact (Alex Sample)"
          data={choices}
          value={contactId}
          onChange={setContactId}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          clearable
          nothingFoundMessage="No contact found"
        />
      ) : (
        <Text size="sm" c="dimmed">
          Shown for the sample contact, Alex Sample.
        </Text>
      )}
      <Text size="xs" c="dimmed">
        The preview shows the saved template; save to see changes.
      </Text>
      <iframe
        // A new frame after each save: the same address, loaded again.
        key={template.updatedAt}
        title="Template preview"
        sandbox=""
        src={previewUrl(accountId, template, contactId)}
        style={{
          width: '100%',
          height: 480,
          border: '1px solid var(--mantine-color-default-border)',
          background: '#fff',
        }}
      />
    </Stack>
  )
}
