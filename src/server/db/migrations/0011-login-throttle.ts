import { type Kysely, sql } from 'kysely';

// Wrong logins are counted per (address, account) and wrong TOTP codes per account, with a growing
// wait, instead of locking the account: a lock let anyone shut out any known account (the province
// leader's) with five wrong passwords. The key exists for unknown names too, so both answer alike.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table login_throttle (
      kind text not null check (kind in ('password', 'totp')),
      subject text not null,
      failures integer not null,
      last_failure_at timestamptz not null,
      primary key (kind, subject)
    )`.execute(db);
  // Old rows are pruned by age; without this index the prune reads the whole table.
  await sql`create index login_throttle_age on login_throttle (last_failure_at)`.execute(db);
  await sql`alter table app_user drop column failed_logins`.execute(db);
  await sql`alter table app_user drop column locked_until`.execute(db);
  // A TOTP code is good for one login (RFC 6238 §5.2): the last accepted time step, 30 s each.
  await sql`alter table app_user add column totp_last_step integer`.execute(db);
}
