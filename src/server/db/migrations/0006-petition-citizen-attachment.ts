import { type Kysely, sql } from 'kysely';

// A signed-in citizen sees the petitions he sent; attachments (scans, photos) are stored with their
// petition. Files live in the database so that backup/restore and Citus placement keep them with
// their row; the size limit keeps that reasonable.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table petition add column citizen_user_id uuid references app_user(id)`.execute(db);
  await sql`create index petition_citizen on petition (citizen_user_id) where citizen_user_id is not null`.execute(
    db,
  );
  await sql`
    create table petition_attachment (
      province_id uuid not null,
      petition_id uuid not null,
      id uuid not null,
      file_name text not null,
      mime_type text not null,
      size_bytes int not null check (size_bytes > 0),
      sha256 text not null,
      data bytea not null,
      uploaded_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      primary key (province_id, petition_id, id)
    )`.execute(db);
}
