import { type Kysely, sql } from 'kysely';

// Petitions (đơn thư) from every channel and their legal workflow. One row per petition maps onto one
// case file of the national complaints database (NĐ 55/2022); petitions about one thing share a matter.
// province_id leads every key (Citus). The denouncer's identity is never stored in clear: it sits
// encrypted in denouncer_secret (Luật Tố cáo 2018, Điều 47), and search_text leaves it out.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table petition (
      province_id uuid not null,
      id uuid not null,
      tracking_code text not null,
      admin_unit_id uuid not null references admin_unit(id),
      unit_path ltree not null,
      matter_id uuid not null,
      parent_id uuid,
      visit_id uuid,
      channel text not null check (channel in ('in_person', 'post', 'online', 'hotline', 'forwarded')),
      forwarded_by text,
      received_on date not null,
      received_at timestamptz not null,
      kind text check (kind in ('complaint', 'denunciation', 'recommendation', 'feedback')),
      status text not null,
      instance smallint check (instance in (1, 2)),
      subject text not null,
      content text not null,
      location text,
      is_anonymous boolean not null default false,
      signer_count int not null default 1 check (signer_count >= 1),
      sender_name text,
      sender_id_number text,
      sender_address text,
      sender_phone text,
      sender_email text,
      denouncer_secret text,
      sender_fingerprint text,
      accused_name text,
      accused_position text,
      competence text check (competence in ('in', 'out')),
      handler_id uuid references app_user(id),
      is_remote boolean not null default false,
      complexity text not null default 'normal' check (complexity in ('normal', 'complex', 'especially_complex')),
      handling_due_on date not null,
      resolution_due_on date,
      resolution_basis text,
      extensions int not null default 0,
      accepted_on date,
      resolved_on date,
      decision_no text,
      decision_date date,
      result_summary text,
      guided_to text,
      forwarded_to text,
      rating smallint check (rating between 1 and 5),
      rating_comment text,
      search_text text not null,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (province_id, id)
    )`.execute(db);
  await sql`create unique index petition_tracking on petition (province_id, tracking_code)`.execute(db);
  await sql`create index petition_path on petition using gist (unit_path)`.execute(db);
  await sql`create index petition_received on petition (province_id, received_on)`.execute(db);
  await sql`create index petition_status_due on petition (province_id, status, resolution_due_on)`.execute(
    db,
  );
  await sql`create index petition_matter on petition (province_id, matter_id)`.execute(db);
  await sql`create index petition_fingerprint on petition (province_id, sender_fingerprint)`.execute(db);
  await sql`create index petition_search on petition using gin (search_text gin_trgm_ops)`.execute(db);

  await sql`
    create table petition_event (
      province_id uuid not null,
      petition_id uuid not null,
      id bigint generated always as identity,
      at timestamptz not null default now(),
      actor_id uuid,
      actor_name text,
      action text not null,
      from_status text,
      to_status text not null,
      note text,
      is_public boolean not null default false,
      data jsonb,
      primary key (province_id, petition_id, id)
    )`.execute(db);

  // Public submissions carry an Idempotency-Key: a retried request gets the first answer back.
  await sql`
    create table idempotency_key (
      scope text not null,
      key text not null,
      response jsonb not null,
      created_at timestamptz not null default now(),
      primary key (scope, key)
    )`.execute(db);
}
