import { type Kysely, sql } from 'kysely';

// A key alone used to replay its first answer to anyone who sent it again, whatever the body: another
// sender reusing a key got the first sender's tracking code. The key is now bound to the hash of the
// request it first came with. Keys stored before have no hash and never replay (a 422 leaks nothing).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table idempotency_key add column request_hash text`.execute(db);
}
