import { type Kysely, sql } from 'kysely';

// Reminders before a deadline and the escalation of an overdue petition to the unit's leaders. One row
// per (petition, user, kind, due date): a second run of the scheduler on the same day adds nothing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table notification (
      province_id uuid not null,
      id uuid not null,
      user_id uuid not null references app_user(id),
      petition_id uuid not null,
      kind text not null check (kind in ('due_soon', 'overdue', 'escalated')),
      due_on date not null,
      message text not null,
      created_at timestamptz not null default now(),
      read_at timestamptz,
      primary key (province_id, id)
    )`.execute(db);
  await sql`create unique index notification_once on notification (province_id, petition_id, user_id, kind, due_on)`.execute(
    db,
  );
  await sql`create index notification_user on notification (user_id, read_at, created_at desc)`.execute(db);
}
