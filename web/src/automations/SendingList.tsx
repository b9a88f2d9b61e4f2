import { List, Text } from '@mantine/core'
import type { SendingStep } from './queries'

/** What one sending step sends, in words: channel, template and subject (or text), sender. */
export function sendingInWords(step: SendingStep): string {
  const sender = step.sender ? `from ${step.sender}` : 'from the default sender'
  if (step.channel === 'sms') {
    const text = step.subject ?? ''
    return `SMS “${text.length > 80 ? `${text.slice(0, 80)}…` : text}”, ${sender}`
  }
  const template = step.template ? `template ${step.template.name}` : 'no template'
  return `Email “${step.subject ?? 'no subject'}” (${template}), ${sender}`
}

/** The messages a program sends, as an approver decides on them. */
export function SendingList({ sending }: { sending: SendingStep[] }) {
  if (sending.length === 0) return <Text size="sm">Sends nothing.</Text>
  return (
    <List size="sm" spacing={2}>
      {sending.map((step) => (
        <List.Item key={step.stepId}>{sendingInWords(step)}</List.Item>
      ))}
    </List>
  )
}
