import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requestMeta, requireAccess } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import * as consent from './consent.js'
import {
  Blocklist,
  BlocklistEntry,
  BulkDeleted,
  Channel,
  ConsentSettings,
  Contact,
  ContactHistory,
  ContactPage,
  CustomField,
  CustomFields,
  FieldType,
  Filter,
  Group,
  GroupContactPage,
  Groups,
  HtmlPage,
  OptIn,
  Resubscription,
  Segment,
  SegmentCount,
  Segments,
  Share,
  SharedInUnsubscribes,
  Shares,
  SuppressionCheck,
  Tag,
  Tags,
} from './schemas.js'
import * as audience from './service.js'
import * as shares from './shares.js'

const closed = { additionalProperties: false } as const
const Id = Type.String({ maxLength: 64 })
const AccountParams = Type.Object({ accountId: Type.String() })
const ContactParams = Type.Object({ accountId: Type.String(), contactId: Type.String() })
const GroupParams = Type.Object({ accountId: Type.String(), groupId: Type.String() })
const TagParams = Type.Object({ accountId: Type.String(), tagId: Type.String() })
const SegmentParams = Type.Object({ accountId: Type.String(), segmentId: Type.String() })
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) =>
  Type.Union([schema, Type.Null()])
/** The statuses a client may set; `pending` is the double opt-in's own. */
const Status = Type.Union([Type.Literal('subscribed'), Type.Literal('unsubscribed')])

const ContactBody = Type.Object(
  {
    email: Type.Optional(Nullable(Type.String({ maxLength: 320 }))),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    firstName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    lastName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    fields: Type.Optional(
      Type.Record(Type.String({ maxLength: 64 }), Type.Any(), { maxProperties: 200 }),
    ),
    groupIds: Type.Optional(Type.Array(Id, { maxItems: 500 })),
    tags: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 })),
    emailStatus: Type.Optional(Status),
    smsStatus: Type.Optional(Status),
  },
  closed,
)

const Selection = Type.Object(
  {
    groupId: Type.Optional(Id),
    segmentId: Type.Optional(Id),
    contactIds: Type.Optional(Type.Array(Id, { maxItems: 10_000 })),
  },
  closed,
)

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) })

/**
 * The public confirmation page of double opt-in. Its own plugin, so the HTML form's
 * url-encoded post is accepted here and nowhere else in the API.
 */
export function consentPageRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, _body, done) => done(null, {}),
    )
    app.get(
      '/c/:token',
      {
        config: { access: 'public' },
        schema: {
          hide: true,
          params: TokenParams,
          response: { 200: HtmlPage('the confirmation page, with its button') },
        },
      },
      async (_request, reply) =>
        // A page with a button, not a confirmation on GET: mail scanners follow links.
        reply
          .type('text/html')
          .header(
            'content-security-policy',
            "default-src 'none'; form-action 'self'; style-src 'unsafe-inline'",
          )
          .send(
            '<!doctype html><meta charset="utf-8"><title>Confirm your subscription</title>' +
              '<form method="post"><p>Confirm that you want to receive these emails.</p>' +
              '<button type="submit">Confirm my subscription</button></form>',
          ),
    )

    app.post(
      '/c/:token',
      {
        config: { access: 'public' },
        schema: {
          hide: true,
          params: TokenParams,
          response: {
            200: HtmlPage('the subscription is confirmed'),
            404: HtmlPage('the link is not valid or was used already'),
          },
        },
      },
      async (request, reply) => {
        const confirmed = await consent.confirm(deps, request.params.token)
        return reply
          .status(confirmed ? 200 : 404)
          .type('text/html')
          .send(
            confirmed
              ? '<!doctype html><meta charset="utf-8"><title>Confirmed</title><p>Thank you: your subscription is confirmed.</p>'
              : '<!doctype html><meta charset="utf-8"><title>Link not valid</title><p>This link is not valid or was used already.</p>',
          )
      },
    )
  }
}

