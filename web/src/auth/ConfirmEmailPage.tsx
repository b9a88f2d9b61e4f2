import { api, unwrap } from '../api/client'
import { AnchorLink } from '../ui/links'
import { LinkOutcome } from './LinkOutcome'

export function ConfirmEmailPage() {
  return (
    <LinkOutcome
      title="Confirm your email address"
      use={(token) => unwrap(api.POST('/api/v1/auth/confirm-email', { body: { token } }))}
      done="Your email address is confirmed. Others can now find you by it to invite or connect you."
      after={
        <AnchorLink to="/" size="sm">
          Go to Chorus
        </AnchorLink>
      }
    />
  )
}
