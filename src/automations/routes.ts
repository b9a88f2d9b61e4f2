import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../deps.js'
import { requireAccess } from '../http/auth.js'
import { NoContent } from '../http/contract.js'
import {
  ActivateBody,
  CreateProgramBody,
  DeclineBody,
  EnrolmentPage,
  Program,
  ProgramList,
  UpdateProgramBody,
} from './schemas.js'
import * as programs from './service.js'

const AccountParams = Type.Object({ accountId: Type.String() })
const ProgramParams = Type.Object({ accountId: Type.String(), programId: Type.String() })
const manage = { access: { permission: 'automations.manage' as const } }
const approve = { access: { permission: 'campaigns.approve' as const } }
/** Reading is automations.manage's, and an approver's for the programs waiting for them. */
const read = {
  access: { permission: 'automations.manage' as const, orHolders: ['campaigns.approve' as const] },
}

export function programRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['programs']
    const base = '/api/v1/accounts/:accountId/programs'
    const one = `${base}/:programId`

    app.get(
      base,
      {
        config: read,
        schema: {
          tags,
          summary:
            'Programs (automations), newest first, with their counts (to an approver alone, those waiting for approval)',
          params: AccountParams,
          response: { 200: ProgramList },
        },
      },
      async (request) => programs.listPrograms(deps, requireAccess(request)),
    )

    app.post(
      base,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Create a program (a draft)',
          params: AccountParams,
          body: CreateProgramBody,
          response: { 201: Program },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await programs.createProgram(deps, requireAccess(request), request.body)),
    )

    app.get(
      one,
      {
        config: read,
        schema: {
          tags,
          summary:
            'A program with its steps and per-step statistics (to an approver alone, one waiting for approval)',
          params: ProgramParams,
          response: { 200: Program },
        },
      },
      async (request) =>
        programs.getProgram(deps, requireAccess(request), request.params.programId),
    )

    app.patch(
      one,
      {
        config: manage,
        schema: {
          tags,
          summary:
            'Edit a program; contacts at deleted steps move where moveWaiting says (else 409)',
          params: ProgramParams,
          body: UpdateProgramBody,
          response: { 200: Program },
        },
      },
      async (request) =>
        programs.updateProgram(
          deps,
          requireAccess(request),
          request.params.programId,
          request.body,
        ),
    )

    app.delete(
      one,
      {
        config: manage,
        schema: {
          tags,
          summary: 'Delete a program: its contacts leave and nothing more is sent',
          params: ProgramParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        await programs.deleteProgram(deps, requireAccess(request), request.params.programId)
        return reply.status(204).send(null)
      },
    )

    app.post(
      `${one}/activate`,
      {
        config: manage,
        schema: {
          tags,
          summary:
            'Activate: a program that sends waits for approval without campaigns.send_direct',
          params: ProgramParams,
          body: ActivateBody,
          response: { 200: Program },
        },
      },
      async (request) =>
        programs.activateProgram(
          deps,
          requireAccess(request),
          request.params.programId,
          request.body,
        ),
    )

    for (const action of ['pause', 'resume'] as const) {
      app.post(
        `${one}/${action}`,
        {
          config: manage,
          schema: {
            tags,
            summary:
              action === 'pause'
                ? 'Pause: no step runs and nobody enters until resumed'
                : 'Resume a paused program',
            params: ProgramParams,
            response: { 200: Program },
          },
        },
        async (request) =>
          programs.controlProgram(deps, requireAccess(request), request.params.programId, action),
      )
    }

    app.post(
      `${one}/approve`,
      {
        config: approve,
        schema: {
          tags,
          summary: 'Approve a program waiting for approval (never one’s own submission)',
          params: ProgramParams,
          response: { 200: Program },
        },
      },
      async (request) =>
        programs.approveProgram(deps, requireAccess(request), request.params.programId),
    )

    app.post(
      `${one}/decline`,
      {
        config: approve,
        schema: {
          tags,
          summary: 'Decline a program waiting for approval, with a reason',
          params: ProgramParams,
          body: DeclineBody,
          response: { 200: Program },
        },
      },
      async (request) =>
        programs.declineProgram(
          deps,
          requireAccess(request),
          request.params.programId,
          request.body.reason,
        ),
    )

    app.get(
      `${one}/enrolments`,
      {
        config: manage,
        schema: {
          tags,
          summary: 'The contacts in a program (at a step with stepId), newest first',
          params: ProgramParams,
          querystring: Type.Object({
            stepId: Type.Optional(Type.String({ maxLength: 64 })),
            cursor: Type.Optional(Type.String({ maxLength: 20 })),
          }),
          response: { 200: EnrolmentPage },
        },
      },
      async (request) =>
        programs.listEnrolments(
          deps,
          requireAccess(request),
          request.params.programId,
          request.query,
        ),
    )
  }
}
