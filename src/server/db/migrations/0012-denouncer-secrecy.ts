import { type Kysely, sql } from 'kysely';

// A visit at which a denunciation is received names the denouncer as surely as the petition does: its
// citizens are sealed like the petition's sender (Luật Tố cáo 2018, Điều 47) and only a placeholder stays
// in `citizens`, so the logbook, its search and the matter lookup by ID number find nothing of him.
//
// The tracking code alone opened the rating (and so the closing) of a petition to anyone who had seen or
// guessed it: the sender now also holds a PIN, kept as a keyed hash, with a count of wrong tries.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reception_visit add column citizens_secret text`.execute(db);
  await sql`alter table petition add column sender_pin_hash text`.execute(db);
  await sql`alter table petition add column pin_failures integer not null default 0`.execute(db);
}
