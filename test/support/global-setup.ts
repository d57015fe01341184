import pg from 'pg';

/** In the PostgreSQL run the server must be there: a missing server fails the run, it is not skipped. */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (err) {
    throw new Error(`PostgreSQL at ${url} is not reachable: ${String(err)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
