import '@mantine/charts/styles.css'
import { BarChart } from '@mantine/charts'
import { Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { LoadError, TableHeader, when } from '../settings/common'
import type { AccountForm } from './queries'
import { resultsQuery } from './queries'

type Results = NonNullable<ReturnType<typeof useResults>['data']>
type QuestionResult = Results['questions'][number]
/** One bar: its name on the chart's axis, its name in the table, its count. */
type Count = { tick: string; answer: string; count: number }

const useResults = (accountId: string, formId: string) => useQuery(resultsQuery(accountId, formId))

/**
 * A survey's results: each question's answers counted, as a chart and as a table (the numbers
 * are read from the table, not only from the picture), a scale's average, the latest texts. The
 * export is offered when the server says so (`abilities.exportResponses`).
 */
export function SurveyResults({ accountId, form }: { accountId: string; form: AccountForm }) {
  const results = useResults(accountId, form.id)
  const data = results.data
  return (
    <section aria-labelledby="form-results-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="form-results-title">
          Results
        </Title>
        {data?.abilities.exportResponses && (
          <Button
            component="a"
            href={`/api/v1/accounts/${accountId}/forms/${form.id}/responses/export`}
            download
            variant="default"
          >
            Export responses (CSV)
          </Button>
        )}
      </Group>
      <LoadError error={results.error} what="The results" />
      {data && (
        <Stack>
          <Text size="sm">
            {data.responses === 0
              ? 'No responses yet.'
              : data.responses === 1
                ? '1 response'
                : `${data.responses} responses`}
          </Text>
          {data.responses > 0 &&
            data.questions.map((question) => (
              <QuestionCard
                key={question.id}
                question={question}
                form={form}
                total={data.responses}
              />
            ))}
        </Stack>
      )}
    </section>
  )
}

/** The bars: a choice's options, or a scale's values (in the table its ends named as on the hosted page: "0 (Not at all)"). */
function countsOf(question: QuestionResult, form: AccountForm): Count[] {
  if (question.options) {
    return question.options.map((o) => ({ tick: o.option, answer: o.option, count: o.count }))
  }
  const scale = form.questions.find((q) => q.id === question.id)?.scale
  const counts = question.scale?.counts ?? []
  return counts.map(({ value, count }, i) => {
    const end = i === 0 ? scale?.minLabel : i === counts.length - 1 ? scale?.maxLabel : ''
    return { tick: String(value), answer: end ? `${value} (${end})` : String(value), count }
  })
}

function QuestionCard({
  question,
  form,
  total,
}: {
  question: QuestionResult
  form: AccountForm
  total: number
}) {
  const titleId = `results-${question.id}`
  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId}>
        {question.label}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Answered by {question.answered} of {total}
        {question.type === 'multiple' && '; each could choose more than one'}
        {question.scale?.average != null && ` · average ${question.scale.average}`}
      </Text>
      {question.type === 'text' ? (
        <TextAnswers question={question} />
      ) : (
        <AnswerCounts question={question} counts={countsOf(question, form)} />
      )}
    </Card>
  )
}

function AnswerCounts({ question, counts }: { question: QuestionResult; counts: Count[] }) {
  const scale = question.type === 'scale'
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {/* The table beside the chart holds the same numbers, for whoever does not see it. */}
      <figure aria-label={`Chart of the answers to “${question.label}”`} style={{ margin: 0 }}>
        <BarChart
          h={scale ? 220 : Math.max(120, 44 * counts.length)}
          data={counts}
          dataKey="tick"
          orientation={scale ? 'horizontal' : 'vertical'}
          series={[{ name: 'count', label: 'Responses', color: 'blue.6' }]}
          yAxisProps={scale ? { allowDecimals: false } : { width: 120 }}
          xAxisProps={scale ? {} : { allowDecimals: false }}
        />
      </figure>
      <Table withTableBorder>
        <TableHeader columns={[scale ? 'Value' : 'Option', 'Responses']} />
        <Table.Tbody>
          {counts.map((row) => (
            <Table.Tr key={row.answer}>
              <Table.Td>{row.answer}</Table.Td>
              <Table.Td>{row.count}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SimpleGrid>
  )
}

function TextAnswers({ question }: { question: QuestionResult }) {
  const texts = question.texts ?? []
  if (texts.length === 0) return <Text size="sm">No answer yet.</Text>
  return (
    <>
      {question.answered > texts.length && (
        <Text size="sm" mb="xs">
          The latest {texts.length}; the export has them all.
        </Text>
      )}
      <List spacing="xs" size="sm">
        {texts.map((answer) => (
          <List.Item key={`${answer.at}-${answer.text}`}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {answer.text}
            </Text>
            <Text size="xs" c="dimmed">
              {when(answer.at)}
            </Text>
          </List.Item>
        ))}
      </List>
    </>
  )
}
