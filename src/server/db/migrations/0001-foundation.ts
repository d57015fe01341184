import { type Kysely, sql } from 'kysely';

// Forward-only. Written in the SQL that both PGlite (PostgreSQL 18) and PostgreSQL 15 accept.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const ext of ['unaccent', 'pg_trgm', 'ltree', 'pgcrypto']) {
    await sql.raw(`create extension if not exists ${ext}`).execute(db);
  }
  // unaccent() is only STABLE (it reads a dictionary); wrapping it with the dictionary named makes an
  // IMMUTABLE function that trigram indexes can use. unaccent maps đ→d, so "dong" finds "Đông".
  await sql`
    create or replace function vn_fold(t text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, t)) $$`.execute(db);

  // Tier names are data: the two-tier structure since 01/7/2025 and the older
  // province → district → commune one both fit.
  await sql`
    create table admin_unit_kind (
      code text primary key,
      name text not null,
      sort_order int not null default 0
    )`.execute(db);

  // Administrative units are a catalog (a Citus reference table): a few thousand communes and their
  // villages, read by every join. `seq` gives short ltree labels; `path` makes
  // "everything under this unit" one GiST-indexed predicate (path <@ ancestor_path).
  await sql`
    create table admin_unit (
      id uuid primary key,
      seq bigint generated always as identity unique,
      province_id uuid not null,
      parent_id uuid references admin_unit(id),
      path ltree not null,
      code text not null,
      name text not null,
      kind text not null references admin_unit_kind(code),
      is_remote boolean not null default false,
      valid_from date not null default date '2025-07-01',
      valid_to date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index admin_unit_path_gist on admin_unit using gist (path)`.execute(db);
  await sql`create index admin_unit_parent on admin_unit (parent_id)`.execute(db);
  await sql`create unique index admin_unit_code_current on admin_unit (code) where valid_to is null`.execute(
    db,
  );
  await sql`create index admin_unit_name_trgm on admin_unit using gin (vn_fold(name) gin_trgm_ops)`.execute(
    db,
  );

  await sql`
    create table organization_kind (
      code text primary key,
      name text not null,
      sort_order int not null default 0
    )`.execute(db);
  await sql`
    create table organization (
      id uuid primary key,
      admin_unit_id uuid not null references admin_unit(id),
      parent_id uuid references organization(id),
      kind text not null references organization_kind(code),
      name text not null,
      code text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index organization_unit on organization (admin_unit_id)`.execute(db);

  await sql`
    create table app_user (
      id uuid primary key,
      username text not null,
      full_name text not null,
      email text,
      phone text,
      kind text not null check (kind in ('staff', 'citizen')),
      home_unit_id uuid references admin_unit(id),
      password_hash text not null,
      must_change_password boolean not null default false,
      totp_secret text,
      totp_enabled boolean not null default false,
      failed_logins int not null default 0,
      locked_until timestamptz,
      disabled_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index app_user_username on app_user (lower(username))`.execute(db);
  await sql`create index app_user_home_unit on app_user (home_unit_id)`.execute(db);

  // A grant covers the unit's whole subtree; system_admin is granted on a root unit too, so there is
  // no "null means everything" case to forget.
  await sql`
    create table user_grant (
      id uuid primary key,
      user_id uuid not null references app_user(id),
      role text not null,
      admin_unit_id uuid not null references admin_unit(id),
      created_at timestamptz not null default now(),
      unique (user_id, role, admin_unit_id)
    )`.execute(db);

  // Only a hash of the session token is stored, so a database dump does not hand out sessions.
  await sql`
    create table user_session (
      token_hash text primary key,
      user_id uuid not null references app_user(id),
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      ip text,
      user_agent text
    )`.execute(db);
  await sql`create index user_session_user on user_session (user_id)`.execute(db);

  // Grows with every write: province_id leads the key (Citus distribution column). Each province
  // has its own hash chain, so chains never need a cross-shard lock.
  await sql`
    create table audit_log (
      province_id uuid not null,
      id bigint generated always as identity,
      at timestamptz not null,
      actor_id uuid,
      actor_name text,
      action text not null,
      entity text not null,
      entity_id text,
      unit_path ltree,
      summary text not null,
      before jsonb,
      after jsonb,
      ip text,
      prev_hash text not null,
      hash text not null,
      primary key (province_id, id)
    )`.execute(db);
  await sql`create index audit_log_at on audit_log (province_id, at desc)`.execute(db);
  await sql`create index audit_log_path on audit_log using gist (unit_path)`.execute(db);
  // Append-only: the database itself refuses to rewrite history.
  await sql`
    create or replace function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db);

  await sql`
    insert into admin_unit_kind (code, name, sort_order) values
      ('country', 'Quốc gia', 0),
      ('province', 'Tỉnh', 10), ('city', 'Thành phố trực thuộc trung ương', 11),
      ('district', 'Huyện', 20), ('urban_district', 'Quận', 21), ('town', 'Thị xã', 22),
      ('provincial_city', 'Thành phố thuộc tỉnh', 23),
      ('commune', 'Xã', 30), ('ward', 'Phường', 31), ('township', 'Thị trấn', 32),
      ('special_zone', 'Đặc khu', 33),
      ('village', 'Thôn', 40), ('residential_group', 'Tổ dân phố', 41), ('hamlet', 'Bản', 42),
      ('quarter', 'Khu phố', 43)`.execute(db);
  await sql`
    insert into organization_kind (code, name, sort_order) values
      ('party_committee', 'Cấp ủy Đảng', 10),
      ('party_bloc', 'Đảng bộ khối', 11),
      ('party_org', 'Tổ chức cơ sở Đảng', 12),
      ('mobilization_commission', 'Ban Tuyên giáo và Dân vận', 20),
      ('people_council', 'Hội đồng nhân dân', 30),
      ('people_committee', 'Ủy ban nhân dân', 31),
      ('front', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 40),
      ('mass_org', 'Tổ chức chính trị - xã hội', 41),
      ('agency', 'Cơ quan, đơn vị', 50),
      ('enterprise', 'Doanh nghiệp', 60),
      ('armed_forces', 'Lực lượng vũ trang', 70)`.execute(db);
}
