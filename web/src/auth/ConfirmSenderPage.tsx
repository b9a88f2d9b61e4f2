import { api, unwrap } from '../api/client'
import { LinkOutcome } from './LinkOutcome'

export function ConfirmSenderPage() {
  return (
    <LinkOutcome
      title="Confirm a sender address"
      use={(token) => unwrap(api.POST('/api/v1/senders/confirm', { body: { token } }))}
      done="This address is confirmed: campaigns of the account that added it may now send from it."
    />
  )
}
