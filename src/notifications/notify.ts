import type { Permission } from '../access/catalog.js'
import { who } from '../access/service.js'
import { throttleSystemMail } from '../delivery/system-mail-limits.js'
import type { Deps } from '../deps.js'
import { AppError } from '../errors.js'

/**
 * Notification emails: what someone did that concerns another user (connections, team
 * invitations, campaign approval). Each says who did it and links to the place in the web app.
 * A user turns them off with `PATCH /api/v1/me {"notifications": false}`; security mail (password
 * reset, email confirmation) does not come through here and always goes. Each notice counts once
 * against the `notification` mail limits of its account and its actor (system-mail-limits.ts); one
 * over them is dropped and logged, never failing the act that caused it.
 */
export interface Notice {
  /** The user who did it; never told of their own act. Null: Chorus itself (a webhook turned off). */
  actorId: string | null
  /** The account the act concerns; the notice counts against its and the actor's mail limits. */
  accountId: string
  /** The users to tell. */
  userIds: readonly string[]
  subject: string
  /** What happened, a sentence or two. */
  lines: readonly string[]
  /** The app path the email links to (under PUBLIC_URL), e.g. `/a/{accountId}/campaigns/{id}`. */
  path: string
}

/** Sent after the answer, like every system mail: a mail failure is logged, never shown. */
export function notifyLater(deps: Deps, notice: Notice) {
  setImmediate(() => {
    notify(deps, notice).catch((error) =>
      deps.log.error({ err: error, subject: notice.subject }, 'notification email failed'),
    )
  })
}

export async function notify(deps: Deps, notice: Notice) {
  const recipients = [...new Set(notice.userIds)].filter((id) => id !== notice.actorId)
  if (recipients.length === 0) return
  const actor =
    notice.actorId === null
      ? undefined
      : await deps.db
          .selectFrom('users')
          .select(['name', 'email'])
          .where('id', '=', notice.actorId)
          .executeTakeFirst()
  const users = await deps.db
    .selectFrom('users')
    .select('email')
    .where('id', 'in', recipients)
    .where('notifications', '=', true)
    .execute()
  if (users.length === 0) return
  try {
    await throttleSystemMail(deps, 'notification', {
      accountId: notice.accountId,
      userId: notice.actorId ?? 'chorus',
    })
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'rate_limited')) throw error
    // The act itself succeeded long ago; only its mail is dropped.
    deps.log.warn(
      { subject: notice.subject, accountId: notice.accountId, actorId: notice.actorId },
      'notification email dropped: mail limit reached',
    )
    return
  }
  const text = [
    ...notice.lines,
    actor ? `By ${actor.name} <${actor.email}>.` : '',
    `Open ${deps.config.publicUrl}${notice.path}`,
    'To stop these emails, turn notifications off in your profile (PATCH /api/v1/me {"notifications": false}).',
  ]
    .filter(Boolean)
    .join('\n\n')
  for (const user of users) {
    await deps.mailer.send({ to: user.email, subject: notice.subject, text })
  }
}

/** The users who hold a permission in an account, e.g. those who may accept or approve there. */
export async function holdersOf(deps: Deps, accountId: string, permission: Permission) {
  return (await who(deps, accountId, permission)).map((entry) => entry.userId)
}

/** App paths the emails link to (the web app serves them). */
export const appPaths = {
  connections: '/connections',
  team: (accountId: string, teamId: string) => `/a/${accountId}/teams/${teamId}`,
  campaign: (accountId: string, campaignId: string) => `/a/${accountId}/campaigns/${campaignId}`,
}
