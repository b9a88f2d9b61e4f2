import { Select, Stack, Text, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import type { Template } from './queries'

/** What the editor holds now, saved or not: what the preview renders. */
export type Draft = Pick<Template, 'channel' | 'subject' | 'html' | 'text'>

/** How long the editor rests before the preview asks the server again. */
const PREVIEW_DEBOUNCE_MS = 400

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
 * The draft as the server renders it, once the editor rests. A draft that does not render (Liquid
 * being typed) keeps the last good preview on screen beside the server's reason.
 */
function useRenderedDraft(accountId: string, draft: Draft, contactId: string | null) {
  const [resting] = useDebouncedValue(draft, PREVIEW_DEBOUNCE_MS)
  return useQuery({
    queryKey: ['templates', accountId, 'draft-preview', resting, contactId],
    queryFn: () =>
      unwrap(
        api.POST('/api/v1/accounts/{accountId}/templates/preview', {
          params: { path: { accountId } },
          body: { ...resting, ...(contactId ? { contactId } : {}) },
          parseAs: 'text',
        }),
      ),
    placeholderData: keepPreviousData,
    // Each draft is asked for once: keeping every rendered version would only fill memory.
    gcTime: 0,
    retry: false,
  })
}

/**
 * The editor's work as the server renders it, in a sandboxed frame (no script, no same-origin
 * access), for the sample contact or a contact the user chooses (with contacts.view). It follows
 * the editor without saving.
 */
export function TemplatePreview({ accountId, draft }: { accountId: string; draft: Draft }) {
  const { may } = useAbilities(accountId)
  const canPick = may('contacts.view')
  const [contactId, setContactId] = useState<string | null>(null)
  const { search, setSearch, choices } = useContactChoices(accountId, canPick)
  const rendered = useRenderedDraft(accountId, draft, contactId)
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
        The preview follows your changes; they are kept only when you save.
      </Text>
      <Text size="sm" c="red" role="status">
        {rendered.error ? `The preview is not up to date: ${rendered.error.message}` : ''}
      </Text>
      <iframe
        title="Template preview"
        sandbox=""
        srcDoc={rendered.data ?? ''}
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
