import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requireAccess } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import { sendSandboxedHtml } from '../http/replies.js'
import { shareRoutes } from '../sharing/routes.js'
import { MAX_SOURCE_CHARS } from './render.js'
import {
  CategoryList,
  SandboxedHtml,
  Sender,
  SenderConfirmed,
  SenderList,
  Template,
  TemplateList,
  TemplateShare,
  TemplateShareList,
  TemplateVariableList,
  Tester,
  TesterList,
  TestSendResult,
} from './schemas.js'
import { confirmSender } from './sender-verification.js'
import { senders } from './senders.js'
import * as templates from './templates.js'
import { testers } from './testers.js'

const closed = { additionalProperties: false } as const
const AccountParams = Type.Object({ accountId: Type.String() })
const TemplateParams = Type.Object({ accountId: Type.String(), templateId: Type.String() })
const SenderParams = Type.Object({ accountId: Type.String(), senderId: Type.String() })
const TesterParams = Type.Object({ accountId: Type.String(), testerId: Type.String() })
const Channel = Type.Union([Type.Literal('email'), Type.Literal('sms')])

const Source = (description: string) =>
  Type.String({ maxLength: MAX_SOURCE_CHARS, description: `${description} (Liquid)` })

const templateFields = {
  category: Type.Optional(
    Type.Union([Type.String({ maxLength: 100 }), Type.Null()], {
      description: 'A free-form category; empty or null for none',
    }),
  ),
  channel: Type.Optional(Channel),
  subject: Type.Optional(Source('The subject line')),
  html: Type.Optional(Source('The HTML body; outputs are HTML-escaped (`| raw` opts out)')),
  text: Type.Optional(Source('The plain-text body, or the message of an SMS template')),
}
const TemplateCreate = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), ...templateFields },
  closed,
)
const TemplatePatch = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), ...templateFields },
  closed,
)

/** Unsaved work to preview: the bodies as the editor holds them, for a chosen contact. */
const DraftPreview = Type.Object(
  {
    channel: templateFields.channel,
    subject: templateFields.subject,
    html: templateFields.html,
    text: templateFields.text,
    contactId: Type.Optional(
      Type.String({ maxLength: 100, description: "One of the account's contacts (contacts.view)" }),
    ),
  },
  closed,
)

const AddressCreate = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 320 }),
    name: Type.Optional(Type.String({ maxLength: 200 })),
  },
  closed,
)
const AddressPatch = Type.Object(
  {
    email: Type.Optional(Type.String({ minLength: 1, maxLength: 320 })),
    name: Type.Optional(Type.String({ maxLength: 200 })),
  },
  closed,
)

