import { createHash } from 'node:crypto'
import {
  CaptureTag,
  Context,
  type Emitter,
  Liquid,
  LiquidError,
  type Template,
  toValue,
  toValueSync,
} from 'liquidjs'
import { AppError, invalidField } from '../errors.js'
import { runInRenderPool } from './render-pool.js'

/**
 * The Liquid sandbox of Chorus: every subject, HTML and text body of a template or campaign is
 * compiled here once and rendered once per recipient.
 *
 * What a template can do is only what the engine below allows:
 * - no file system at all: `include`, `render`, `layout` and `block` are not tags here (a parse
 *   error, so 422 when the template is saved), and the engine's file system is an empty map;
 * - no prototype walks: `ownPropertyOnly`, and every object handed to a template (the render
 *   context, the custom fields) has a null prototype, so `constructor`, `__proto__`, `toString`…
 *   name nothing; nothing but the contact's data and the platform's few values is in scope (no
 *   process, no environment, no globals);
 * - bounded work: a source of at most {@link MAX_SOURCE_CHARS}, a render time of at most
 *   {@link RENDER_TIME_MS} per message, {@link MEMORY_UNITS} units of the engine's allocation
 *   counter (ranges, joins, appends…; a range is refused before it is built, so this caps ranges)
 *   and an output of at most {@link MAX_OUTPUT_CHARS} (checked at every write, captures
 *   included), so loops and doubling tricks stop with a clear error;
 * - off the server's thread: `render` runs in a worker pool (./render-pool.ts) that kills a render
 *   still running past its time — liquidjs checks its clock only between nodes, so one filter over
 *   a large range would otherwise run to its end — and bounds each worker's heap;
 * - HTML bodies escape every output (`{{ firstName }}` with `<script>` in it renders as text);
 *   an author can opt out with `| raw` for a value they trust. Subjects and text bodies are not
 *   HTML and are not escaped.
 */

export const MAX_SOURCE_CHARS = 512 * 1024
export const MAX_OUTPUT_CHARS = 2 * 1024 * 1024
export const RENDER_TIME_MS = 500
/** Equal to the output bound: whatever a message may hold, its filters may build. */
export const MEMORY_UNITS = 2 * 1024 * 1024

/** Names a template always has; custom fields of the same name never hide them. */
export const BASIC_NAMES = ['firstName', 'lastName', 'email', 'phone', 'fields'] as const

export interface RenderContext {
  firstName: string | null
  lastName: string | null
  email: string | null
  phone: string | null
  fields: Record<string, unknown>
  unsubscribeUrl?: string
  [key: string]: unknown
}

export interface CompileOptions {
  /** Escape every output as HTML (for HTML bodies). */
  escapeHtml?: boolean
  /** Output bound, in characters (defaults to {@link MAX_OUTPUT_CHARS}). */
  maxOutputChars?: number
}

export interface CompiledTemplate {
  /** The field the source came from (`subject`, `html`, `text`), named by render errors. */
  readonly field: string
  /** True when the source has no Liquid markup: rendering returns it as it is. */
  readonly isStatic: boolean
  /** What a render worker needs to compile the same template (it caches it by `key`). */
  readonly source: PooledSource
  /** Renders on the calling thread: for the render workers themselves and for tests. */
  renderSync(context: RenderContext): string
  /** Renders in the worker pool (a static source is returned at once). */
  render(context: RenderContext): Promise<string>
}

export interface PooledSource {
  /** A hash of the source, field and options, so a worker compiles each template once. */
  key: string
  source: string
  field: string
  options: CompileOptions
}

/** A render that ran into a limit or a runtime error of the template: 422 naming the field. */
export function renderFailed(field: string, message: string): AppError {
  return new AppError('validation_failed', `${field} could not be rendered: ${message}`, {
    field,
    reason: 'render_failed',
  })
}

class OutputLimitError extends Error {
  constructor(limit: number) {
    super(`output limit exceeded (more than ${limit} characters)`)
    this.name = 'OutputLimitError'
  }
}

/** Liquid's own stringification, with the output bound checked before each write. */
function stringify(value: unknown): string {
  const v = toValue(value)
  if (typeof v === 'string') return v
  if (v === null || v === undefined) return ''
  if (Array.isArray(v)) return v.map(stringify).join('')
  return String(v)
}

