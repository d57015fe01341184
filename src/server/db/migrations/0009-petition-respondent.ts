import { type Kysely, sql } from 'kysely';

// The body a petition is about: whose decision or act is complained of, who manages the accused, who is
// in charge of the matter. Competence and routing are suggested from it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table petition add column respondent_org_id uuid references organization(id)`.execute(db);
}
