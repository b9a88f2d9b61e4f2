import type { Kysely } from 'kysely'
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration'
import * as foundation from './migrations/0001_foundation.js'
import * as access from './migrations/0002_access.js'
import * as apiKeys from './migrations/0003_api_keys.js'
import * as audience from './migrations/0004_audience.js'
import * as connections from './migrations/0005_connections.js'
import * as teamsShares from './migrations/0006_teams_shares.js'
import * as campaigns from './migrations/0007_campaigns.js'
import * as sendLedger from './migrations/0008_send_ledger.js'
import * as campaignAudience from './migrations/0009_campaign_audience.js'
import * as contactHistory from './migrations/0010_contact_history.js'
import * as accountSecurity from './migrations/0012_account_security.js'
import * as people from './migrations/0013_people.js'
import * as systemMail from './migrations/0014_system_mail.js'
import * as operatorCredits from './migrations/0015_operator_credits.js'
import * as importCancel from './migrations/0016_import_cancel.js'
import * as contactShares from './migrations/0017_contact_shares.js'
import * as placeholders from './migrations/0018_placeholders.js'
import * as importMapping from './migrations/0019_import_mapping.js'
import * as contactSearch from './migrations/0020_contact_search.js'
import * as campaignPreviewText from './migrations/0021_campaign_preview_text.js'
import * as customEvents from './migrations/0022_custom_events.js'
import * as webhooks from './migrations/0023_webhooks.js'
import * as programs from './migrations/0024_programs.js'
import * as integrations from './migrations/0025_integrations.js'
import * as programWaits from './migrations/0026_program_waits.js'
import * as jobQueue from './migrations/0027_job_queue.js'
import * as webhookOwners from './migrations/0028_webhook_owners.js'
import * as forms from './migrations/0029_forms.js'
import * as inbox from './migrations/0030_inbox.js'
import * as singleMessages from './migrations/0032_single_messages.js'
import * as emailToSms from './migrations/0033_email_to_sms.js'
import * as programSubmissions from './migrations/0034_program_submissions.js'
import * as inboundMailHandled from './migrations/0035_inbound_mail_handled.js'
import * as jobVersions from './migrations/0036_job_versions.js'
import * as accountLanguage from './migrations/0037_account_language.js'
import type { DB } from './schema.js'

// Migrations are imported, not read from disk, so the compiled build and the tests run the same set.
const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_access': access,
  '0003_api_keys': apiKeys,
  '0004_audience': audience,
  '0005_connections': connections,
  '0006_teams_shares': teamsShares,
  '0007_campaigns': campaigns,
  '0008_send_ledger': sendLedger,
  '0009_campaign_audience': campaignAudience,
  '0010_contact_history': contactHistory,
  '0012_account_security': accountSecurity,
  '0013_people': people,
  '0014_system_mail': systemMail,
  '0015_operator_credits': operatorCredits,
  '0016_import_cancel': importCancel,
  '0017_contact_shares': contactShares,
  '0018_placeholders': placeholders,
  '0019_import_mapping': importMapping,
  '0020_contact_search': contactSearch,
  '0021_campaign_preview_text': campaignPreviewText,
  '0022_custom_events': customEvents,
  '0023_webhooks': webhooks,
  '0024_programs': programs,
  '0025_integrations': integrations,
  '0026_program_waits': programWaits,
  '0027_job_queue': jobQueue,
  '0028_webhook_owners': webhookOwners,
  '0029_forms': forms,
  '0030_inbox': inbox,
  '0032_single_messages': singleMessages,
  '0033_email_to_sms': emailToSms,
  '0034_program_submissions': programSubmissions,
  '0035_inbound_mail_handled': inboundMailHandled,
  '0036_job_versions': jobVersions,
  '0037_account_language': accountLanguage,
}

const provider: MigrationProvider = {
  getMigrations: async () => migrations,
}

export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

/** Migrates up or down to `name` (tests of a migration's down step). */
export async function migrateTo(db: Kysely<DB>, name: string): Promise<void> {
  const migrator = new Migrator({ db, provider })
  const { error } = await migrator.migrateTo(name)
  if (error) throw error
}
