import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/server/db/database.js';
import { migratorTables, type Placement, tablePlacement } from '../src/server/db/distribution.js';
import { createTestDatabase } from './support/db.js';

/*
 * The rules Citus needs to distribute the schema on `province_id` (../shared/DESIGN.md), read from the
 * migrated database's catalog rather than promised: a migration that breaks one fails here, long before
 * anyone tries a Citus cluster. The same catalog queries run on PGlite and PostgreSQL.
 */

interface Catalog {
  tables: string[];
  primaryKeys: Map<string, string[]>;
  foreignKeys: { name: string; from: string; to: string; pairs: [string, string][] }[];
  uniqueKeys: { name: string; table: string; columns: string[] }[];
}

async function readCatalog(database: Database, schema: string): Promise<Catalog> {
  const tables = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = ${schema} and c.relkind in ('r', 'p')`.execute(database.db);
  const pks = await sql<{ table: string; columns: string[] }>`
    select c.relname as table, array_agg(a.attname::text order by k.ord) as columns
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    cross join unnest(con.conkey) with ordinality k(attnum, ord)
    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
    where n.nspname = ${schema} and con.contype = 'p'
    group by c.relname`.execute(database.db);
  const fks = await sql<{ name: string; from: string; to: string; pairs: [string, string][] }>`
    select con.conname as name, c.relname as from, r.relname as to,
      array_agg(array[a.attname::text, ra.attname::text] order by k.ord) as pairs
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_class r on r.oid = con.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    cross join unnest(con.conkey, con.confkey) with ordinality k(attnum, fattnum, ord)
    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
    join pg_attribute ra on ra.attrelid = con.confrelid and ra.attnum = k.fattnum
    where n.nspname = ${schema} and con.contype = 'f'
    group by con.conname, c.relname, r.relname`.execute(database.db);
  // Unique indexes too, not only constraints: `create unique index` is the common form here. An
  // expression column (attnum 0) has no name and so never counts as province_id.
  const uniques = await sql<{ name: string; table: string; columns: string[] }>`
    select ic.relname as name, t.relname as table,
      array(select a.attname::text from unnest(i.indkey::int2[]) k(attnum)
            join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum) as columns
    from pg_index i
    join pg_class t on t.oid = i.indrelid
    join pg_class ic on ic.oid = i.indexrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = ${schema} and i.indisunique`.execute(database.db);
  return {
    tables: tables.rows.map((r) => r.name).sort(),
    primaryKeys: new Map(pks.rows.map((r) => [r.table, r.columns])),
    foreignKeys: fks.rows,
    uniqueKeys: uniques.rows,
  };
}

type Placements = Record<string, Placement>;

/** Each rule as a list of what breaks it, so a failure names the table and the key. */
function violations(catalog: Catalog, placement: Placements, unlisted: readonly string[]) {
  const isDistributed = (t: string) => placement[t] === 'distributed';
  return {
    unlisted: catalog.tables.filter((t) => !(t in placement) && !unlisted.includes(t)),
    missing: Object.keys(placement).filter((t) => !catalog.tables.includes(t)),
    primaryKey: Object.keys(placement)
      .filter(isDistributed)
      .filter((t) => catalog.primaryKeys.get(t)?.[0] !== 'province_id')
      .map((t) => `${t} (${catalog.primaryKeys.get(t)?.join(', ') ?? 'no primary key'})`),
    // Citus joins two distributed tables' shards only on the distribution column.
    foreignKey: catalog.foreignKeys
      .filter((fk) => isDistributed(fk.from) && isDistributed(fk.to))
      .filter((fk) => !fk.pairs.some(([a, b]) => a === 'province_id' && b === 'province_id'))
      .map((fk) => `${fk.name}: ${fk.from} → ${fk.to}`),
    // A reference table sits whole on every node; a distributed row it pointed at would not.
    referenceToDistributed: catalog.foreignKeys
      .filter((fk) => !isDistributed(fk.from) && isDistributed(fk.to))
      .map((fk) => `${fk.name}: ${fk.from} → ${fk.to}`),
    // A shard can enforce uniqueness only among its own rows, that is within one province.
    uniqueKey: catalog.uniqueKeys
      .filter((u) => isDistributed(u.table) && !u.columns.includes('province_id'))
      .map((u) => `${u.name} on ${u.table}`),
  };
}

const none = {
  unlisted: [],
  missing: [],
  primaryKey: [],
  foreignKey: [],
  referenceToDistributed: [],
  uniqueKey: [],
};

describe('Citus placement of the schema', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('lists every table, keys distributed tables on province_id and links them only through it', async () => {
    const catalog = await readCatalog(database, 'public');
    expect(violations(catalog, tablePlacement, migratorTables)).toEqual(none);
  });

  it('names each kind of break in a schema made to break every rule', async () => {
    // Proof the checks bite: a scratch schema with one break of each rule, read the same way.
    await sql`create schema citus_probe`.execute(database.db);
    await sql`create table citus_probe.parent (province_id uuid, id uuid, code text,
      primary key (id, province_id))`.execute(database.db);
    await sql`create unique index parent_code on citus_probe.parent (code)`.execute(database.db);
    await sql`create table citus_probe.child (province_id uuid, id uuid, parent_id uuid,
      primary key (province_id, id))`.execute(database.db);
    await sql`alter table citus_probe.child add constraint child_parent
      foreign key (parent_id, province_id) references citus_probe.parent (id, province_id)`.execute(
      database.db,
    );
    await sql`alter table citus_probe.child add constraint child_parent_crossed
      foreign key (province_id, parent_id) references citus_probe.parent (id, province_id)`.execute(
      database.db,
    );
    await sql`create table citus_probe.kind (code text primary key, child_province uuid, child_id uuid,
      foreign key (child_province, child_id) references citus_probe.child (province_id, id))`.execute(
      database.db,
    );
    await sql`create table citus_probe.forgotten (id uuid primary key)`.execute(database.db);
    const catalog = await readCatalog(database, 'citus_probe');
    const placement: Placements = {
      parent: 'distributed',
      child: 'distributed',
      kind: 'reference',
      gone: 'reference',
    };
    expect(violations(catalog, placement, [])).toEqual({
      unlisted: ['forgotten'],
      missing: ['gone'],
      primaryKey: ['parent (id, province_id)'],
      // The first carries province_id to province_id; the second crosses it with the id.
      foreignKey: ['child_parent_crossed: child → parent'],
      referenceToDistributed: ['kind_child_province_child_id_fkey: kind → child'],
      uniqueKey: ['parent_code on parent'],
    });
  });
});
