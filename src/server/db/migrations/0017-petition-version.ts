import { type Kysely, sql } from 'kysely';

// Two officers who open one petition and act on it at once both read the same state; without a guard
// the second step overwrote the first (two forwards made two copies at the receiving unit). A step now
// saves only where the version it read is still there. The status alone is not enough: classify, assign
// and extend leave it unchanged, and a re-classification under an accept changes what the accept relied on.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table petition add column version integer not null default 0`.execute(db);
}
