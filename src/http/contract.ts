import { Ajv, type ValidateFunction } from 'ajv'
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import { Type } from 'typebox'
import { withFormats } from './formats.js'

/**
 * The error envelope every route answers its 4xx and 5xx with (src/http/errors.ts). Details
 * beside `code` and `message` depend on the code (`field`, `retryAfter`, `status`, …).
 */
export const ErrorEnvelope = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.String({ description: 'one of the codes of src/errors.ts' }),
        message: Type.String(),
        field: Type.Optional(Type.String({ description: 'the field at fault, on a 422' })),
      },
      { additionalProperties: true },
    ),
  },
  { description: 'An error: a stable code, a message for people, and details by code' },
)

/** A 204: no body. */
export const NoContent = Type.Null({ description: 'Done; no body' })

type ResponseSchemas = Record<string, unknown>

function responsesOf(route: { schema?: { response?: unknown } }): ResponseSchemas | undefined {
  return route.schema?.response as ResponseSchemas | undefined
}

/** The schema documented for a status: exact (`200`), then by class (`2xx`), then `default`. */
export function documentedFor(responses: ResponseSchemas | undefined, status: number) {
  if (!responses) return undefined
  return responses[String(status)] ?? responses[`${String(status)[0]}xx`] ?? responses.default
}

/** A response documented by media type (`content`) is checked by its JSON schema, if it has one. */
function jsonSchemaOf(documented: unknown): object | undefined {
  if (!documented || typeof documented !== 'object') return undefined
  const content = (documented as { content?: Record<string, { schema?: object }> }).content
  return content ? content['application/json']?.schema : documented
}

/** Every /api/v1 route answers its errors in the one envelope, documented once, here. */
export function documentErrorEnvelope(route: RouteOptions): void {
  if (!route.url.startsWith('/api/v1')) return
  route.schema = route.schema ?? {}
  const schema = route.schema as { response?: ResponseSchemas }
  schema.response = { '4xx': ErrorEnvelope, '5xx': ErrorEnvelope, ...schema.response }
}

/**
 * The same schema with every object closed (no `additionalProperties` written means none
 * allowed): the check refuses a field the document does not name, where the serialiser would
 * only drop it silently.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed)
  if (schema === null || typeof schema !== 'object') return schema
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    copy[key] = key === 'properties' ? mapValues(value, closed) : closed(value)
  }
  if (copy.type === 'object' && copy.additionalProperties === undefined && copy.properties) {
    copy.additionalProperties = false
  }
  return copy
}

function mapValues(value: unknown, f: (v: unknown) => unknown) {
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, f(v)]))
}

export class ContractViolation extends Error {}

/**
 * The contract check (on in tests): every JSON answer must match the schema its operation
 * documents for that status, with no field the schema does not name; an answer with a status
 * the operation does not document fails too. A violation becomes a 500 naming the operation, so
 * the test that made the request fails with it.
 */
export function checkResponsesAgainstContract(app: FastifyInstance): void {
  const ajv = withFormats(new Ajv({ strict: false, allErrors: true }))
  const compiled = new WeakMap<object, ValidateFunction>()
  const validatorFor = (schema: object) => {
    let validate = compiled.get(schema)
    if (!validate) {
      validate = ajv.compile(closed(JSON.parse(JSON.stringify(schema))) as object)
      compiled.set(schema, validate)
    }
    return validate
  }
  const operation = (request: FastifyRequest) =>
    `${request.method} ${request.routeOptions.url ?? request.url}`
  const contracted = (request: FastifyRequest) =>
    (request.routeOptions.url ?? '').startsWith('/api/v1') && !request.routeOptions.schema?.hide

  app.addHook('preSerialization', async (request: FastifyRequest, reply: FastifyReply, payload) => {
    if (!contracted(request)) return payload
    const schema = jsonSchemaOf(documentedFor(responsesOf(request.routeOptions), reply.statusCode))
    if (!schema) return payload
    const validate = validatorFor(schema)
    const asSent = JSON.parse(JSON.stringify(payload ?? null))
    if (!validate(asSent)) {
      throw new ContractViolation(
        `${operation(request)} answered ${reply.statusCode} outside its documented schema: ${ajv.errorsText(validate.errors)}`,
      )
    }
    return payload
  })

  app.addHook('onSend', async (request, reply, payload) => {
    if (!contracted(request) || reply.statusCode === 304) return payload
    const responses = responsesOf(request.routeOptions)
    if (documentedFor(responses, reply.statusCode) !== undefined) return payload
    const status = reply.statusCode
    request.log.error({ status }, 'undocumented status')
    reply.code(500).type('application/json')
    return JSON.stringify({
      error: {
        code: 'internal',
        message: `${operation(request)} answered ${status}, a status it does not document`,
        body: typeof payload === 'string' ? payload.slice(0, 500) : undefined,
      },
    })
  })
}
