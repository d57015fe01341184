import { type Kysely, sql } from 'kysely';

// The overdue list shows a province's open petitions newest first: walked in that order, its first page
// stops after 50 rows instead of sorting every open petition. Only open ones: for a rare finished status
// the walk would pass 100,000 rows before finding 50, where the (province, status, …) index is better.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index petition_open_recent on petition (province_id, received_at desc, id desc)
    where status in ('received', 'classified', 'accepted')`.execute(db);
}
