import type { ColumnType, Generated } from 'kysely'

type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Timestamp = ColumnType<Date, Date | string, Date | string>
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>

export interface UsersTable {
  id: Generated<string>
  email: string
  name: string
  password_hash: string
  totp_secret: string | null
  totp_pending_secret: string | null
  /** The last TOTP time step accepted, so that a code is accepted only once. */
  totp_last_step: ColumnType<
    string | null,
    string | number | null | undefined,
    string | number | null
  >
  created_at: CreatedAt
  updated_at: CreatedAt | Timestamp
}

export interface AccountsTable {
  id: Generated<string>
  parent_id: string | null
  name: string
  level: number
  ancestry: string[]
  created_at: CreatedAt
  deleted_at: NullableTimestamp
}

export interface MembershipsTable {
  account_id: string
  user_id: string
  role: string | null
  permissions: string[] | null
  granted_by: string | null
  created_at: CreatedAt
}

export interface InvitationsTable {
  account_id: string
  id: Generated<string>
  email: string
  role: string | null
  permissions: string[] | null
  token_hash: string
  invited_by: string
  created_at: CreatedAt
  expires_at: Timestamp
  accepted_at: NullableTimestamp
  accepted_by: string | null
  revoked_at: NullableTimestamp
}

export interface AuditLogTable {
  account_id: string
  id: Generated<string>
  at: CreatedAt
  actor_user_id: string | null
  actor_kind: string
  action: string
  target_type: string | null
  target_id: string | null
  path: ColumnType<unknown, string | null, never>
  details: ColumnType<unknown, string | null, never>
  ip: string | null
}

export interface ApiKeysTable {
  account_id: string
  id: string
  name: string
  secret_hash: Buffer
  permissions: string[]
  created_by: string
  created_at: CreatedAt
  last_used_at: NullableTimestamp
  revoked_at: NullableTimestamp
}

export interface SessionsTable {
  id: string
  user_id: string
  secret_hash: Buffer
  created_at: CreatedAt
  last_seen_at: Timestamp
  expires_at: Timestamp
  ended_at: NullableTimestamp
  end_reason: string | null
  ip: string | null
  user_agent: string | null
}

export interface RecoveryCodesTable {
  user_id: string
  code_hash: string
  used_at: NullableTimestamp
}

export interface RateLimitsTable {
  key: string
  window_started_at: Timestamp
  count: number
}

export interface PasswordResetsTable {
  token_hash: string
  user_id: string
  created_at: CreatedAt
  expires_at: Timestamp
  used_at: NullableTimestamp
}

export interface DB {
  users: UsersTable
  accounts: AccountsTable
  memberships: MembershipsTable
  sessions: SessionsTable
  recovery_codes: RecoveryCodesTable
  rate_limits: RateLimitsTable
  password_resets: PasswordResetsTable
  invitations: InvitationsTable
  audit_log: AuditLogTable
  api_keys: ApiKeysTable
}
