import type { DB } from './schema.js';

/**
 * Where each table would live on Citus (distributed PostgreSQL), the scale-out planned for a national
 * roll-out (../shared/DESIGN.md). Listed here, once, so that the catalog test (test/citus.test.ts) can
 * hold the schema to the rules Citus needs, and so that adding a table forces a decision: the type
 * below stops compiling when a table of `DB` is missing, and the test fails when the database has a
 * table that is not listed.
 *
 * - `distributed`: grows with the province's activity; sharded on `province_id`, which leads its
 *   primary key, and every foreign key to another distributed table carries it, so a province's rows
 *   and their joins stay on one node.
 * - `reference`: small or rarely written; copied whole to every node, so any shard joins it locally.
 *   A write goes to every node, which is why nothing written per petition or per visit belongs here.
 */
export type Placement = 'distributed' | 'reference';

export const tablePlacement = {
  // The province's work: unbounded, always read within one province.
  petition: 'distributed',
  petition_event: 'distributed',
  petition_attachment: 'distributed',
  notification: 'distributed',
  matter: 'distributed',
  reception_session: 'distributed',
  reception_visit: 'distributed',
  // One hash chain per province, so appending never locks across nodes.
  audit_log: 'distributed',

  // The country's units (a few thousand communes and their villages), read by nearly every join.
  admin_unit: 'reference',
  admin_unit_kind: 'reference',
  organization: 'reference',
  organization_kind: 'reference',
  // Staff accounts and grants: tens of thousands at most, written when an administrator edits them.
  app_user: 'reference',
  user_grant: 'reference',
  // A leader's reception duty per unit: a few rows per unit, edited a few times a year; sessions
  // (distributed) point at it, which Citus allows only towards a reference table.
  reception_rule: 'reference',
  // Written once a year by an administrator; every deadline computation reads it.
  calendar_year: 'reference',
  app_setting: 'reference',
  // Written at sign-in and sign-out, read by every request on any node; a session has no province
  // (a national account spans them all).
  user_session: 'reference',
  // Written only on a failed login and pruned by age, so it stays small; keyed by account, not province.
  login_throttle: 'reference',
  // Written per portal submission that carries a key, and never pruned: it is here because the key is
  // checked before the unit (and so the province) is known. It should be pruned to a retry window.
  idempotency_key: 'reference',
  // The petitions changed since the reminder job last ran: a queue by province, like the petitions.
  reminder_pending: 'distributed',
  // One row per job (the day and horizon it has covered).
  reminder_run: 'reference',
} as const satisfies Record<keyof DB, Placement>;

/**
 * Kysely's own bookkeeping: not part of the model, kept as plain tables on the coordinator, where the
 * migrator runs.
 */
export const migratorTables = ['schema_migration', 'kysely_migration_lock'] as const;

export const distributedTables = Object.entries(tablePlacement)
  .filter(([, p]) => p === 'distributed')
  .map(([t]) => t);

export const referenceTables = Object.entries(tablePlacement)
  .filter(([, p]) => p === 'reference')
  .map(([t]) => t);
