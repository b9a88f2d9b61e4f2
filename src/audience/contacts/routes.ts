import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../../deps.js'
import { requireAccess } from '../../http/auth.js'
import { NoContent } from '../../http/contract.js'
import { AccountParams, closed, Id } from '../route-params.js'
import { Channel, HtmlPage, Nullable } from '../schemas.js'
import * as consent from './consent.js'
import { ContactFilter } from './filter.js'
import {
  BulkDeleted,
  BulkUpdated,
  ConsentSettings,
  Contact,
  ContactCount,
  ContactHistory,
  ContactPage,
  CustomField,
  CustomFields,
  FieldType,
  OptIn,
  Resubscription,
  VisibleContact,
} from './schemas.js'
import * as service from './service.js'

const ContactParams = Type.Object({ accountId: Type.String(), contactId: Type.String() })
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

const SelectionFields = {
  groupId: Type.Optional(Id),
  segmentId: Type.Optional(Id),
  contactIds: Type.Optional(Type.Array(Id, { maxItems: 10_000 })),
  filter: Type.Optional(ContactFilter),
}
const Selection = Type.Object(SelectionFields, {
  ...closed,
  description:
    'exactly one of: groupId, segmentId, contactIds, or filter (everything the contacts table filter matches, not only a page)',
})

const BulkUpdateBody = Type.Object(
  {
    action: Type.Union([
      Type.Literal('add_to_group'),
      Type.Literal('remove_from_group'),
      Type.Literal('add_tag'),
    ]),
    targetGroupId: Type.Optional(Id),
    tag: Type.Optional(Type.String({ maxLength: 100 })),
    ...SelectionFields,
  },
  {
    ...closed,
    description:
      'targetGroupId for add_to_group and remove_from_group, tag for add_tag; the contacts: exactly one of groupId, segmentId, contactIds, filter',
  },
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

/** Contacts, their custom fields and the account's opt-in setting. */
export function contactRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const contacts = { tags: ['contacts'] }

    app.get(
      '/api/v1/accounts/:accountId/contacts',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...contacts,
          summary: 'Contacts, a page at a time (keyset cursor)',
          params: AccountParams,
          querystring: Type.Object({
            ...ContactFilter.properties,
            cursor: Type.Optional(Id),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          }),
          response: { 200: ContactPage },
        },
      },
      async (request) => service.listContacts(deps, requireAccess(request), request.query),
    )

    app.get(
      '/api/v1/accounts/:accountId/contacts/count',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...contacts,
          summary: 'How many own contacts a filter of the contacts list matches',
          params: AccountParams,
          querystring: ContactFilter,
          response: { 200: ContactCount },
        },
      },
      async (request) => service.countContacts(deps, requireAccess(request), request.query),
    )

    app.post(
      '/api/v1/accounts/:accountId/contacts/bulk-update',
      {
        config: { access: { permission: 'contacts.edit' } },
        schema: {
          ...contacts,
          summary: 'Add contacts to a group, remove them from it, or tag them, all at once',
          params: AccountParams,
          body: BulkUpdateBody,
          response: { 200: BulkUpdated },
        },
      },
      async (request) => {
        const { action, targetGroupId, tag, ...selection } = request.body
        return service.bulkUpdate(deps, requireAccess(request), {
          action,
          groupId: targetGroupId,
          tag,
          selection,
        })
      },
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
          .send(await service.createContact(deps, requireAccess(request), request.body)),
    )

    app.get(
      '/api/v1/accounts/:accountId/contacts/:contactId',
      {
        config: { access: { permission: 'contacts.view' } },
        schema: {
          ...contacts,
          summary: 'A contact (one shared in by an ancestor account: basic fields, read-only)',
          params: ContactParams,
          response: { 200: VisibleContact },
        },
      },
      async (request) => service.getContact(deps, requireAccess(request), request.params.contactId),
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
        service.updateContact(deps, requireAccess(request), request.params.contactId, request.body),
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
        await service.deleteContact(deps, requireAccess(request), request.params.contactId)
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
        service.contactHistory(deps, requireAccess(request), request.params.contactId),
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
        service.resubscribe(
          deps,
          requireAccess(request),
          request.params.contactId,
          request.body.channel,
        ),
    )

    app.post(
      '/api/v1/accounts/:accountId/contacts/bulk-delete',
      {
        config: { access: { permission: 'contacts.bulk_delete' } },
        schema: {
          ...contacts,
          summary: 'Delete the contacts of a group, a segment, a list of ids or a filter',
          params: AccountParams,
          body: Selection,
          response: { 200: BulkDeleted },
        },
      },
      async (request) => service.bulkDelete(deps, requireAccess(request), request.body),
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
      async (request) => ({ items: await service.listFields(deps, requireAccess(request)) }),
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
          .send(await service.defineField(deps, requireAccess(request), request.body)),
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
        consent.setConsentSettings(deps, requireAccess(request), request.body.optIn),
    )
  }
}
