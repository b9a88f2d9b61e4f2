import { Group, Stack, Text, Title } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useAbilities } from '../access/catalog'
import { api, unwrap } from '../api/client'
import { ConfirmButton, LoadError } from '../settings/common'
import { NameDialog } from '../ui/NameDialog'
import { ItemButtons, ResponsiveActionTable } from '../ui/ResponsiveActionTable'

export const tagsQuery = (accountId: string) => ({
  queryKey: ['tags', accountId],
  queryFn: () =>
    unwrap(api.GET('/api/v1/accounts/{accountId}/tags', { params: { path: { accountId } } })).then(
      (list) => list.items,
    ),
})

/** Tags (seed 004): list, add, rename, delete; changing them needs tags.manage. */
export function TagsPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/audience/tags' })
  const { may } = useAbilities(accountId)
  const queryClient = useQueryClient()
  const tags = useQuery(tagsQuery(accountId))
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['tags', accountId] })
  const tagPath = (tagId: string) => ({ path: { accountId, tagId } })
  const manage = may('tags.manage')

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          Tags
        </Title>
        {manage && (
          <NameDialog
            buttonLabel="Add a tag"
            title="Add a tag"
            label="Tag name"
            submit="Add the tag"
            missing="Give the tag a name"
            onSubmit={async (name) => {
              await unwrap(
                api.POST('/api/v1/accounts/{accountId}/tags', {
                  params: { path: { accountId } },
                  body: { name },
                }),
              )
              await refresh()
            }}
          />
        )}
      </Group>
      <Text size="sm" c="dimmed">
        Tags mark contacts; segments can select the contacts with a tag.
      </Text>
      <LoadError error={tags.error} what="The tags" />
      {tags.data?.length === 0 && <Text size="sm">No tag yet.</Text>}
      {(tags.data?.length ?? 0) > 0 && (
        <ResponsiveActionTable
          label="Tags"
          minWidth={320}
          columns={['Tag']}
          items={(tags.data ?? []).map((tag) => ({
            key: tag.id,
            cells: [
              <Text key="name" size="sm">
                {tag.name}
              </Text>,
            ],
            actions: (fullWidth) =>
              manage && (
                <ItemButtons fullWidth={fullWidth}>
                  <NameDialog
                    compact
                    buttonLabel="Rename"
                    accessibleName={`Rename ${tag.name}`}
                    title={`Rename ${tag.name}`}
                    label="Tag name"
                    initial={tag.name}
                    submit="Rename"
                    missing="Give the tag a name"
                    onSubmit={async (name) => {
                      await unwrap(
                        api.PATCH('/api/v1/accounts/{accountId}/tags/{tagId}', {
                          params: tagPath(tag.id),
                          body: { name },
                        }),
                      )
                      await refresh()
                    }}
                  />
                  <ConfirmButton
                    label="Delete"
                    accessibleName={`Delete ${tag.name}`}
                    title={`Delete ${tag.name}`}
                    confirmLabel="Delete the tag"
                    act={async () => {
                      await unwrap(
                        api.DELETE('/api/v1/accounts/{accountId}/tags/{tagId}', {
                          params: tagPath(tag.id),
                        }),
                      )
                      await refresh()
                    }}
                  >
                    The tag is taken off every contact that has it.
                  </ConfirmButton>
                </ItemButtons>
              ),
          }))}
        />
      )}
    </Stack>
  )
}
