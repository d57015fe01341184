import { type Kysely, sql } from 'kysely';

// A reception officer looks up the matters a returning citizen came about: the visits of one matter,
// and the matters of one ID number, are read without scanning a province's visits.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index reception_visit_matter on reception_visit (province_id, matter_id)`.execute(db);
  await sql`create index reception_visit_citizens on reception_visit using gin (citizens jsonb_path_ops)`.execute(
    db,
  );
  await sql`create index matter_title on matter using gin (vn_fold(title) gin_trgm_ops)`.execute(db);
}
