import { type Kysely, sql } from 'kysely';

// A petition forwarded to another unit of the system arrives there as a petition of its own, on the
// same matter; the two rows point at each other so each side can follow the other. No foreign key:
// the two may sit in different provinces (different Citus shards).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table petition add column forwarded_from_id uuid`.execute(db);
  await sql`alter table petition add column forwarded_to_id uuid`.execute(db);
  // The receiving unit's officers are told a forwarded petition has arrived.
  await sql`alter table notification drop constraint notification_kind_check`.execute(db);
  await sql`alter table notification add constraint notification_kind_check
    check (kind in ('due_soon', 'overdue', 'escalated', 'forwarded'))`.execute(db);
}
