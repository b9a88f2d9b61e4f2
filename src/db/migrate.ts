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