/** Templates, template shares, senders and testers. */
export function contentRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tpl = { tags: ['templates'] }
    const base = '/api/v1/accounts/:accountId'

    app.get(
      `${base}/templates`,
      {
        config: { access: { permission: 'templates.view' } },
        schema: {
          ...tpl,
          summary: 'Own templates and templates shared in by an ancestor (shared: true, read-only)',
          params: AccountParams,
          querystring: Type.Object({ category: Type.Optional(Type.String({ maxLength: 100 })) }),
          response: { 200: TemplateList },
        },
      },
      async (request) => ({
        items: await templates.listTemplates(deps, requireAccess(request), request.query.category),
      }),
    )

    app.get(
      `${base}/template-categories`,
      {
        config: { access: { permission: 'templates.view' } },
        schema: {
          ...tpl,
          summary: 'The distinct categories of the templates the account sees',
          params: AccountParams,
          response: { 200: CategoryList },
        },
      },
      async (request) => ({
        items: await templates.listCategories(deps, requireAccess(request)),
      }),
    )

    app.post(
      `${base}/templates`,
      {
        config: { access: { permission: 'templates.manage' } },
        schema: {
          ...tpl,
          summary: 'Add a template (invalid Liquid is 422 naming the field)',
          params: AccountParams,
          body: TemplateCreate,
          response: { 201: Template },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await templates.createTemplate(deps, requireAccess(request), request.body)),
    )

    app.get(
      `${base}/templates/:templateId`,
      {
        config: { access: { permission: 'templates.view' } },
        schema: {
          ...tpl,
          summary: 'A template (own or shared in)',
          params: TemplateParams,
          response: { 200: Template },
        },
      },
      async (request) =>
        templates.getTemplate(deps, requireAccess(request), request.params.templateId),
    )

    app.patch(
      `${base}/templates/:templateId`,
      {
        config: { access: { permission: 'templates.manage' } },
        schema: {
          ...tpl,
          summary: 'Edit an own template (a shared-in one is read-only: 409)',
          params: TemplateParams,
          body: TemplatePatch,
          response: { 200: Template },
        },
      },
      async (request) =>
        templates.updateTemplate(
          deps,
          requireAccess(request),
          request.params.templateId,
          request.body,
        ),
    )

    app.delete(
      `${base}/templates/:templateId`,
      {
        config: { access: { permission: 'templates.manage' } },
        schema: {
          ...tpl,
          summary: 'Delete an own template and its shares (a shared-in one is read-only: 409)',
          params: TemplateParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await templates.deleteTemplate(deps, requireAccess(request), request.params.templateId)
        return reply.status(204).send(null)
      },
    )

    app.get(
      `${base}/templates/:templateId/preview`,
      {
        config: { access: { permission: 'templates.view' } },
        schema: {
          ...tpl,
          summary:
            "The HTML body rendered for a sample contact, or for one of the account's contacts (contactId, with contacts.view), as text/html with a sandboxing CSP (show it in a sandboxed iframe only)",
          params: TemplateParams,
          querystring: Type.Object({ contactId: Type.Optional(Type.String({ maxLength: 100 })) }),
          response: { 200: SandboxedHtml },
        },
      },
      async (request, reply) => {
        const html = await templates.previewTemplate(
          deps,
          requireAccess(request),
          request.params.templateId,
          request.query.contactId,
        )
        return sendSandboxedHtml(reply, html)
      },
    )

    app.post(
      `${base}/templates/preview`,
      {
        config: { access: { permission: 'templates.view' } },
        schema: {
          ...tpl,
          summary:
            'Unsaved work (the editor’s subject and bodies) rendered as a saved template’s preview is, for a sample contact or one of the account’s contacts (contactId, with contacts.view): same limits and placeholders, invalid Liquid 422 naming the field, nothing stored',
          params: AccountParams,
          body: DraftPreview,
          response: { 200: SandboxedHtml },
        },
      },
      async (request, reply) => {
        const { contactId, ...draft } = request.body
        const html = await templates.previewDraft(deps, requireAccess(request), draft, contactId)
        return sendSandboxedHtml(reply, html)
      },
    )

    app.get(
      `${base}/templates/:templateId/variables`,
      {
        config: { access: { permission: 'templates.view' } },
        schema: {
          ...tpl,
          summary:
            'Check template variables: each variable the template reads and whether the account has it (contact field, custom field, placeholder)',
          params: TemplateParams,
          response: { 200: TemplateVariableList },
        },
      },
      async (request) => ({
        items: await templates.templateVariables(
          deps,
          requireAccess(request),
          request.params.templateId,
        ),
      }),
    )

    app.post(
      `${base}/templates/:templateId/test`,
      {
        config: { access: { permission: 'templates.manage' } },
        schema: {
          ...tpl,
          summary:
            'Send the template, rendered for a sample contact, to every tester of the account (409 no_testers when there is none)',
          params: TemplateParams,
          response: { 200: TestSendResult },
        },
      },
      async (request) =>
        templates.sendTest(deps, requireAccess(request), request.params.templateId),
    )

    await app.register(
      shareRoutes(deps, {
        collection: 'templates',
        param: 'templateId',
        ...tpl,
        read: 'templates.admin',
        write: 'templates.admin',
        summaries: {
          list: 'The sub-accounts an own template is shared with',
          share: 'Share an own template, read-only, with a sub-account of this account',
          unshare: 'Stop sharing an own template with a sub-account',
        },
        share: TemplateShare,
        list: TemplateShareList,
        service: {
          list: templates.listTemplateShares,
          share: templates.shareTemplate,
          unshare: templates.unshareTemplate,
        },
      }),
    )

    // Senders: campaign editors need to see which From addresses exist (campaigns.view).
    const snd = { tags: ['senders'] }
    app.get(
      `${base}/senders`,
      {
        config: { access: { permission: 'campaigns.view' } },
        schema: {
          ...snd,
          summary: 'Sender addresses campaigns may use',
          params: AccountParams,
          response: { 200: SenderList },
        },
      },
      async (request) => ({ items: await senders.list(deps, requireAccess(request)) }),
    )

    app.get(
      `${base}/senders/:senderId`,
      {
        config: { access: { permission: 'campaigns.view' } },
        schema: {
          ...snd,
          summary: 'A sender address',
          params: SenderParams,
          response: { 200: Sender },
        },
      },
      async (request) => senders.get(deps, requireAccess(request), request.params.senderId),
    )

    app.post(
      `${base}/senders`,
      {
        config: { access: { permission: 'senders.manage' } },
        schema: {
          ...snd,
          summary: 'Add a sender address (one per address and account)',
          params: AccountParams,
          body: AddressCreate,
          response: { 201: Sender },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await senders.create(deps, requireAccess(request), request.body)),
    )

    app.patch(
      `${base}/senders/:senderId`,
      {
        config: { access: { permission: 'senders.manage' } },
        schema: {
          ...snd,
          summary: 'Change a sender address or name',
          params: SenderParams,
          body: AddressPatch,
          response: { 200: Sender },
        },
      },
      async (request) =>
        senders.update(deps, requireAccess(request), request.params.senderId, request.body),
    )

    app.delete(
      `${base}/senders/:senderId`,
      {
        config: { access: { permission: 'senders.manage' } },
        schema: {
          ...snd,
          summary: 'Delete a sender address',
          params: SenderParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await senders.remove(deps, requireAccess(request), request.params.senderId)
        return reply.status(204).send(null)
      },
    )

    app.post(
      `${base}/senders/:senderId/verify`,
      {
        config: { access: { permission: 'senders.manage' } },
        schema: {
          ...snd,
          summary:
            'The sender as verified (by a verified domain or its confirmation link), else a new confirmation link is mailed to it',
          params: SenderParams,
          response: { 200: Sender },
        },
      },
      async (request) => senders.verify(deps, requireAccess(request), request.params.senderId),
    )

    app.post(
      '/api/v1/senders/confirm',
      {
        config: { access: 'public' },
        schema: {
          ...snd,
          summary: 'Confirm a sender address with the token of the link mailed to it (once)',
          body: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) }, closed),
          response: { 200: SenderConfirmed },
        },
      },
      async (request) => confirmSender(deps, request.body.token),
    )

    // Testers: the account's test recipients.
    const tst = { tags: ['testers'] }
    app.get(
      `${base}/testers`,
      {
        config: { access: { permission: 'testers.manage' } },
        schema: {
          ...tst,
          summary: 'Test recipients',
          params: AccountParams,
          response: { 200: TesterList },
        },
      },
      async (request) => ({ items: await testers.list(deps, requireAccess(request)) }),
    )

    app.get(
      `${base}/testers/:testerId`,
      {
        config: { access: { permission: 'testers.manage' } },
        schema: {
          ...tst,
          summary: 'A test recipient',
          params: TesterParams,
          response: { 200: Tester },
        },
      },
      async (request) => testers.get(deps, requireAccess(request), request.params.testerId),
    )

    app.post(
      `${base}/testers`,
      {
        config: { access: { permission: 'testers.manage' } },
        schema: {
          ...tst,
          summary: 'Add a test recipient (one per address and account)',
          params: AccountParams,
          body: AddressCreate,
          response: { 201: Tester },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await testers.create(deps, requireAccess(request), request.body)),
    )

    app.patch(
      `${base}/testers/:testerId`,
      {
        config: { access: { permission: 'testers.manage' } },
        schema: {
          ...tst,
          summary: 'Change a test recipient',
          params: TesterParams,
          body: AddressPatch,
          response: { 200: Tester },
        },
      },
      async (request) =>
        testers.update(deps, requireAccess(request), request.params.testerId, request.body),
    )

    app.delete(
      `${base}/testers/:testerId`,
      {
        config: { access: { permission: 'testers.manage' } },
        schema: {
          ...tst,
          summary: 'Remove a test recipient',
          params: TesterParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await testers.remove(deps, requireAccess(request), request.params.testerId)
        return reply.status(204).send(null)
      },
    )
  }
}
