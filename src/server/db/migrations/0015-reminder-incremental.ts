import { type Kysely, sql } from 'kysely';

// The deadline reminder job works on what changed since its last run instead of every open petition of
// the country (291,000 at 1 M petitions, 68 s and 320,000 statements an hour; 21–24 s of frozen event
// loop on PGlite at 100,000).
export async function up(db: Kysely<unknown>): Promise<void> {
  // Petitions whose reminders may have changed since the job last ran: new, accepted (the deadline
  // becomes the resolution one), assigned, extended, moved. A trigger fills it, so no writer of `petition`
  // can forget to; the job empties it in the same statement that sends, so a change committed while the
  // job runs waits for the next run instead of slipping between a read and a watermark.
  await sql`
    create table reminder_pending (
      province_id uuid not null,
      petition_id uuid not null,
      primary key (province_id, petition_id)
    )`.execute(db);
  await sql`
    create function petition_reminder_pending() returns trigger language plpgsql as $$
    begin
      insert into reminder_pending (province_id, petition_id) values (new.province_id, new.id)
        on conflict do nothing;
      return null;
    end $$`.execute(db);
  // Only open petitions have deadlines to remind of.
  await sql`
    create trigger petition_reminder_insert after insert on petition for each row
    when (new.status in ('received', 'classified', 'accepted'))
    execute function petition_reminder_pending()`.execute(db);
  await sql`
    create trigger petition_reminder_update
    after update of status, handler_id, handling_due_on, resolution_due_on, unit_path on petition for each row
    when (new.status in ('received', 'classified', 'accepted') and (
      old.status is distinct from new.status or old.handler_id is distinct from new.handler_id
      or old.handling_due_on is distinct from new.handling_due_on
      or old.resolution_due_on is distinct from new.resolution_due_on or old.unit_path is distinct from new.unit_path))
    execute function petition_reminder_pending()`.execute(db);

  // What the last run covered, per job: the next run looks only at deadlines that crossed a threshold
  // since (today, until), and at everything when the leaders (staff_digest) or the clock went back.
  await sql`
    create table reminder_run (
      job text primary key,
      today date not null,
      until_on date not null,
      staff_digest text not null,
      ran_at timestamptz not null default now()
    )`.execute(db);

  // The current deadline of an open petition (handling before acceptance, resolution after), with the key
  // after it so the job walks a range of deadlines in batches (keyset) without sorting. The expression
  // must stay written exactly as in notifications/reminders-sql.ts for the planner to use it.
  await sql`
    create index petition_open_due on petition (
      (case when status = 'accepted' then resolution_due_on else handling_due_on end), province_id, id)
    where status in ('received', 'classified', 'accepted')`.execute(db);
}