export function audienceRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const ip = (request: Parameters<typeof requestMeta>[0]) => requestMeta(request).ip
    const contacts = { tags: ['contacts'] }
    const groups = { tags: ['groups'] }

    app.get(
      '/api/v1/accounts/:accountId/contacts',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...contacts,
          summary: 'Contacts, a page at a time (keyset cursor)',
          params: AccountParams,
          querystring: Type.Object({
            q: Type.Optional(Type.String({ maxLength: 200 })),
            groupId: Type.Optional(Id),
            segmentId: Type.Optional(Id),
            tag: Type.Optional(Type.String({ maxLength: 100 })),
            cursor: Type.Optional(Id),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          }),
          response: { 200: ContactPage },
        },
      },
      async (request) => audience.listContacts(deps, requireAccess(request), request.query),
    )

    app.post(
      '/api/v1/accounts/:accountId/contacts',
      {
        config: { access: { permission: 'contacts.create' } },
        schema: {
          ...contacts,
          summary: 'Add a contact',
          params: AccountParams,
          body: ContactBody,
          response: { 201: Contact },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await audience.createContact(deps, requireAccess(request), request.body)),
    )

    app.get(
      '/api/v1/accounts/:accountId/contacts/:contactId',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...contacts,
          summary: 'A contact',
          params: ContactParams,
          response: { 200: Contact },
        },
      },
      async (request) =>
        audience.getContact(deps, requireAccess(request), request.params.contactId),
    )

    app.patch(
      '/api/v1/accounts/:accountId/contacts/:contactId',
      {
        config: { access: { permission: 'contacts.edit' } },
        schema: {
          ...contacts,
          summary: 'Edit a contact (an unsubscribe is never lifted here)',
          params: ContactParams,
          body: ContactBody,
          response: { 200: Contact },
        },
      },
      async (request) =>
        audience.updateContact(
          deps,
          requireAccess(request),
          request.params.contactId,
          request.body,
        ),
    )

    app.delete(
      '/api/v1/accounts/:accountId/contacts/:contactId',
      {
        config: { access: { permission: 'contacts.delete' } },
        schema: {
          ...contacts,
          summary: 'Delete a contact',
          params: ContactParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await audience.deleteContact(
          deps,
          requireAccess(request),
          request.params.contactId,
          ip(request),
        )
        return reply.status(204).send(null)
      },
    )

    app.get(
      '/api/v1/accounts/:accountId/contacts/:contactId/history',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...contacts,
          summary: 'The contact’s email, SMS and bounce history',
          params: ContactParams,
          response: { 200: ContactHistory },
        },
      },
      async (request) =>
        audience.contactHistory(deps, requireAccess(request), request.params.contactId),
    )

    app.post(
      '/api/v1/accounts/:accountId/contacts/:contactId/resubscribe',
      {
        config: { access: { permission: 'contacts.resubscribe' } },
        schema: {
          ...contacts,
          summary: 'Lift an unsubscribe (audited)',
          params: ContactParams,
          body: Type.Object({ channel: Channel }, closed),
          response: { 200: Resubscription },
        },
      },
      async (request) =>
        audience.resubscribe(
          deps,
          requireAccess(request),
          request.params.contactId,
          request.body.channel,
          ip(request),
        ),
    )

    app.get(
      '/api/v1/accounts/:accountId/shared-contacts/unsubscribes',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...contacts,
          summary:
            'Unsubscribes this account holds for contacts of shared-in groups (lift them with …/contacts/{id}/resubscribe)',
          params: AccountParams,
          response: { 200: SharedInUnsubscribes },
        },
      },
      async (request) => shares.listSharedInUnsubscribes(deps, requireAccess(request)),
    )

    app.post(
      '/api/v1/accounts/:accountId/contacts/bulk-delete',
      {
        config: { access: { permission: 'contacts.bulk_delete' } },
        schema: {
          ...contacts,
          summary: 'Delete the contacts of a group, a segment or a list of ids',
          params: AccountParams,
          body: Selection,
          response: { 200: BulkDeleted },
        },
      },
      async (request) =>
        audience.bulkDelete(deps, requireAccess(request), request.body, ip(request)),
    )

    app.get(
      '/api/v1/accounts/:accountId/fields',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...contacts,
          summary: 'Custom contact fields',
          params: AccountParams,
          response: { 200: CustomFields },
        },
      },
      async (request) => ({ items: await audience.listFields(deps, requireAccess(request)) }),
    )

    app.post(
      '/api/v1/accounts/:accountId/fields',
      {
        config: { access: { permission: 'contacts.edit' } },
        schema: {
          ...contacts,
          summary: 'Define a custom field and its type',
          params: AccountParams,
          body: Type.Object(
            {
              key: Type.String({ maxLength: 64 }),
              label: Type.Optional(Type.String({ maxLength: 200 })),
              type: FieldType,
            },
            closed,
          ),
          response: { 201: CustomField },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await audience.defineField(deps, requireAccess(request), request.body)),
    )

    app.get(
      '/api/v1/accounts/:accountId/groups',
      {
        config: { access: { permission: 'groups.view' } },
        schema: {
          ...groups,
          summary: 'Own groups and groups shared in (shared: true, read-only), with their sizes',
          params: AccountParams,
          response: { 200: Groups },
        },
      },
      async (request) => ({ items: await audience.listGroups(deps, requireAccess(request)) }),
    )

    app.post(
      '/api/v1/accounts/:accountId/groups',
      {
        config: { access: { permission: 'groups.manage' } },
        schema: {
          ...groups,
          summary: 'Create a group',
          params: AccountParams,
          body: Type.Object(
            {
              name: Type.String({ minLength: 1, maxLength: 200 }),
              description: Type.Optional(Type.String({ maxLength: 2000 })),
            },
            closed,
          ),
          response: { 201: Group },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await audience.createGroup(deps, requireAccess(request), request.body)),
    )

    app.get(
      '/api/v1/accounts/:accountId/groups/:groupId',
      {
        config: { access: { permission: 'groups.view' } },
        schema: { ...groups, summary: 'A group', params: GroupParams, response: { 200: Group } },
      },
      async (request) => audience.getGroup(deps, requireAccess(request), request.params.groupId),
    )

    app.patch(
      '/api/v1/accounts/:accountId/groups/:groupId',
      {
        config: { access: { permission: 'groups.manage' } },
        schema: {
          ...groups,
          summary: 'Rename or describe a group',
          params: GroupParams,
          body: Type.Object(
            {
              name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
              description: Type.Optional(Type.String({ maxLength: 2000 })),
            },
            closed,
          ),
          response: { 200: Group },
        },
      },
      async (request) =>
        audience.updateGroup(deps, requireAccess(request), request.params.groupId, request.body),
    )

    app.delete(
      '/api/v1/accounts/:accountId/groups/:groupId',
      {
        config: { access: { permission: 'groups.manage' } },
        schema: {
          ...groups,
          summary:
            'Delete a group (not its contacts); a shared-in group leaves this account’s list',
          params: GroupParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await audience.deleteGroup(
          deps,
          requireAccess(request),
          request.params.groupId,
          ip(request),
        )
        return reply.status(204).send(null)
      },
    )

    app.get(
      '/api/v1/accounts/:accountId/groups/:groupId/contacts',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...groups,
          summary: 'The group’s contacts, a page at a time',
          params: GroupParams,
          querystring: Type.Object({
            cursor: Type.Optional(Id),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          }),
          response: { 200: GroupContactPage },
        },
      },
      async (request) =>
        audience.listGroupContacts(
          deps,
          requireAccess(request),
          request.params.groupId,
          request.query,
        ),
    )

    const ShareParams = Type.Object({
      accountId: Type.String(),
      groupId: Type.String(),
      targetAccountId: Type.String(),
    })
    app.get(
      '/api/v1/accounts/:accountId/groups/:groupId/shares',
      {
        config: { access: { permission: 'groups.view' } },
        schema: {
          ...groups,
          summary: 'The accounts an own group is shared with',
          params: GroupParams,
          response: { 200: Shares },
        },
      },
      async (request) => ({
        items: await shares.listShares(deps, requireAccess(request), request.params.groupId),
      }),
    )

    app.post(
      '/api/v1/accounts/:accountId/groups/:groupId/shares',
      {
        config: { access: { permission: 'groups.manage' } },
        schema: {
          ...groups,
          summary: 'Share an own group with a team mate account or a sub-account',
          params: GroupParams,
          body: Type.Object({ accountId: Id }, closed),
          response: { 201: Share },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await shares.shareGroup(
              deps,
              requireAccess(request),
              request.params.groupId,
              request.body.accountId,
              ip(request),
            ),
          ),
    )

    app.delete(
      '/api/v1/accounts/:accountId/groups/:groupId/shares/:targetAccountId',
      {
        config: { access: { permission: 'groups.manage' } },
        schema: {
          ...groups,
          summary: 'Stop sharing an own group with an account',
          params: ShareParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await shares.unshareGroup(
          deps,
          requireAccess(request),
          request.params.groupId,
          request.params.targetAccountId,
          ip(request),
        )
        return reply.status(204).send(null)
      },
    )

    app.post(
      '/api/v1/accounts/:accountId/groups/:groupId/members',
      {
        config: { access: { permission: 'groups.manage' } },
        schema: {
          ...groups,
          summary: 'Add contacts to the group and remove others',
          params: GroupParams,
          body: Type.Object(
            {
              add: Type.Optional(Type.Array(Id, { maxItems: 10_000 })),
              remove: Type.Optional(Type.Array(Id, { maxItems: 10_000 })),
            },
            closed,
          ),
          response: { 200: Group },
        },
      },
      async (request) =>
        audience.changeGroupMembers(
          deps,
          requireAccess(request),
          request.params.groupId,
          request.body,
        ),
    )

    app.get(
      '/api/v1/accounts/:accountId/tags',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: { tags: ['tags'], summary: 'Tags', params: AccountParams, response: { 200: Tags } },
      },
      async (request) => ({ items: await audience.listTags(deps, requireAccess(request)) }),
    )

    const TagBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, closed)
    app.post(
      '/api/v1/accounts/:accountId/tags',
      {
        config: { access: { permission: 'tags.manage' } },
        schema: {
          tags: ['tags'],
          summary: 'Add a tag',
          params: AccountParams,
          body: TagBody,
          response: { 201: Tag },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await audience.createTag(deps, requireAccess(request), request.body.name)),
    )

    app.patch(
      '/api/v1/accounts/:accountId/tags/:tagId',
      {
        config: { access: { permission: 'tags.manage' } },
        schema: {
          tags: ['tags'],
          summary: 'Rename a tag',
          params: TagParams,
          body: TagBody,
          response: { 200: Tag },
        },
      },
      async (request) =>
        audience.renameTag(deps, requireAccess(request), request.params.tagId, request.body.name),
    )

    app.delete(
      '/api/v1/accounts/:accountId/tags/:tagId',
      {
        config: { access: { permission: 'tags.manage' } },
        schema: {
          tags: ['tags'],
          summary: 'Delete a tag',
          params: TagParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await audience.deleteTag(deps, requireAccess(request), request.params.tagId)
        return reply.status(204).send(null)
      },
    )

    const segments = { tags: ['segments'] }
    app.get(
      '/api/v1/accounts/:accountId/segments',
      {
        config: { access: { permission: 'groups.view' } },
        schema: {
          ...segments,
          summary: 'Segments',
          params: AccountParams,
          response: { 200: Segments },
        },
      },
      async (request) => ({ items: await audience.listSegments(deps, requireAccess(request)) }),
    )

    app.post(
      '/api/v1/accounts/:accountId/segments',
      {
        config: { access: { permission: 'segments.manage' } },
        schema: {
          ...segments,
          summary: 'Save a filter as a segment',
          params: AccountParams,
          body: Type.Object(
            { name: Type.String({ minLength: 1, maxLength: 200 }), filter: Filter },
            closed,
          ),
          response: { 201: Segment },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await audience.createSegment(deps, requireAccess(request), request.body)),
    )

    app.get(
      '/api/v1/accounts/:accountId/segments/:segmentId',
      {
        config: { access: { permission: 'groups.view' } },
        schema: {
          ...segments,
          summary: 'A segment',
          params: SegmentParams,
          response: { 200: Segment },
        },
      },
      async (request) =>
        audience.getSegment(deps, requireAccess(request), request.params.segmentId),
    )

    app.patch(
      '/api/v1/accounts/:accountId/segments/:segmentId',
      {
        config: { access: { permission: 'segments.manage' } },
        schema: {
          ...segments,
          summary: 'Rename a segment or change its filter',
          params: SegmentParams,
          body: Type.Object(
            {
              name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
              filter: Type.Optional(Filter),
            },
            closed,
          ),
          response: { 200: Segment },
        },
      },
      async (request) =>
        audience.updateSegment(
          deps,
          requireAccess(request),
          request.params.segmentId,
          request.body,
        ),
    )

    app.delete(
      '/api/v1/accounts/:accountId/segments/:segmentId',
      {
        config: { access: { permission: 'segments.manage' } },
        schema: {
          ...segments,
          summary: 'Delete a segment',
          params: SegmentParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await audience.deleteSegment(deps, requireAccess(request), request.params.segmentId)
        return reply.status(204).send(null)
      },
    )

    app.get(
      '/api/v1/accounts/:accountId/segments/:segmentId/count',
      {
        config: { access: { permission: 'groups.view' } },
        schema: {
          ...segments,
          summary: 'How many contacts match',
          params: SegmentParams,
          response: { 200: SegmentCount },
        },
      },
      async (request) =>
        audience.countSegment(deps, requireAccess(request), request.params.segmentId),
    )

    app.get(
      '/api/v1/accounts/:accountId/consent',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...contacts,
          summary: 'Opt-in setting: single or double',
          params: AccountParams,
          response: { 200: ConsentSettings },
        },
      },
      async (request) => consent.getConsentSettings(deps, requireAccess(request)),
    )

    app.put(
      '/api/v1/accounts/:accountId/consent',
      {
        config: { access: { permission: 'contacts.edit' } },
        schema: {
          ...contacts,
          summary: 'Choose single or double opt-in for contacts added by forms and the API',
          params: AccountParams,
          body: Type.Object({ optIn: OptIn }, closed),
          response: { 200: ConsentSettings },
        },
      },
      async (request) =>
        consent.setConsentSettings(deps, requireAccess(request), request.body.optIn, ip(request)),
    )

    const blocklist = { tags: ['suppression'] }
    const BlockBody = Type.Object(
      {
        channel: Channel,
        address: Type.String({ maxLength: 320 }),
        reason: Type.Optional(Type.String({ maxLength: 500 })),
      },
      closed,
    )
    app.get(
      '/api/v1/accounts/:accountId/blocklist',
      {
        config: { access: { permission: 'blocklist.view' } },
        schema: {
          ...blocklist,
          summary: 'The account’s blocklist',
          params: AccountParams,
          response: { 200: Blocklist },
        },
      },
      async (request) => ({ items: await audience.listBlocklist(deps, requireAccess(request)) }),
    )

    app.post(
      '/api/v1/accounts/:accountId/blocklist',
      {
        config: { access: { permission: 'blocklist.manage' } },
        schema: {
          ...blocklist,
          summary: 'Block an address',
          params: AccountParams,
          body: BlockBody,
          response: { 201: BlocklistEntry },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await audience.block(deps, requireAccess(request), request.body, ip(request))),
    )

    app.post(
      '/api/v1/accounts/:accountId/blocklist/remove',
      {
        config: { access: { permission: 'blocklist.manage' } },
        schema: {
          ...blocklist,
          summary: 'Unblock an address',
          params: AccountParams,
          body: Type.Object({ channel: Channel, address: Type.String({ maxLength: 320 }) }, closed),
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await audience.unblock(deps, requireAccess(request), request.body, ip(request))
        return reply.status(204).send(null)
      },
    )

    app.get(
      '/api/v1/accounts/:accountId/suppression',
      {
        config: { access: { permission: 'blocklist.view' } },
        schema: {
          ...blocklist,
          summary: 'May this account send to this address on this channel, and if not, why',
          params: AccountParams,
          querystring: Type.Object({ channel: Channel, address: Type.String({ maxLength: 320 }) }),
          response: { 200: SuppressionCheck },
        },
      },
      async (request) =>
        audience.checkSuppression(
          deps,
          requireAccess(request),
          request.query.channel,
          request.query.address,
        ),
    )
  }
}
