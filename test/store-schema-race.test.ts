import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { Store } from '../src/store/store.js';
import { DIALECTS, freshStore, PG_URL } from './support/stores.js';

/**
 * A store on a PostgreSQL server that other clients use: opening (and migrating) a store must
 * not depend on the rest of the database. Kysely's whole-database introspection failed with
 * E_DB `schema "…" does not exist` when another client dropped a schema meanwhile (found by
 * the query fuzz test with test files side by side). Here one client keeps creating and
 * dropping schemas with tables while stores are created, migrated and opened again.
 */
describe.runIf(DIALECTS.includes('postgres'))('opening stores while another client drops schemas (postgres)', () => {
  it('migrates and opens every store, whatever the other schemas do', async () => {
    const churn = new pg.Client({ connectionString: PG_URL });
    await churn.connect();
    let running = true;
    const others = (async () => {
      for (let i = 0; running; i++) {
        const name = `dl_churn_${process.pid}_${i}`;
        await churn.query(`create schema "${name}"`);
        await churn.query(`create table "${name}".t (a int, b text, c int)`);
        await churn.query(`drop schema "${name}" cascade`);
      }
    })();
    const failures: string[] = [];
    try {
      for (let i = 0; i < 12; i++) {
        const place = freshStore('postgres');
        try {
          const store = await Store.open({ db: place.db, write: true });
          await store.close();
          await (await Store.open({ db: place.db })).close();
        } catch (error) {
          failures.push(String(error));
        } finally {
          await place.drop();
        }
      }
    } finally {
      running = false;
      await others;
      await churn.end();
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
