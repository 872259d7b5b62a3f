import { PgBoss } from 'pg-boss';
import { storeError } from '../store/db-errors.js';
import { BOSS_SCHEMA, type QueueLocation } from './location.js';

/** What a pg-boss instance does besides sending and fetching. */
export interface BossRole {
  /**
   * Seconds between two looks for jobs whose lease ran out (a worker killed mid-job): those
   * go back to the queue to be retried. Only workers supervise; 0 leaves it to them.
   */
  readonly superviseSeconds: number;
  /** Called with errors pg-boss meets in the background (a lost connection): it reconnects by itself. */
  readonly onError?: (error: Error) => void;
}

/**
 * Starts pg-boss on the queue's database (installing or migrating its schema `pgboss` the
 * first time, under pg-boss's own lock, so workers may start together) and makes sure the
 * queue exists. A database that cannot be reached is E_DB_CONNECT.
 */
export async function openBoss(location: QueueLocation, role: BossRole): Promise<PgBoss> {
  const supervise = role.superviseSeconds > 0;
  const boss = new PgBoss({
    connectionString: location.url,
    schema: BOSS_SCHEMA,
    application_name: 'dateline',
    max: 3,
    connectionTimeoutMillis: 5_000,
    schedule: false,
    supervise,
    registerInstance: false,
    ...(supervise && { superviseIntervalSeconds: role.superviseSeconds, monitorIntervalSeconds: role.superviseSeconds }),
  });
  // Without a listener an 'error' event would end the process; pg-boss keeps going after it.
  boss.on('error', (error) => role.onError?.(error));
  try {
    await boss.start();
    if (!(await boss.getQueue(location.queue))) await boss.createQueue(location.queue);
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw storeError(error, location.display);
  }
  return boss;
}
