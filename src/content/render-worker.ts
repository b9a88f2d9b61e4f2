import { AppError } from '../errors.js'
import { type CompiledTemplate, compileTemplate, contextFromClone } from './render.js'
import type { RenderOutcome, RenderTask } from './render-pool.js'

/**
 * A render thread of the pool (./render-pool.ts). Templates are compiled once per thread, keyed by
 * a hash of source and options: a campaign's subject, text and HTML are compiled on its first
 * message and reused for every other one.
 */

const CACHED_TEMPLATES = 200
const compiled = new Map<string, CompiledTemplate>()

function templateFor(source: RenderTask['templates'][number]): CompiledTemplate {
  const cached = compiled.get(source.key)
  if (cached) return cached
  const template = compileTemplate(source.source, source.field, source.options)
  // Oldest first out: a Map iterates in insertion order.
  if (compiled.size >= CACHED_TEMPLATES) compiled.delete(compiled.keys().next().value as string)
  compiled.set(source.key, template)
  return template
}

export default function render(task: RenderTask): RenderOutcome {
  const context = contextFromClone(task.context)
  const outputs: string[] = []
  for (const [index, source] of task.templates.entries()) {
    // Start time first, then the index: the pool reads the index to know the time is there.
    Atomics.store(task.progress, 1, Date.now() - task.submittedAt)
    Atomics.store(task.progress, 0, index + 1)
    try {
      outputs.push(templateFor(source).renderSync(context))
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      const { code, message, details } = error
      return { failure: { index, code, message, details } }
    }
  }
  return { outputs }
}
