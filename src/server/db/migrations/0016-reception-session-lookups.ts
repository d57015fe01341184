import { type Kysely, sql } from 'kysely';

// The leaders' schedule counted visits per session by scanning every visit of the province for each
// session (no index on session_id): the sessions list of a month took 0,4–0,9 s on the demo, the
// compliance view seconds. Visits under a session are found by (province_id, session_id); most visits
// have no session, so the index leaves them out. Compliance counts each rule's held sessions of a period
// by (rule_id, planned_on), which also serves the foreign key from reception_session to reception_rule.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index reception_visit_session on reception_visit (province_id, session_id)
    where session_id is not null`.execute(db);
  await sql`create index reception_session_rule on reception_session (rule_id, planned_on)`.execute(db);
}
