import fastifyCookie from '@fastify/cookie'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Ajv } from 'ajv'
import Fastify, { type FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { Type } from 'typebox'
import { accessRoutes } from '../access/routes.js'
import { connectionRoutes } from '../accounts/connection-routes.js'
import { accountRoutes } from '../accounts/routes.js'
import { teamRoutes } from '../accounts/teams-routes.js'
import { analyticsRoutes } from '../analytics/routes.js'
import { consentPageRoutes, contactRoutes } from '../audience/contacts/routes.js'
import { groupRoutes } from '../audience/groups/routes.js'
import { importExportRoutes } from '../audience/imports/routes.js'
import { segmentRoutes } from '../audience/segments/routes.js'
import { sharingRoutes } from '../audience/sharing/routes.js'
import { suppressionRoutes } from '../audience/suppression/routes.js'
import { tagRoutes } from '../audience/tags/routes.js'
import { programRoutes } from '../automations/routes.js'
import { creditRoutes } from '../campaigns/credit-routes.js'
import { campaignRoutes } from '../campaigns/routes.js'
import { domainRoutes } from '../content/domain-routes.js'
import { contentRoutes } from '../content/routes.js'
import { inboundRoutes } from '../delivery/inbound-routes.js'
import { inboundSmsRoutes } from '../delivery/inbound-sms-routes.js'
import { mailboxRoutes } from '../delivery/mailbox-routes.js'
import { deliveryRoutes } from '../delivery/routes.js'
import type { Deps } from '../deps.js'
import { developerRoutes } from '../developer/routes.js'
import { formsRoutes } from '../forms/routes.js'
import { identityRoutes } from '../identity/routes.js'
import { emailToSmsRoutes } from '../inbox/email-to-sms-routes.js'
import { inboxRoutes } from '../inbox/routes.js'
import { integrationRoutes } from '../integrations/routes.js'
import { placeholderRoutes } from '../placeholders/routes.js'
import { webhookRoutes } from '../webhooks/routes.js'
import { installAuthentication } from './auth.js'
import { checkResponsesAgainstContract, documentErrorEnvelope } from './contract.js'
import { installErrorHandling, sendError } from './errors.js'
import { withFormats } from './formats.js'
import { installInputChecks, installTextChecks } from './input.js'
import { describeAccess, describeAccountSource, enforceRouteDeclarations } from './route-access.js'
import { serveWebApp } from './web-app.js'

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  database: Type.Object({
    kind: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
    ready: Type.Boolean(),
  }),
})

export const BODY_LIMIT_BYTES = 1024 * 1024

/**
 * Bodies are validated strictly: no type coercion and no silent removal of unknown fields, so a
 * body carrying a field a route does not take is refused rather than half-applied. Query strings
 * and path parameters arrive as text and are coerced to the declared types.
 */
function validatorCompiler() {
  const options = { allErrors: false, useDefaults: true, strict: false } as const
  const strictAjv = withFormats(
    new Ajv({ ...options, coerceTypes: false, removeAdditional: false }),
  )
  const coercingAjv = withFormats(
    new Ajv({ ...options, coerceTypes: 'array', removeAdditional: false }),
  )
  return ({ schema, httpPart }: { schema: object; httpPart?: string }) =>
    (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema)
}

export interface AppOptions {
  /** Extra plugins registered after the core routes (tests use it to prove the boot checks). */
  plugins?: Array<(app: FastifyInstance) => Promise<void>>
  /** Check every answer against its documented schema (src/http/contract.ts); on in tests. */
  checkResponses?: boolean
}

export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log,
    bodyLimit: BODY_LIMIT_BYTES,
    // Recipient tokens are 80 characters; a longer segment than this is no id of ours.
    routerOptions: { maxParamLength: 200 },
    // A malformed or overlong URL is answered in our error format, like every other error.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      sendError(
        reply,
        tooLong ? 'not_found' : 'bad_request',
        tooLong ? 'no such resource' : 'the URL is malformed',
      )
    },
  }).withTypeProvider<TypeBoxTypeProvider>()
  app.setValidatorCompiler(validatorCompiler())
  // Only JSON, CSV (imports) and multipart bodies: text/plain is not read as JSON but refused (415).
  app.removeContentTypeParser('text/plain')

  enforceRouteDeclarations(app)
  app.addHook('onRoute', documentErrorEnvelope)
  if (options.checkResponses) checkResponsesAgainstContract(app)
  installInputChecks(app)
  await app.register(fastifyCookie)
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Chorus API',
        version: '1',
        description:
          'Email and SMS marketing for teams. Browser sessions use the chorus_session cookie and send ' +
          'the x-csrf-token header on writes; every operation names what it needs in `x-permission`: ' +
          '`public`, `user` (any signed-in user, on their own things), `operator`, or a permission ' +
          'of the catalog (GET /api/v1/permissions) in the account the operation names.',
      },
    },
    transform: ({ schema, url, route }) => {
      const access = route.config?.access
      if (access === undefined) return { schema, url }
      const accountFrom = describeAccountSource(access)
      const documented = {
        ...schema,
        'x-permission': describeAccess(access),
        // Where the permission's account comes from, on routes whose URL does not name it.
        ...(accountFrom ? { 'x-account': accountFrom } : {}),
      }
      return { schema: documented as typeof schema, url }
    },
  })
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' })
  installAuthentication(app, deps)
  installTextChecks(app)
  installErrorHandling(app, await serveWebApp(app))

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  )
  app.get(
    '/api/v1/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Readiness, with the database',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(deps.db)
        return { status: 'ok' as const, database: { kind: deps.dbKind, ready: true } }
      } catch {
        return reply
          .status(503)
          .send({ status: 'unavailable', database: { kind: deps.dbKind, ready: false } })
      }
    },
  )

  await app.register(identityRoutes(deps))
  await app.register(accountRoutes(deps))
  await app.register(connectionRoutes(deps))
  await app.register(teamRoutes(deps))
  await app.register(accessRoutes(deps))
  await app.register(developerRoutes(deps))
  await app.register(contactRoutes(deps))
  await app.register(groupRoutes(deps))
  await app.register(sharingRoutes(deps))
  await app.register(tagRoutes(deps))
  await app.register(segmentRoutes(deps))
  await app.register(suppressionRoutes(deps))
  await app.register(importExportRoutes(deps))
  await app.register(consentPageRoutes(deps))
  await app.register(contentRoutes(deps))
  await app.register(placeholderRoutes(deps))
  await app.register(domainRoutes(deps))
  await app.register(creditRoutes(deps))
  await app.register(campaignRoutes(deps))
  await app.register(deliveryRoutes(deps))
  await app.register(inboundRoutes(deps))
  await app.register(inboundSmsRoutes(deps))
  await app.register(emailToSmsRoutes(deps))
  await app.register(mailboxRoutes(deps))
  await app.register(analyticsRoutes(deps))
  await app.register(webhookRoutes(deps))
  await app.register(integrationRoutes(deps))
  await app.register(programRoutes(deps))
  await app.register(inboxRoutes(deps))
  await app.register(formsRoutes(deps))
  for (const plugin of options.plugins ?? []) await app.register(plugin)
  await app.ready()
  return app
}
