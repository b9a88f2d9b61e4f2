import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requireAccess } from '../http/auth.js'
import {
  AssigneeList,
  InboxMessage,
  MessagePage,
  MessageQuery,
  ReplyInput,
  SingleMessageInput,
  Thread,
  ThreadList,
  ThreadPatch,
  ThreadQuery,
  UnreadCount,
} from './schemas.js'
import { reply, textNumber } from './send.js'
import {
  assignees,
  changeThread,
  listMessages,
  listThreads,
  openThread,
  unreadCount,
} from './service.js'

const AccountParams = Type.Object({ accountId: Type.String() })
const ThreadParams = Type.Object({ accountId: Type.String(), threadId: Type.String() })
const PREFIX = '/api/v1/accounts/:accountId/inbox'

/** The account's inbox (issue 19): `inbox.view` for everything but texting a number. */
export function inboxRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['inbox']
    const config = { access: { permission: 'inbox.view' as const } }

    app.get(
      `${PREFIX}/threads`,
      {
        config,
        schema: {
          tags,
          summary: 'The inbox’s threads, newest activity first',
          params: AccountParams,
          querystring: ThreadQuery,
          response: { 200: ThreadList },
        },
      },
      async (request) => listThreads(deps, requireAccess(request), request.query),
    )

    app.get(
      `${PREFIX}/unread`,
      {
        config,
        schema: {
          tags,
          summary: 'How many open threads and messages are unread (the badge)',
          params: AccountParams,
          response: { 200: UnreadCount },
        },
      },
      async (request) => unreadCount(deps, requireAccess(request)),
    )

    app.get(
      `${PREFIX}/assignees`,
      {
        config,
        schema: {
          tags,
          summary: 'Who a thread can be assigned to: the members holding inbox.view',
          params: AccountParams,
          response: { 200: AssigneeList },
        },
      },
      async (request) => assignees(deps, requireAccess(request)),
    )

    app.get(
      `${PREFIX}/threads/:threadId`,
      {
        config,
        schema: {
          tags,
          summary: 'A thread, with what the caller may do with it; opening it marks it read',
          params: ThreadParams,
          response: { 200: Thread },
        },
      },
      async (request) => openThread(deps, requireAccess(request), request.params.threadId),
    )

    app.patch(
      `${PREFIX}/threads/:threadId`,
      {
        config,
        schema: {
          tags,
          summary: 'Mark a thread read, done or open again, assign or unassign it',
          params: ThreadParams,
          body: ThreadPatch,
          response: { 200: Thread },
        },
      },
      async (request) =>
        changeThread(deps, requireAccess(request), request.params.threadId, request.body),
    )

    app.get(
      `${PREFIX}/threads/:threadId/messages`,
      {
        config,
        schema: {
          tags,
          summary: 'A thread’s messages, oldest first',
          params: ThreadParams,
          querystring: MessageQuery,
          response: { 200: MessagePage },
        },
      },
      async (request) =>
        listMessages(deps, requireAccess(request), request.params.threadId, request.query),
    )

    app.post(
      `${PREFIX}/threads/:threadId/replies`,
      {
        config,
        schema: {
          tags,
          summary: 'Answer a thread by SMS (a single message, sms.use) or by email',
          params: ThreadParams,
          body: ReplyInput,
          response: { 201: InboxMessage },
        },
      },
      async (request, replyTo) => {
        const message = await reply(
          deps,
          requireAccess(request),
          request.params.threadId,
          request.body,
        )
        return replyTo.code(201).send(message)
      },
    )

    app.post(
      `${PREFIX}/messages`,
      {
        config: { access: { permission: 'sms.use' as const } },
        schema: {
          tags,
          summary:
            'Send a single SMS to a number (a new number becomes a contact: contacts.create)',
          params: AccountParams,
          body: SingleMessageInput,
          response: { 201: InboxMessage },
        },
      },
      async (request, replyTo) => {
        const message = await textNumber(deps, requireAccess(request), request.body)
        return replyTo.code(201).send(message)
      },
    )
  }
}
