/**
 * The token of a link mailed by Chorus. It travels in the fragment (`#token=…`), which browsers
 * never send to a server, so it stays out of logs and Referer headers.
 */
export function tokenFromFragment(): string | null {
  const params = new URLSearchParams(window.location.hash.slice(1))
  return params.get('token')
}

const PENDING_INVITATION = 'chorus-invitation-token'

/**
 * An invitation's token kept in this tab while its holder signs in first, so that the way back
 * to the invitation page need not carry it in a URL (which servers log).
 */
export function keepInvitationToken(token: string): void {
  sessionStorage.setItem(PENDING_INVITATION, token)
}

/** The invitation token of this page: from the link's fragment, or kept while signing in. */
export function invitationToken(): string | null {
  return tokenFromFragment() ?? sessionStorage.getItem(PENDING_INVITATION)
}

export function forgetInvitationToken(): void {
  sessionStorage.removeItem(PENDING_INVITATION)
}
