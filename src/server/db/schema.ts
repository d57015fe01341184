import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string | undefined, string>;

export interface AdminUnitKindTable {
  code: string;
  name: string;
  sort_order: Generated<number>;
}

export interface AdminUnitTable {
  id: string;
  seq: Generated<string>;
  province_id: string;
  parent_id: string | null;
  path: string;
  code: string;
  name: string;
  kind: string;
  is_remote: Generated<boolean>;
  valid_from: DateOnly;
  valid_to: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrganizationKindTable {
  code: string;
  name: string;
  sort_order: Generated<number>;
}

export interface OrganizationTable {
  id: string;
  admin_unit_id: string;
  parent_id: string | null;
  kind: string;
  name: string;
  code: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AppUserTable {
  id: string;
  username: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  kind: 'staff' | 'citizen';
  home_unit_id: string | null;
  password_hash: string;
  must_change_password: Generated<boolean>;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: number | null;
  disabled_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserGrantTable {
  id: string;
  user_id: string;
  role: string;
  admin_unit_id: string;
  created_at: Timestamp;
}

export interface LoginThrottleTable {
  kind: 'password' | 'totp';
  subject: string;
  failures: number;
  last_failure_at: Timestamp;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  province_id: string;
  id: Generated<string>;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  unit_path: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface CalendarYearTable {
  year: number;
  days_off: unknown;
  working_days: unknown;
  basis: string;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface AppSettingTable {
  key: string;
  value: unknown;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface MatterTable {
  province_id: string;
  id: string;
  admin_unit_id: string;
  unit_path: string;
  title: string;
  created_at: Timestamp;
}

export interface ReceptionRuleTable {
  id: string;
  admin_unit_id: string;
  leader_title: string;
  leader_user_id: string | null;
  frequency: 'weekly' | 'monthly' | 'fixed_days';
  min_per_period: number;
  fixed_days: unknown;
  basis: string;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface ReceptionSessionTable {
  province_id: string;
  id: string;
  admin_unit_id: string;
  unit_path: string;
  rule_id: string | null;
  leader_user_id: string | null;
  leader_name: string;
  planned_on: string;
  channel: 'in_person' | 'online';
  status: ColumnType<'planned' | 'held' | 'cancelled', 'planned' | 'held' | 'cancelled' | undefined>;
  held_by_user_id: ColumnType<string | null, string | null | undefined>;
  held_by_name: ColumnType<string | null, string | null | undefined>;
  note: string | null;
  created_at: Timestamp;
}

export interface ReceptionVisitTable {
  province_id: string;
  id: string;
  admin_unit_id: string;
  unit_path: string;
  received_on: string;
  received_at: Date;
  place: string;
  kind: 'regular' | 'leader_periodic' | 'unannounced';
  channel: 'in_person' | 'online';
  receiver_user_id: string | null;
  receiver_name: string;
  receiver_is_leader: boolean;
  session_id: string | null;
  matter_id: string;
  group_size: number;
  citizens: unknown;
  content: string;
  outcome: 'guided' | 'petition_received' | 'answered' | 'refused';
  refusal_reason: 'incapacitated' | 'disorderly' | 'settled_persistent' | 'other_law' | null;
  refusal_note: string | null;
  guidance: string | null;
  receipt_no: string;
  search_text: string;
  /** The citizens of a visit at which a denunciation was received, sealed; `citizens` then holds placeholders. */
  citizens_secret: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface PetitionTable {
  province_id: string;
  id: string;
  tracking_code: string;
  admin_unit_id: string;
  unit_path: string;
  matter_id: string;
  parent_id: string | null;
  visit_id: string | null;
  channel: 'in_person' | 'post' | 'online' | 'hotline' | 'forwarded';
  forwarded_by: string | null;
  received_on: string;
  received_at: Date;
  kind: 'complaint' | 'denunciation' | 'recommendation' | 'feedback' | null;
  status: string;
  instance: number | null;
  subject: string;
  content: string;
  location: string | null;
  is_anonymous: boolean;
  signer_count: number;
  sender_name: string | null;
  sender_id_number: string | null;
  sender_address: string | null;
  sender_phone: string | null;
  sender_email: string | null;
  denouncer_secret: string | null;
  sender_fingerprint: string | null;
  accused_name: string | null;
  accused_position: string | null;
  competence: 'in' | 'out' | null;
  handler_id: string | null;
  is_remote: boolean;
  complexity: 'normal' | 'complex' | 'especially_complex';
  handling_due_on: string;
  resolution_due_on: string | null;
  resolution_basis: string | null;
  extensions: Generated<number>;
  accepted_on: string | null;
  resolved_on: string | null;
  decision_no: string | null;
  decision_date: string | null;
  result_summary: string | null;
  guided_to: string | null;
  forwarded_to: string | null;
  forwarded_from_id: string | null;
  forwarded_to_id: string | null;
  respondent_org_id: string | null;
  rating: number | null;
  rating_comment: string | null;
  /** A keyed hash of the PIN given only to the sender: the tracking code alone does not let one rate. */
  sender_pin_hash: string | null;
  pin_failures: Generated<number>;
  /** Raised by every workflow step, which saves only where the version it read is still there. */
  version: Generated<number>;
  search_text: string;
  created_by: string | null;
  citizen_user_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PetitionAttachmentTable {
  province_id: string;
  petition_id: string;
  id: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  data: Buffer;
  uploaded_by: string | null;
  created_at: Timestamp;
}

export interface PetitionEventTable {
  province_id: string;
  petition_id: string;
  id: Generated<string>;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  from_status: string | null;
  to_status: string;
  note: string | null;
  is_public: boolean;
  data: unknown;
}

export interface IdempotencyKeyTable {
  scope: string;
  key: string;
  response: unknown;
  /** sha256 of the canonical request the key first came with (migration 0014); null before it. */
  request_hash: string | null;
  created_at: Timestamp;
}

export interface NotificationTable {
  province_id: string;
  id: string;
  user_id: string;
  petition_id: string;
  kind: 'due_soon' | 'overdue' | 'escalated' | 'forwarded';
  due_on: string;
  message: string;
  created_at: Timestamp;
  read_at: Date | null;
}

export interface ReminderPendingTable {
  province_id: string;
  petition_id: string;
}

export interface ReminderRunTable {
  job: string;
  today: string;
  until_on: string;
  staff_digest: string;
  ran_at: Generated<Date>;
}

export interface DB {
  reminder_pending: ReminderPendingTable;
  reminder_run: ReminderRunTable;
  petition_attachment: PetitionAttachmentTable;
  notification: NotificationTable;
  petition: PetitionTable;
  petition_event: PetitionEventTable;
  idempotency_key: IdempotencyKeyTable;
  matter: MatterTable;
  reception_rule: ReceptionRuleTable;
  reception_session: ReceptionSessionTable;
  reception_visit: ReceptionVisitTable;
  calendar_year: CalendarYearTable;
  app_setting: AppSettingTable;
  admin_unit_kind: AdminUnitKindTable;
  admin_unit: AdminUnitTable;
  organization_kind: OrganizationKindTable;
  organization: OrganizationTable;
  app_user: AppUserTable;
  user_grant: UserGrantTable;
  user_session: UserSessionTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
}

export type AdminUnitRow = Selectable<AdminUnitTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type NewAuditLog = Insertable<AuditLogTable>;
