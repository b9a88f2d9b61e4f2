import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { AccountAccess, AccountPermission } from '../access/service.js'
import { TestSendResult } from '../content/schemas.js'
import type { Deps } from '../deps.js'
import { requireAccess } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import { sendCsvDownload, sendSandboxedHtml } from '../http/replies.js'
import * as reports from './reports.js'
import {
  Campaign,
  CampaignEstimate,
  CampaignPage,
  CampaignReport,
  CampaignStatus,
  CampaignTimeline,
  Channel,
  CsvFile,
  HtmlPage,
  ReportRecipientPage,
  TimelineBucket,
} from './schemas.js'
import * as campaigns from './service.js'

const closed = { additionalProperties: false } as const
const Id = Type.String({ maxLength: 64 })
const AccountParams = Type.Object({ accountId: Type.String() })
const CampaignParams = Type.Object({ accountId: Type.String(), campaignId: Type.String() })

const contentFields = {
  subject: Type.Optional(Type.String({ maxLength: 1000 })),
  previewText: Type.Optional(
    Type.Union([
      Type.String({
        // Up to 200 characters once trimmed (the service checks): room here for padding.
        maxLength: 1000,
        description:
          'email: what inboxes show after the subject, sent hidden at the start of the HTML body, so it shows only when the campaign has HTML content; Liquid like the subject; up to 200 characters after trimming. Empty or null: none',
      }),
      Type.Null(),
    ]),
  ),
  from: Type.Optional(
    Type.String({ maxLength: 320, description: 'a sender address (email) or an SMS sender' }),
  ),
  fromName: Type.Optional(Type.String({ maxLength: 200 })),
  html: Type.Optional(Type.String({ maxLength: 512 * 1024 })),
  text: Type.Optional(Type.String({ maxLength: 512 * 1024 })),
  templateId: Type.Optional(Type.Union([Id, Type.Null()])),
  groupIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  segmentIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
}

const EstimateBody = Type.Object(
  {
    channel: Channel,
    text: Type.Optional(
      Type.String({ maxLength: 512 * 1024, description: 'the SMS text, for its parts' }),
    ),
    groupIds: Type.Array(Id, { maxItems: 100 }),
    segmentIds: Type.Array(Id, { maxItems: 100 }),
  },
  closed,
)

const CreateBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), channel: Channel, ...contentFields },
  closed,
)
const UpdateBody = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), ...contentFields },
  closed,
)

