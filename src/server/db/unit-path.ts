import { sql } from 'kysely';
import type { Db } from './database.js';

/**
 * Tables that copy their unit's ltree path into `unit_path`, so that the scope predicate on a large
 * table needs no join. When a subtree moves, every copy moves with it in the same transaction: a module
 * that adds such a table lists it here. The audit log is not listed: it is append-only, and its rows
 * keep the path they were written under, as history.
 */
export const tablesWithUnitPath = ['matter', 'reception_session', 'reception_visit', 'petition'] as const;

/** Re-roots the copies under `oldPath` beneath `newParentPath`; a unit keeps its own path label. */
export async function repathCopies(db: Db, oldPath: string, newParentPath: string): Promise<void> {
  for (const table of tablesWithUnitPath) {
    await sql`
      update ${sql.table(table)}
      set unit_path = ${newParentPath}::ltree || subpath(unit_path, nlevel(${oldPath}::ltree) - 1)
      where unit_path <@ ${oldPath}::ltree`.execute(db);
  }
}
