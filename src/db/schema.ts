import type { ColumnType, Generated } from 'kysely'
import type { AccountLanguage } from '../accounts/language.js'

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
  /** Set at every sign-in (a new session), for holders of users.security (migration 0012). */
  last_sign_in_at: NullableTimestamp
  /** An operator of the installation: adds credits to top-level accounts (migration 0015). */
  operator: ColumnType<boolean, boolean | undefined, boolean>
  /** Null until the address is confirmed; nobody finds an unconfirmed user by email. */
  email_confirmed_at: NullableTimestamp
  /** Non-security notification emails on or off. */
  notifications: Generated<boolean>
}

export interface AccountsTable {
  id: Generated<string>
  parent_id: string | null
  name: string
  level: number
  ancestry: string[]
  opt_in: ColumnType<'single' | 'double', 'single' | 'double' | undefined, 'single' | 'double'>
  /** Spendable balances; bigint columns arrive as strings from pg, numbers from PGlite. */
  email_credits: ColumnType<string | number, number | undefined, number>
  sms_credits: ColumnType<string | number, number | undefined, number>
  created_at: CreatedAt
  deleted_at: NullableTimestamp
  /** IANA time zone of the account's dates and times (programs' date triggers; 0024). */
  time_zone: ColumnType<string, string | undefined, string>
  /** The language of the words Chorus puts on the account's public pages (migration 0037). */
  language: ColumnType<AccountLanguage, AccountLanguage | undefined, AccountLanguage>
  /** Members need 2FA here and in every account below (migration 0012). */
  require_two_factor: Generated<boolean>
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

export type Channel = 'email' | 'sms'
export type SubscriptionStatus = 'subscribed' | 'unsubscribed' | 'pending'
type Json = ColumnType<unknown, string, string>

export interface ContactFieldsTable {
  account_id: string
  key: string
  label: string
  type: 'text' | 'number' | 'date' | 'boolean'
  created_at: CreatedAt
}

export interface ContactsTable {
  account_id: string
  id: string
  email: string | null
  phone: string | null
  first_name: string | null
  last_name: string | null
  fields: ColumnType<Record<string, unknown>, string | undefined, string>
  email_status: ColumnType<SubscriptionStatus, SubscriptionStatus | undefined, SubscriptionStatus>
  sms_status: ColumnType<SubscriptionStatus, SubscriptionStatus | undefined, SubscriptionStatus>
  notes: string | null
  created_at: CreatedAt
  updated_at: CreatedAt | Timestamp
}

export interface GroupsTable {
  account_id: string
  id: string
  name: string
  description: ColumnType<string, string | undefined, string>
  member_count: ColumnType<number, never, never>
  created_at: CreatedAt
}

export interface GroupMembersTable {
  account_id: string
  group_id: string
  contact_id: string
  added_at: CreatedAt
}

export interface TagsTable {
  account_id: string
  id: string
  name: string
  created_at: CreatedAt
}

export interface ContactTagsTable {
  account_id: string
  contact_id: string
  tag_id: string
}

export interface SegmentsTable {
  account_id: string
  id: string
  name: string
  filter: Json
  created_at: CreatedAt
  updated_at: CreatedAt | Timestamp
}

export interface ContactEventsTable {
  account_id: string
  contact_id: string
  id: Generated<string>
  type: string
  channel: Channel | null
  at: CreatedAt
  details: ColumnType<unknown, string | null | undefined, string | null>
}

export interface ImportsTable {
  account_id: string
  id: string
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled'
  group_id: string | null
  file_path: string | null
  created_by: string | null
  processed: ColumnType<number, number | undefined, number>
  imported: ColumnType<number, number | undefined, number>
  updated: ColumnType<number, number | undefined, number>
  failed: ColumnType<number, number | undefined, number>
  errors: ColumnType<
    Array<{ row: number; field?: string; message: string }>,
    string | undefined,
    string
  >
  message: string | null
  created_at: CreatedAt
  finished_at: NullableTimestamp
  /** The columns the user chose (import-columns ColumnChoice[]); null: mapped automatically. */
  mapping: ColumnType<unknown[] | null, string | null | undefined, string | null>
  header: ColumnType<string[] | null, string | null | undefined, string | null>
  /** When its latest run started (migration 0027): the claim serves the longest-unserved account. */
  started_at: ColumnType<Date | null, Date | null | undefined, Date | string | null>
  /** Rows refused, as read: {row, cells, reason}; at most MAX_KEPT_REJECTED. */
  rejected: ColumnType<
    Array<{ row: number; cells: string[]; reason: string }>,
    string | undefined,
    string
  >
}

export interface UnsubscribesTable {
  account_id: string
  channel: Channel
  address: string
  source: string
  at: CreatedAt
}

export interface BlocklistTable {
  account_id: string
  channel: Channel
  address: string
  reason: ColumnType<string, string | undefined, string>
  created_by: string | null
  created_at: CreatedAt
}

export interface PlatformSuppressionsTable {
  channel: Channel
  address: string
  reason: 'hard_bounce' | 'complaint'
  at: CreatedAt
}

export interface ConsentRequestsTable {
  account_id: string
  contact_id: string
  token_hash: string
  created_at: CreatedAt
  confirmed_at: NullableTimestamp
}

export interface ConnectionsTable {
  account_id: string
  id: string
  user_id: string
  type: 'access_others' | 'grant_access'
  status: 'pending' | 'active' | 'declined' | 'ended'
  role: string | null
  permissions: string[] | null
  requested_by: string
  decided_by: string | null
  expires_at: NullableTimestamp
  created_at: CreatedAt
  updated_at: CreatedAt | Timestamp
  ended_at: NullableTimestamp
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

export interface EmailConfirmationsTable {
  token_hash: string
  user_id: string
  /** The address the link was sent to: a later email change makes the link useless. */
  email: string
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
  email_confirmations: EmailConfirmationsTable
  invitations: InvitationsTable
  audit_log: AuditLogTable
  api_keys: ApiKeysTable
  contact_fields: ContactFieldsTable
  contacts: ContactsTable
  groups: GroupsTable
  group_members: GroupMembersTable
  tags: TagsTable
  contact_tags: ContactTagsTable
  segments: SegmentsTable
  contact_events: ContactEventsTable
  imports: ImportsTable
  unsubscribes: UnsubscribesTable
  blocklist: BlocklistTable
  platform_suppressions: PlatformSuppressionsTable
  consent_requests: ConsentRequestsTable
  confirmation_mails: ConfirmationMailsTable
  connections: ConnectionsTable
  teams: TeamsTable
  team_members: TeamMembersTable
  group_shares: GroupSharesTable
  credit_ledger: CreditLedgerTable
  templates: TemplatesTable
  template_shares: TemplateSharesTable
  placeholders: PlaceholdersTable
  custom_events: CustomEventsTable
  inbound_endpoints: InboundEndpointsTable
  inbound_log: InboundLogTable
  inbox_threads: InboxThreadsTable
  inbox_messages: InboxMessagesTable
  email_to_sms_settings: EmailToSmsSettingsTable
  email_to_sms_addresses: EmailToSmsAddressesTable
  email_to_sms_messages: EmailToSmsMessagesTable
  inbound_mail_handled: InboundMailHandledTable
  contact_shares: ContactSharesTable
  senders: SendersTable
  testers: TestersTable
  domains: DomainsTable
  campaigns: CampaignsTable
  campaign_recipients: CampaignRecipientsTable
  campaign_audience: CampaignAudienceTable
  campaign_events: CampaignEventsTable
  campaign_links: CampaignLinksTable
  programs: ProgramsTable
  program_enrolments: ProgramEnrolmentsTable
  program_step_counts: ProgramStepCountsTable
  inbound_events: InboundEventsTable
  instance_secrets: InstanceSecretsTable
  jobs: JobsTable
  webhooks: WebhooksTable
  webhook_messages: WebhookMessagesTable
  webhook_attempts: WebhookAttemptsTable
  forms: FormsTable
  form_submissions: FormSubmissionsTable
  form_challenges_used: FormChallengesUsedTable
}

/** The durable job queue (src/jobs/queue.ts). */
export interface JobsTable {
  id: string
  kind: string
  account_id: string | null
  payload: ColumnType<Record<string, unknown>, string, string>
  /** Null: due at once. */
  run_at: NullableTimestamp
  attempts: ColumnType<number, number | undefined, number>
  /** Runs whose handler threw: a job's own retries (a webhook's schedule) are not failures. */
  failures: ColumnType<number, number | undefined, number>
  status: ColumnType<'queued' | 'failed', 'queued' | 'failed' | undefined, 'queued' | 'failed'>
  lease_owner: string | null
  lease_until: NullableTimestamp
  last_error: string | null
  created_at: CreatedAt
  /** At most one job per kind and key (migration 0027). */
  key: ColumnType<string | null, string | null | undefined, string | null>
  /** Bumped when a keyed job is made due again: a run that began before ends without effect. */
  version: ColumnType<number, number | undefined, number>
  /** Only a process holding this data directory runs the job (an import's file); null: any. */
  place: ColumnType<string | null, string | null | undefined, string | null>
}

export interface WebhooksTable {
  account_id: string
  id: string
  url: string
  events: string[]
  description: ColumnType<string, string | undefined, string>
  enabled: ColumnType<boolean, boolean | undefined, boolean>
  /** Why the endpoint was turned off by Chorus (`gone`: it answered 410; `failing`). */
  disabled_reason: string | null
  secret: string
  /** The secret before the last rotation, still signing beside the new one until the time. */
  previous_secret: string | null
  previous_secret_until: NullableTimestamp
  /** The first failed attempt since the last success. */
  failing_since: NullableTimestamp
  /** The owner: deliveries are capped by what this person (and `api_key_id`, if set) holds now. */
  created_by: string | null
  /** The API key the owner acted with, if any (migration 0028). */
  api_key_id: ColumnType<string | null, string | null | undefined, string | null>
  /** Why it was turned off, in a sentence, when the reason needs one (`owner_access`). */
  disabled_detail: ColumnType<string | null, string | null | undefined, string | null>
  created_at: CreatedAt
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>
}

export interface WebhookMessagesTable {
  account_id: string
  /** The `webhook-id` header: the same on every attempt. */
  id: string
  webhook_id: string
  event_type: string
  /** The JSON body exactly as it is signed and sent. */
  body: string
  status: ColumnType<
    'pending' | 'succeeded' | 'failed',
    'pending' | 'succeeded' | 'failed' | undefined,
    'pending' | 'succeeded' | 'failed'
  >
  attempts: ColumnType<number, number | undefined, number>
  next_attempt_at: NullableTimestamp
  created_at: CreatedAt
}

export interface WebhookAttemptsTable {
  account_id: string
  id: string
  webhook_id: string
  message_id: string
  attempt: number
  /** A redelivery or a test asked for by a person, outside the retry schedule. */
  manual: ColumnType<boolean, boolean | undefined, boolean>
  succeeded: boolean
  http_status: number | null
  response_excerpt: string | null
  error: string | null
  attempted_at: Timestamp
  duration_ms: number
}

export interface TeamsTable {
  id: string
  name: string
  created_by: string
  created_at: CreatedAt
}

export interface TeamMembersTable {
  account_id: string
  team_id: string
  status: 'pending' | 'active'
  invited_by: string | null
  created_at: CreatedAt
}

export interface GroupSharesTable {
  /** The owner account of the group. */
  account_id: string
  group_id: string
  target_account_id: string
  /** The team the share was made in; null when the target is a descendant sub-account. */
  team_id: string | null
  created_by: string | null
  created_at: CreatedAt
}

/** A bigint column: pg returns it as a string, PGlite as a number. */
type BigCount = ColumnType<string | number, number | undefined, number>

export type CreditReason =
  | 'signup'
  | 'top_up'
  | 'allocation'
  | 'reserve'
  | 'release'
  | 'test_send'
  | 'email_to_sms'
  | 'single_message'

export interface CreditLedgerTable {
  account_id: string
  id: string
  channel: Channel
  /** Positive into the balance, negative out of it. */
  amount: ColumnType<string | number, number, never>
  balance_after: ColumnType<string | number, number, never>
  reason: CreditReason
  campaign_id: string | null
  /** The other side of an allocation between a parent and its sub-account. */
  counterpart_account_id: string | null
  actor_user_id: string | null
  created_at: CreatedAt
}

export interface TemplatesTable {
  account_id: string
  id: string
  name: string
  category: string | null
  channel: ColumnType<Channel, Channel | undefined, Channel>
  subject: ColumnType<string, string | undefined, string>
  html: ColumnType<string, string | undefined, string>
  text: ColumnType<string, string | undefined, string>
  created_by: string | null
  created_at: CreatedAt
  updated_at: CreatedAt | Timestamp
}

export interface PlaceholdersTable {
  account_id: string
  id: string
  name: string
  default_value: ColumnType<string, string | undefined, string>
  description: ColumnType<string, string | undefined, string>
  created_by: string | null
  created_at: CreatedAt
  updated_at: CreatedAt | Timestamp
}

/** Something that happened to a contact outside Chorus, posted through the API or an integration. */
export interface CustomEventsTable {
  account_id: string
  id: string
  contact_id: string
  name: string
  properties: ColumnType<Record<string, unknown>, string | undefined, string>
  /** Posting the same name and key again in the account is a no-op (an order id). */
  dedupe_key: string | null
  /** `api`, or `integration:<endpoint id>`. */
  source: string
  created_at: CreatedAt
}

/** An inbound integration: a secret URL another system posts contacts or events to. */
export interface InboundEndpointsTable {
  account_id: string
  id: string
  name: string
  kind: 'contacts' | 'events'
  /** See src/integrations/mapping.ts: posted paths → contact fields, and the event's name and key. */
  mapping: ColumnType<unknown, string, string>
  group_id: string | null
  tags: ColumnType<string[], string[] | undefined, string[]>
  /** SHA-256 of the URL's token; the token itself is shown once. */
  token_hash: Buffer
  created_by: string
  created_at: CreatedAt
  updated_at: CreatedAt | Timestamp
  disabled_at: NullableTimestamp
  last_post_at: NullableTimestamp
}

/** What arrived at an inbound endpoint and what became of it; the newest 1,000 per endpoint. */
export interface InboundLogTable {
  id: Generated<string | number>
  account_id: string
  endpoint_id: string
  at: CreatedAt
  outcome: 'accepted' | 'duplicate' | 'refused'
  reason: string | null
  excerpt: string
  contact_id: string | null
  event_id: string | null
}

export type InboxChannel = 'email' | 'sms'

export interface InboxThreadsTable {
  account_id: string
  id: string
  contact_id: string | null
  channel: InboxChannel
  /** The contact's side: an email address or a phone number (E.164). */
  address: string
  subject: string | null
  status: ColumnType<'open' | 'done', 'open' | 'done' | undefined, 'open' | 'done'>
  assigned_to: string | null
  unread: ColumnType<number, number | undefined, number>
  last_message_at: ColumnType<Date, Date | string | undefined, Date | string>
  created_at: CreatedAt
}

export interface InboxMessagesTable {
  account_id: string
  id: string
  thread_id: string
  direction: 'in' | 'out'
  channel: InboxChannel
  from_address: string
  to_address: string
  subject: string | null
  /** Plain text only: inbound HTML is reduced to text before it is stored. */
  body: string
  campaign_id: string | null
  sent_by: string | null
  external_id: string | null
  auth: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>
  status: ColumnType<
    'received' | 'queued' | 'sent' | 'failed',
    'received' | 'queued' | 'sent' | 'failed' | undefined,
    'received' | 'queued' | 'sent' | 'failed'
  >
  error: string | null
  created_at: CreatedAt
}

/** An account's Email-to-SMS settings (0033); no row is "off". */
export interface EmailToSmsSettingsTable {
  account_id: string
  enabled: ColumnType<boolean, boolean | undefined, boolean>
  /** The SMS sender the texts go out from: an E.164 number or up to 11 letters and digits. */
  sender: string | null
  max_parts: ColumnType<number, number | undefined, number>
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>
}

/** The addresses whose email an account turns into SMS (0033). */
export interface EmailToSmsAddressesTable {
  account_id: string
  email: string
}

/** The address an Email-to-SMS text came from, so an SMS answer is emailed back there (0033). */
/** Recipients an inbound message was handled for, so a retried SMTP transaction skips them. */
export interface InboundMailHandledTable {
  message_key: string
  recipient: string
  handled_at: Generated<Date>
}

export interface EmailToSmsMessagesTable {
  account_id: string
  message_id: string
  member_email: string
}

export interface TemplateSharesTable {
  /** The owner account of the template. */
  account_id: string
  template_id: string
  /** A descendant sub-account of the owner. */
  target_account_id: string
  created_by: string | null
  created_at: CreatedAt
}

export interface ContactSharesTable {
  /** The owner account of the contact. */
  account_id: string
  contact_id: string
  /** A descendant sub-account of the owner. */
  target_account_id: string
  created_by: string | null
  created_at: CreatedAt
}

export interface SendersTable {
  account_id: string
  id: string
  email: string
  name: ColumnType<string, string | undefined, string>
  created_at: CreatedAt
  /** When its owner clicked the confirmation link (an address at a verified domain needs none). */
  confirmed_at: NullableTimestamp
  confirm_token_hash: string | null
  confirm_sent_at: NullableTimestamp
}

/** When an account last mailed an address a double opt-in confirmation (at most once a day). */
export interface ConfirmationMailsTable {
  account_id: string
  email: string
  sent_at: Timestamp
}

export interface TestersTable {
  account_id: string
  id: string
  email: string
  name: ColumnType<string, string | undefined, string>
  created_at: CreatedAt
}

export interface DomainsTable {
  account_id: string
  id: string
  domain: string
  dkim_selector: string
  dkim_private_key: string
  dkim_public_key: string
  verified_at: NullableTimestamp
  last_checked_at: NullableTimestamp
  created_at: CreatedAt
}

export type CampaignStatus =
  | 'draft'
  | 'pending_approval'
  | 'scheduled'
  | 'sending'
  | 'paused'
  | 'sent'
  | 'terminated'

export interface CampaignsTable {
  account_id: string
  id: string
  name: string
  channel: Channel
  status: ColumnType<CampaignStatus, CampaignStatus | undefined, CampaignStatus>
  subject: ColumnType<string, string | undefined, string>
  from_email: ColumnType<string, string | undefined, string>
  from_name: ColumnType<string, string | undefined, string>
  html: ColumnType<string, string | undefined, string>
  text: ColumnType<string, string | undefined, string>
  template_id: string | null
  group_ids: ColumnType<string[], string[] | undefined, string[]>
  segment_ids: ColumnType<string[], string[] | undefined, string[]>
  scheduled_at: NullableTimestamp
  created_by: string | null
  submitted_by: string | null
  approved_by: string | null
  decline_reason: string | null
  credits_reserved: BigCount
  credits_used: BigCount
  recipient_count: ColumnType<number, number | undefined, number>
  /** The process currently sending the campaign, while its lease lasts (one leader per campaign). */
  lease_owner: string | null
  lease_until: NullableTimestamp
  created_at: CreatedAt
  updated_at: CreatedAt | Timestamp
  launched_at: NullableTimestamp
  finished_at: NullableTimestamp
  /** False when the launch took nothing from the balance (CHORUS_CREDITS=unlimited; 0015). */
  credits_from_balance: ColumnType<boolean, boolean | undefined, boolean>
  /** What inboxes show after the subject: a hidden preheader in the HTML (0021). */
  preview_text: ColumnType<string | null, string | null | undefined, string | null>
  /** The program whose send step owns this hidden campaign (0024); null for a campaign. */
  program_id: ColumnType<string | null, string | null | undefined, string | null>
  program_step_id: ColumnType<string | null, string | null | undefined, string | null>
}

export type RecipientStatus = 'queued' | 'claimed' | 'sent' | 'skipped' | 'failed'

export interface CampaignRecipientsTable {
  /** The sending account (the campaign's). */
  account_id: string
  campaign_id: string
  contact_id: string
  /** The account that owns the contact: the sender's own, or a group's owner through a share. */
  contact_account_id: string
  /** Email address or E.164 phone, by the campaign's channel. */
  address: string
  // Links in messages (unsubscribe, tracking) name a row by a signed token, not a stored column:
  // src/delivery/tokens.ts recipientTokenMaker / parseRecipientToken.
  status: ColumnType<RecipientStatus, RecipientStatus | undefined, RecipientStatus>
  credits: ColumnType<number, number | undefined, number>
  attempts: ColumnType<number, number | undefined, number>
  claimed_at: NullableTimestamp
  sent_at: NullableTimestamp
  error: string | null
}

/**
 * Recipients fixed at launch and not yet in the send ledger, in batches of up to a thousand; the
 * three arrays run in step.
 */
export interface CampaignAudienceTable {
  account_id: string
  campaign_id: string
  batch: number
  contact_ids: string[]
  contact_account_ids: string[]
  addresses: string[]
}

export type CampaignEventKind =
  | 'delivered'
  | 'opened'
  | 'clicked'
  | 'bounced'
  | 'complained'
  | 'unsubscribed'

export interface CampaignEventsTable {
  account_id: string
  campaign_id: string
  contact_id: string
  kind: CampaignEventKind
  detail: string | null
  at: CreatedAt
}

export interface CampaignLinksTable {
  account_id: string
  campaign_id: string
  position: number
  url: string
}

export interface InboundEventsTable {
  event_id: string
  kind: string
  received_at: CreatedAt
}

export interface InstanceSecretsTable {
  name: string
  value: string
}

export type ProgramStatus = 'draft' | 'awaiting_approval' | 'active' | 'paused' | 'declined'

/** An automated flow (0024); `steps`, `trigger` and `goal` are JSON read by src/automations. */
export interface ProgramsTable {
  account_id: string
  id: string
  name: string
  status: ColumnType<ProgramStatus, ProgramStatus | undefined, ProgramStatus>
  /** True while the program takes new contacts (enrolment triggers join on it). */
  accepting: ColumnType<boolean, boolean | undefined, boolean>
  trigger: ColumnType<unknown, string, string>
  trigger_type: string
  trigger_ref: string | null
  entry_mode: ColumnType<'once' | 'again', 'once' | 'again' | undefined, 'once' | 'again'>
  min_gap_hours: ColumnType<number, number | undefined, number>
  exit_on_unsubscribe: ColumnType<boolean, boolean | undefined, boolean>
  exit_on_leave_group: ColumnType<boolean, boolean | undefined, boolean>
  goal: ColumnType<unknown, string | null | undefined, string | null>
  steps: ColumnType<unknown, string | undefined, string>
  created_by: string | null
  submitted_by: string | null
  /** When it was last sent for approval (0034). */
  submitted_at: NullableTimestamp
  approved_by: string | null
  decline_reason: string | null
  /** Why the engine paused the program by itself (its steps kept failing); null otherwise. */
  paused_reason: ColumnType<string | null, string | null | undefined, string | null>
  /** Enrol the contacts who already match when the program goes live (after approval too). */
  backfill: ColumnType<boolean, boolean | undefined, boolean>
  /** The sending steps as last approved (steps.ts sendingFingerprint); null until approved. */
  approved_sending: string | null
  created_at: CreatedAt
  updated_at: CreatedAt | Timestamp
  activated_at: NullableTimestamp
}

export type EnrolmentStatus = 'active' | 'waiting' | 'completed' | 'exited'

export interface ProgramEnrolmentsTable {
  account_id: string
  program_id: string
  id: Generated<string>
  contact_id: string
  /** The step the contact is at; null before the first. */
  step_id: string | null
  status: ColumnType<EnrolmentStatus, EnrolmentStatus | undefined, EnrolmentStatus>
  /** When the current step runs (a wait ends, a wait_for times out). */
  due_at: ColumnType<Date, Date | string | undefined, Date | string>
  /** When the contact reached the current step. */
  step_at: ColumnType<Date, Date | string | undefined, Date | string>
  entered_at: CreatedAt
  ended_at: NullableTimestamp
  end_reason: string | null
  dedupe_key: string | null
  /** To be looked at again: what its wait_for step waits for may have come (0026). */
  woken: Generated<boolean>
}

export interface ProgramStepCountsTable {
  account_id: string
  program_id: string
  step_id: string
  entered: BigCount
  completed: BigCount
  exited: BigCount
}

/** A sign-up form or a survey (0029); `fields` and `questions` are JSON read by src/forms. */
export interface FormsTable {
  account_id: string
  id: string
  kind: ColumnType<'signup' | 'survey', 'signup' | 'survey' | undefined, never>
  name: string
  status: ColumnType<
    'draft' | 'published',
    'draft' | 'published' | undefined,
    'draft' | 'published'
  >
  fields: ColumnType<unknown, string, string>
  questions: ColumnType<unknown, string | undefined, string>
  group_ids: ColumnType<string[], string[] | undefined, string[]>
  tags: ColumnType<string[], string[] | undefined, string[]>
  consent_text: string
  thank_you: string
  redirect_url: string | null
  redirect_origins: ColumnType<string[], string[] | undefined, string[]>
  views: ColumnType<string | number, never, never>
  created_by: string
  created_at: CreatedAt
  updated_at: CreatedAt | Timestamp
}

export type FormSubmissionStatus = 'processed' | 'held' | 'discarded'

/** One submission of a form, kept with what was typed (held ones wait for a review). */
export interface FormSubmissionsTable {
  id: string
  account_id: string
  form_id: string
  status: FormSubmissionStatus
  reason: string | null
  data: ColumnType<Record<string, string>, string, never>
  answers: ColumnType<unknown, string | null | undefined, never>
  ip: string | null
  contact_id: string | null
  awaiting_confirmation: ColumnType<boolean, boolean | undefined, boolean>
  created_at: CreatedAt
  decided_at: NullableTimestamp
}

/** Proof-of-work challenges already solved once, kept until they expire (single use). */
export interface FormChallengesUsedTable {
  signature: string
  expires_at: Timestamp
}