class BoundedEmitter implements Emitter {
  buffer = ''
  constructor(private readonly limit: number) {}
  write(html: unknown): void {
    const text = stringify(html)
    if (this.buffer.length + text.length > this.limit) throw new OutputLimitError(this.limit)
    this.buffer += text
  }
}

/** The output bound of the render in progress, read by captures (rendering is synchronous). */
let currentOutputLimit = MAX_OUTPUT_CHARS

/** `capture` with the same output bound as the message itself. */
class BoundedCaptureTag extends CaptureTag {
  override *render(ctx: Context): Generator<unknown, void, unknown> {
    const html = yield this.liquid.renderer.renderTemplates(
      this.templates,
      ctx,
      new BoundedEmitter(currentOutputLimit),
    )
    ctx.bottom()[this.variable] = html
  }
}

const REMOVED_TAGS = ['include', 'render', 'layout', 'block'] as const

function engine(escapeHtml: boolean): Liquid {
  const liquid = new Liquid({
    // An empty in-memory file system: nothing is ever read from disk.
    templates: {},
    relativeReference: false,
    dynamicPartials: false,
    strictVariables: false,
    strictFilters: true,
    ownPropertyOnly: true,
    globals: Object.create(null),
    parseLimit: MAX_SOURCE_CHARS,
    renderLimit: RENDER_TIME_MS,
    memoryLimit: MEMORY_UNITS,
    cache: false,
    ...(escapeHtml ? { outputEscape: 'escape' as const } : {}),
  })
  for (const tag of REMOVED_TAGS) delete liquid.tags[tag]
  liquid.registerTag('capture', BoundedCaptureTag)
  return liquid
}

const htmlEngine = engine(true)
const plainEngine = engine(false)

function liquidMessage(error: unknown): string {
  if (error instanceof OutputLimitError) return error.message
  if (error instanceof LiquidError) {
    // Liquid's messages end with ", line:1, col:3"; the original error of a RenderError (an
    // output limit, a stack overflow) is the useful part.
    const original = (error as LiquidError & { originalError?: unknown }).originalError
    if (original instanceof OutputLimitError) return original.message
    if (original instanceof RangeError) return 'the template is too deeply nested or too large'
    return error.message
  }
  if (error instanceof RangeError) return 'the template is too deeply nested or too large'
  return 'the template could not be processed'
}

