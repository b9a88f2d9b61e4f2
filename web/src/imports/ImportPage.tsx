import '@mantine/dropzone/styles.css'
import { Alert, Container, Group, Stack, Text, Title } from '@mantine/core'
import { Dropzone } from '@mantine/dropzone'
import { useNavigate, useParams, useSearch } from '@tanstack/react-router'
import { useState } from 'react'
import { AnchorLink } from '../ui/links'
import { ImportProgress } from './ImportProgress'
import { MappingForm } from './MappingForm'
import { type Preview, previewFile } from './upload'

/** Seed 004 "Add contacts": drop a CSV, map its columns, follow the import. */
export function ImportPage() {
  const { accountId } = useParams({ from: '/signed-in/a/$accountId/contacts/import' })
  const { importId, rows } = useSearch({ from: '/signed-in/a/$accountId/contacts/import' })
  const navigate = useNavigate()
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const choose = async (files: File[]) => {
    const chosen = files[0]
    if (!chosen) return
    setProblem(null)
    try {
      setPreview(await previewFile(accountId, chosen))
      setFile(chosen)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    }
  }
  const reset = () => {
    setFile(null)
    setPreview(null)
    void navigate({ to: '/a/$accountId/contacts/import', params: { accountId }, search: {} })
  }

  return (
    <Container size="lg" py="md">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          Import contacts
        </Title>
        <AnchorLink to="/a/$accountId/contacts" params={{ accountId }} size="sm">
          Back to contacts
        </AnchorLink>
      </Group>
      {importId ? (
        <ImportProgress accountId={accountId} importId={importId} rows={rows} onAgain={reset} />
      ) : file && preview ? (
        <MappingForm
          accountId={accountId}
          file={file}
          preview={preview}
          onCancel={reset}
          onStarted={(started, total) =>
            navigate({
              to: '/a/$accountId/contacts/import',
              params: { accountId },
              search: { importId: started, rows: total },
            })
          }
        />
      ) : (
        <Stack>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Dropzone
            onDrop={choose}
            accept={['text/csv', 'application/vnd.ms-excel', 'text/plain', '.csv']}
            multiple={false}
            aria-label="CSV file to import"
          >
            <Stack align="center" gap={4} py="xl">
              <Text size="lg">Drop a CSV file here, or click to choose one</Text>
              <Text size="sm" c="dimmed">
                The first row names the columns; you choose what each one fills next.
              </Text>
            </Stack>
          </Dropzone>
        </Stack>
      )}
    </Container>
  )
}
