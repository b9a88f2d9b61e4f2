import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../../deps.js'
import { requireAccess } from '../../http/auth.js'
import { NoContent } from '../../http/contract.js'
import { AccountParams, closed } from '../route-params.js'
import { Filter, Segment, SegmentCount, Segments } from './schemas.js'
import * as service from './service.js'

const SegmentParams = Type.Object({ accountId: Type.String(), segmentId: Type.String() })

/** Segments: saved filters over contacts. */
export function segmentRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
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
      async (request) => ({ items: await service.listSegments(deps, requireAccess(request)) }),
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
          .send(await service.createSegment(deps, requireAccess(request), request.body)),
    )

    app.post(
      '/api/v1/accounts/:accountId/segments/count',
      {
        // Counting any filter tells about contacts; it takes what saving one (and counting it) takes.
        config: { access: { permission: 'segments.manage' } },
        schema: {
          ...segments,
          summary: 'How many contacts a filter not saved yet matches',
          params: AccountParams,
          body: Type.Object({ filter: Filter }, closed),
          response: { 200: SegmentCount },
        },
      },
      async (request) => service.countFilter(deps, requireAccess(request), request.body.filter),
    )

    app.post(
      '/api/v1/accounts/:accountId/segments/:segmentId/duplicate',
      {
        config: { access: { permission: 'segments.manage' } },
        schema: {
          ...segments,
          summary: 'Duplicate a segment (named “<name> (copy)” unless a name is given)',
          params: SegmentParams,
          body: Type.Optional(
            Type.Object(
              { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) },
              closed,
            ),
          ),
          response: { 201: Segment },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await service.duplicateSegment(
              deps,
              requireAccess(request),
              request.params.segmentId,
              request.body ?? {},
            ),
          ),
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
      async (request) => service.getSegment(deps, requireAccess(request), request.params.segmentId),
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
        service.updateSegment(deps, requireAccess(request), request.params.segmentId, request.body),
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
        await service.deleteSegment(deps, requireAccess(request), request.params.segmentId)
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
        service.countSegment(deps, requireAccess(request), request.params.segmentId),
    )
  }
}