export function campaignRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['campaigns']
    const base = '/api/v1/accounts/:accountId/campaigns'

    app.get(
      base,
      {
        config: { access: { permission: 'campaigns.view' } },
        schema: {
          tags,
          summary: 'Campaigns, newest first (keyset cursor); `q` searches names',
          params: AccountParams,
          querystring: Type.Object({
            q: Type.Optional(
              Type.String({ maxLength: 200, description: 'part of the name, any case' }),
            ),
            status: Type.Optional(CampaignStatus),
            cursor: Type.Optional(Id),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
          }),
          response: { 200: CampaignPage },
        },
      },
      async (request) => campaigns.listCampaigns(deps, requireAccess(request), request.query),
    )

    app.post(
      base,
      {
        config: { access: { permission: 'campaigns.edit' } },
        schema: {
          tags,
          summary: 'Create a campaign (a draft)',
          params: AccountParams,
          body: CreateBody,
          response: { 201: Campaign },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await campaigns.createCampaign(deps, requireAccess(request), request.body)),
    )

    app.post(
      `${base}/estimate`,
      {
        config: { access: { permission: 'campaigns.edit' } },
        schema: {
          tags,
          summary: 'Recipients after suppressions, SMS parts and credits a send would take',
          params: AccountParams,
          body: EstimateBody,
          response: { 200: CampaignEstimate },
        },
      },
      async (request) => campaigns.estimateCampaign(deps, requireAccess(request), request.body),
    )

    app.post(
      `${base}/:campaignId/duplicate`,
      {
        config: { access: { permission: 'campaigns.edit' } },
        schema: {
          tags,
          summary: 'Duplicate a campaign: a new draft with its content and audience',
          params: CampaignParams,
          response: { 201: Campaign },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await campaigns.duplicateCampaign(
              deps,
              requireAccess(request),
              request.params.campaignId,
            ),
          ),
    )

    app.get(
      `${base}/:campaignId`,
      {
        config: { access: { permission: 'campaigns.view' } },
        schema: {
          tags,
          summary: 'A campaign',
          params: CampaignParams,
          response: { 200: Campaign },
        },
      },
      async (request) =>
        campaigns.getCampaign(deps, requireAccess(request), request.params.campaignId),
    )

    app.get(
      `${base}/:campaignId/preview`,
      {
        config: { access: { permission: 'campaigns.view' } },
        schema: {
          tags,
          summary: 'The HTML for a sample contact, served for a sandboxed iframe only',
          params: CampaignParams,
          response: { 200: HtmlPage },
        },
      },
      async (request, reply) =>
        sendSandboxedHtml(
          reply,
          await campaigns.previewCampaign(deps, requireAccess(request), request.params.campaignId),
        ),
    )

    app.post(
      `${base}/:campaignId/test`,
      {
        config: { access: { permission: 'campaigns.edit' } },
        schema: {
          tags,
          summary: 'Send the campaign, rendered for a sample contact, to the account’s testers',
          params: CampaignParams,
          response: { 200: TestSendResult },
        },
      },
      async (request) =>
        campaigns.testCampaign(deps, requireAccess(request), request.params.campaignId),
    )

    app.patch(
      `${base}/:campaignId`,
      {
        config: { access: { permission: 'campaigns.edit' } },
        schema: {
          tags,
          summary: 'Edit a campaign (a waiting or scheduled one goes back to draft)',
          params: CampaignParams,
          body: UpdateBody,
          response: { 200: Campaign },
        },
      },
      async (request) =>
        campaigns.updateCampaign(
          deps,
          requireAccess(request),
          request.params.campaignId,
          request.body,
        ),
    )

    app.delete(
      `${base}/:campaignId`,
      {
        config: { access: { permission: 'campaigns.edit' } },
        schema: {
          tags,
          summary: 'Delete a campaign that is not sending',
          params: CampaignParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await campaigns.deleteCampaign(deps, requireAccess(request), request.params.campaignId)
        return reply.status(204).send(null)
      },
    )

    app.post(
      `${base}/:campaignId/send`,
      {
        config: { access: { permission: 'campaigns.send' } },
        schema: {
          tags,
          summary: 'Send or schedule: waits for approval without campaigns.send_direct',
          params: CampaignParams,
          body: Type.Optional(
            Type.Object(
              { scheduledAt: Type.Optional(Type.String({ format: 'date-time' })) },
              closed,
            ),
          ),
          response: { 202: Campaign },
        },
      },
      async (request, reply) =>
        reply
          .status(202)
          .send(
            await campaigns.sendCampaign(
              deps,
              requireAccess(request),
              request.params.campaignId,
              request.body ?? {},
            ),
          ),
    )

    app.post(
      `${base}/:campaignId/decline`,
      {
        config: { access: { permission: 'campaigns.approve' } },
        schema: {
          tags,
          summary: 'Decline a waiting campaign, with a reason: it goes back to draft',
          params: CampaignParams,
          body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000 }) }, closed),
          response: { 200: Campaign },
        },
      },
      async (request) =>
        campaigns.declineCampaign(
          deps,
          requireAccess(request),
          request.params.campaignId,
          request.body.reason,
        ),
    )

    /** A bodiless action on one campaign, answering the campaign. */
    const campaignAction = (
      action: string,
      permission: AccountPermission,
      summary: string,
      run: (deps: Deps, access: AccountAccess, id: string) => Promise<Campaign>,
    ) =>
      app.post(
        `${base}/:campaignId/${action}`,
        {
          config: { access: { permission } },
          schema: { tags, summary, params: CampaignParams, response: { 200: Campaign } },
        },
        async (request) => run(deps, requireAccess(request), request.params.campaignId),
      )

    campaignAction(
      'unschedule',
      'campaigns.edit',
      'Unschedule a scheduled campaign: it returns to draft, its credits back',
      campaigns.unscheduleCampaign,
    )
    campaignAction(
      'approve',
      'campaigns.approve',
      'Approve a waiting campaign (never one’s own submission)',
      campaigns.approveCampaign,
    )
    for (const action of ['pause', 'resume', 'terminate'] as const) {
      campaignAction(
        action,
        'campaigns.control',
        `${action[0]?.toUpperCase()}${action.slice(1)} sending`,
        (deps, access, id) => campaigns.controlCampaign(deps, access, id, action),
      )
    }

    // Reports: the route needs campaigns.view; the service adds reports.view for others' campaigns.
    app.get(
      `${base}/:campaignId/report`,
      {
        config: { access: { permission: 'campaigns.view' } },
        schema: {
          tags: ['reports'],
          summary:
            'Counts: recipients, sent, delivered, bounced, opened, clicked, unsubscribed, failed',
          params: CampaignParams,
          response: { 200: CampaignReport },
        },
      },
      async (request) =>
        reports.campaignReport(deps, requireAccess(request), request.params.campaignId),
    )

    app.get(
      `${base}/:campaignId/report/timeline`,
      {
        config: { access: { permission: 'campaigns.view' } },
        schema: {
          tags: ['reports'],
          summary: 'Sends, opens, clicks and the rest over time, per hour or per day',
          params: CampaignParams,
          querystring: Type.Object({ bucket: Type.Optional(TimelineBucket) }),
          response: { 200: CampaignTimeline },
        },
      },
      async (request) =>
        reports.campaignTimeline(
          deps,
          requireAccess(request),
          request.params.campaignId,
          request.query.bucket ?? 'hour',
        ),
    )

    app.get(
      `${base}/:campaignId/report/recipients`,
      {
        config: { access: { permission: 'reports.drilldown' } },
        schema: {
          tags: ['reports'],
          summary: 'Per-recipient drill-down (keyset cursor)',
          params: CampaignParams,
          querystring: Type.Object({
            cursor: Type.Optional(Id),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          }),
          response: { 200: ReportRecipientPage },
        },
      },
      async (request) =>
        reports.campaignRecipients(
          deps,
          requireAccess(request),
          request.params.campaignId,
          request.query,
        ),
    )

    app.get(
      `${base}/:campaignId/report/export`,
      {
        config: { access: { permission: 'reports.export' } },
        schema: {
          tags: ['reports'],
          summary: 'The drill-down as CSV, streamed',
          params: CampaignParams,
          response: { 200: CsvFile },
        },
      },
      async (request, reply) => {
        const { stream, filename } = await reports.exportCampaignReport(
          deps,
          requireAccess(request),
          request.params.campaignId,
        )
        return sendCsvDownload(reply, stream, filename)
      },
    )
  }
}
