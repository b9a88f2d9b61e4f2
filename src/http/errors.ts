import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, ERROR_STATUS, type ErrorCode } from '../errors.js'
import { ContractViolation } from './contract.js'

/** Connection-level failures of the database: the service is unavailable, the request is fine. */
const DATABASE_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08003',
  '08006',
])

function isDatabaseDown(error: { code?: unknown; message?: unknown }): boolean {
  if (typeof error.code === 'string' && DATABASE_DOWN_CODES.has(error.code)) return true
  return (
    typeof error.message === 'string' &&
    /Connection terminated|connection ended/i.test(error.message)
  )
}

export function sendError(
  reply: FastifyReply,
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
) {
  if (code === 'rate_limited' && typeof details.retryAfter === 'number') {
    reply.header('retry-after', String(details.retryAfter))
  }
  return reply.status(ERROR_STATUS[code]).send({ error: { code, message, ...details } })
}

function validationField(error: FastifyError): string | undefined {
  const first = error.validation?.[0]
  if (!first) return undefined
  const params = first.params as Record<string, unknown>
  const path = first.instancePath.replace(/^\//, '').replaceAll('/', '.')
  const leaf = (params.missingProperty ?? params.additionalProperty) as string | undefined
  return [path, leaf].filter(Boolean).join('.') || error.validationContext
}

/** The one place where an error becomes an HTTP answer. No stack trace ever leaves the server. */
export function installErrorHandling(
  app: FastifyInstance,
  appPage: (request: FastifyRequest, reply: FastifyReply) => boolean = () => false,
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(reply, error.code, error.message, error.details)
    // Only raised with the contract check on (tests): the message is the point.
    if (error instanceof ContractViolation) return sendError(reply, 'internal', error.message)
    if (error.validation) {
      const field = validationField(error)
      const first = error.validation[0]
      const params = (first?.params ?? {}) as {
        additionalProperty?: string
        missingProperty?: string
      }
      const message = params.additionalProperty
        ? `${field} is not a field of this request`
        : params.missingProperty
          ? `${field} is required`
          : `${field ?? error.validationContext} ${first?.message ?? 'is not valid'}`
      return sendError(reply, 'validation_failed', message, { field, in: error.validationContext })
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendError(reply, 'payload_too_large', 'the request body is too large')
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendError(reply, 'unsupported_media_type', 'send the body as application/json')
    }
    if (isDatabaseDown(error)) {
      request.log.warn({ err: error }, 'database unavailable')
      return sendError(reply, 'unavailable', 'the database is unavailable; try again shortly')
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, 'bad_request', error.message)
    }
    request.log.error({ err: error }, 'unhandled error')
    return sendError(reply, 'internal', 'something went wrong on our side')
  })

  // A path that is no route of the API is a page of the web application, when it is one.
  app.setNotFoundHandler((request, reply) => {
    if (appPage(request, reply)) return reply
    return sendError(reply, 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`)
  })
}
