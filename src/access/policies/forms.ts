import { allow, type Caller, type PolicyDecision, refuse } from './decision.js'

/**
 * A survey's responses, exported (seed 002): they are contacts' data and a report at once, so the
 * export needs `contacts.export` and `reports.export` both. The route declares `reports.export`;
 * this rule adds the other.
 */
export function mayExportResponses(caller: Pick<Caller, 'held'>): PolicyDecision {
  for (const permission of ['reports.export', 'contacts.export'] as const) {
    if (!caller.held.has(permission)) {
      return refuse(
        'responses_export',
        `exporting a survey’s responses needs contacts.export and reports.export (${permission} is missing)`,
        'forbidden',
        { permission },
      )
    }
  }
  return allow('responses_export')
}
