import { type Kysely, sql } from 'kysely';

// The working-day calendar an administrator keeps: the days off the Prime Minister decides each year
// (Tết, 2/9, swaps) and switches for holidays not yet in force. The decided years 2025–2026 ship in
// code (src/domain/holidays-vn.ts); a row here replaces the shipped or computed days of its year.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table calendar_year (
      year int primary key check (year between 1990 and 2100),
      days_off jsonb not null,
      working_days jsonb not null,
      basis text not null,
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table app_setting (
      key text primary key,
      value jsonb not null,
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now()
    )`.execute(db);
}
