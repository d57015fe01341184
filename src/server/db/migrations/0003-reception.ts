import { type Kysely, sql } from 'kysely';

// Citizen reception (Luật Tiếp công dân 2013, TT 04/2021/TT-TTCP): the logbook of visits, the
// leaders' reception rules and their sessions. Visits grow without bound: province_id leads every
// key (Citus distribution column) and rows carry the receiving unit's path for the scope predicate.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A matter (vụ việc) ties together the visits and petitions about one thing, so that
  // "75 group visits on 37 matters" is a count of distinct matters.
  await sql`
    create table matter (
      province_id uuid not null,
      id uuid not null,
      admin_unit_id uuid not null references admin_unit(id),
      unit_path ltree not null,
      title text not null,
      created_at timestamptz not null default now(),
      primary key (province_id, id)
    )`.execute(db);
  await sql`create index matter_path on matter using gist (unit_path)`.execute(db);

  await sql`
    create table reception_rule (
      id uuid primary key,
      admin_unit_id uuid not null references admin_unit(id),
      leader_title text not null,
      leader_user_id uuid references app_user(id),
      frequency text not null check (frequency in ('weekly', 'monthly', 'fixed_days')),
      min_per_period int not null default 1 check (min_per_period between 1 and 31),
      fixed_days jsonb not null default '[]',
      basis text not null,
      active boolean not null default true,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index reception_rule_unit on reception_rule (admin_unit_id)`.execute(db);

  await sql`
    create table reception_session (
      province_id uuid not null,
      id uuid not null,
      admin_unit_id uuid not null references admin_unit(id),
      unit_path ltree not null,
      rule_id uuid references reception_rule(id),
      leader_user_id uuid references app_user(id),
      leader_name text not null,
      planned_on date not null,
      channel text not null default 'in_person' check (channel in ('in_person', 'online')),
      status text not null default 'planned' check (status in ('planned', 'held', 'cancelled')),
      held_by_user_id uuid references app_user(id),
      held_by_name text,
      note text,
      created_at timestamptz not null default now(),
      primary key (province_id, id)
    )`.execute(db);
  await sql`create index reception_session_path on reception_session using gist (unit_path)`.execute(db);
  await sql`create index reception_session_day on reception_session (province_id, planned_on)`.execute(db);

  await sql`
    create table reception_visit (
      province_id uuid not null,
      id uuid not null,
      admin_unit_id uuid not null references admin_unit(id),
      unit_path ltree not null,
      received_on date not null,
      received_at timestamptz not null,
      place text not null,
      kind text not null check (kind in ('regular', 'leader_periodic', 'unannounced')),
      channel text not null default 'in_person' check (channel in ('in_person', 'online')),
      receiver_user_id uuid references app_user(id),
      receiver_name text not null,
      receiver_is_leader boolean not null default false,
      session_id uuid,
      matter_id uuid not null,
      group_size int not null default 1 check (group_size >= 1),
      citizens jsonb not null,
      content text not null,
      outcome text not null check (outcome in ('guided', 'petition_received', 'answered', 'refused')),
      refusal_reason text check (refusal_reason in ('incapacitated', 'disorderly', 'settled_persistent', 'other_law')),
      refusal_note text,
      guidance text,
      receipt_no text not null,
      search_text text not null,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      primary key (province_id, id),
      check ((outcome = 'refused') = (refusal_reason is not null))
    )`.execute(db);
  await sql`create index reception_visit_path on reception_visit using gist (unit_path)`.execute(db);
  await sql`create index reception_visit_day on reception_visit (province_id, received_on)`.execute(db);
  await sql`create index reception_visit_search on reception_visit using gin (search_text gin_trgm_ops)`.execute(
    db,
  );
  await sql`create unique index reception_visit_receipt on reception_visit (province_id, receipt_no)`.execute(
    db,
  );
}