const LIQUID_MARKUP = /\{\{|\{%/

/**
 * Parses `source` once. A syntax error, a tag that is not allowed here or an oversized source is
 * 422 naming `field`.
 */
export function compileTemplate(
  source: string,
  field: string,
  options: CompileOptions = {},
): CompiledTemplate {
  if (source.length > MAX_SOURCE_CHARS)
    throw invalidField(field, `${field} is longer than ${MAX_SOURCE_CHARS} characters`)
  const liquid = options.escapeHtml ? htmlEngine : plainEngine
  const limit = options.maxOutputChars ?? MAX_OUTPUT_CHARS
  let templates: Template[]
  try {
    templates = liquid.parse(source)
  } catch (error) {
    throw invalidField(field, `${field} is not valid Liquid: ${liquidMessage(error)}`)
  }
  const isStatic = !LIQUID_MARKUP.test(source)
  if (isStatic && source.length > limit)
    throw invalidField(field, `${field} is longer than ${limit} characters`)

  const renderSync = (context: RenderContext): string => {
    if (isStatic) return source
    const started = performance.now()
    const ctx = new Context(context, liquid.options, { sync: true }, { liquid })
    const previous = currentOutputLimit
    currentOutputLimit = limit
    let output: string
    try {
      output = toValueSync(
        liquid.renderer.renderTemplates(templates, ctx, new BoundedEmitter(limit)),
      ) as string
    } catch (error) {
      throw renderFailed(field, liquidMessage(error))
    } finally {
      currentOutputLimit = previous
    }
    // liquidjs looks at its clock before each node only, so a last slow node would go unnoticed.
    if (performance.now() - started > RENDER_TIME_MS)
      throw renderFailed(field, RENDER_TIME_EXCEEDED)
    return output
  }
  const compiled: CompiledTemplate = {
    field,
    isStatic,
    source: { key: sourceKey(source, field, options), source, field, options },
    renderSync,
    render: async (context) => (await renderTemplates([compiled], context))[0] as string,
  }
  return compiled
}

export const RENDER_TIME_EXCEEDED = `template render limit exceeded (${RENDER_TIME_MS} ms)`

/** The field is part of the key: a worker's compiled template names it in its errors. */
function sourceKey(source: string, field: string, options: CompileOptions): string {
  return createHash('sha256')
    .update(`${field}:${options.escapeHtml ? 'html' : 'plain'}:${options.maxOutputChars ?? ''}:`)
    .update(source)
    .digest('base64url')
}

/**
 * Renders several templates for one context (a message's subject, text and HTML) in one trip to
 * the worker pool; static sources are not sent. A failure is 422 naming the template's field.
 */
export async function renderTemplates(
  templates: readonly CompiledTemplate[],
  context: RenderContext,
): Promise<string[]> {
  const dynamic = templates.filter((template) => !template.isStatic)
  const rendered =
    dynamic.length > 0
      ? await runInRenderPool(
          dynamic.map((template) => template.source),
          context,
        )
      : []
  let next = 0
  return templates.map((template) =>
    template.isStatic ? template.source.source : (rendered[next++] as string),
  )
}

/**
 * An object with no prototype (nothing in a template can reach Object.prototype through it) that
 * still prints as an empty string: `{{ fields }}` renders nothing rather than failing.
 */
function bareObject<T extends object>(): T {
  const object = Object.create(null)
  Object.defineProperty(object, Symbol.toPrimitive, { value: () => '', enumerable: false })
  return object
}

/**
 * A render context again as {@link contactContext} made it, from its copy in a worker (a structured
 * clone gives objects back their prototype and drops the symbol that prints them as nothing).
 */
export function contextFromClone(clone: Record<string, unknown>): RenderContext {
  const context = bareObject<RenderContext>()
  for (const [key, value] of Object.entries(clone)) context[key] = inert(value)
  return context
}

/** A copy made of bare objects, plain values and arrays only (no functions, no class instances). */
function inert(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? undefined : value
  }
  if (depth > 8) return undefined
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map((item) => inert(item, depth + 1))
  const copy = bareObject<Record<string, unknown>>()
  for (const [key, item] of Object.entries(value)) copy[key] = inert(item, depth + 1)
  return copy
}

export interface ContactLike {
  email: string | null
  phone: string | null
  first_name: string | null
  last_name: string | null
  fields: unknown
}

/**
 * The render context of one contact: the basic names, `fields`, every custom field again at the
 * top level (`{{ plan }}` as well as `{{ fields.plan }}`) unless it would hide a basic name or an
 * `extra` value (`unsubscribeUrl`…, supplied by the platform).
 */
export function contactContext(
  contact: ContactLike,
  extra: Record<string, unknown> = {},
): RenderContext {
  const fields = (
    contact.fields && typeof contact.fields === 'object' && !Array.isArray(contact.fields)
      ? inert(contact.fields)
      : bareObject()
  ) as Record<string, unknown>
  const context = bareObject<RenderContext>()
  const reserved = new Set<string>(BASIC_NAMES)
  for (const [key, value] of Object.entries(fields)) {
    if (!reserved.has(key) && !Object.hasOwn(extra, key)) context[key] = value
  }
  for (const [key, value] of Object.entries(extra)) {
    if (!reserved.has(key)) context[key] = inert(value)
  }
  context.firstName = contact.first_name
  context.lastName = contact.last_name
  context.email = contact.email
  context.phone = contact.phone
  context.fields = fields
  return context
}

/** The contact used by previews and test sends. */
export const SAMPLE_CONTACT: ContactLike = {
  email: 'alex.sample@example.com',
  phone: '+14155550123',
  first_name: 'Alex',
  last_name: 'Sample',
  fields: {},
}

/**
 * The variables a source reads from its context, each as its path (`['fields', 'plan']`); loop
 * and assigned variables are the template's own and are left out. The source must compile.
 */
export function variablePaths(source: string): string[][] {
  if (!LIQUID_MARKUP.test(source)) return []
  return plainEngine
    .globalVariableSegmentsSync(plainEngine.parse(source))
    .map((segments) => segments.map(String))
}
