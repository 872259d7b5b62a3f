import type { PgBoss } from 'pg-boss';
import { BOSS_SCHEMA, type QueueLocation } from './location.js';

/** pg-boss's job states, in its order. */
export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** A job that ran out of retries: which document, and the error of its last try. */
export interface FailedJob {
  readonly id: string;
  readonly doc: string;
  readonly retries: number;
  readonly code: string;
  readonly message: string;
  readonly failedAt: string;
}

/*
 * Read straight from pg-boss's job table (`pgboss.job`, partitioned by queue name): its
 * cached queue statistics may lag by a minute, and a worker deciding whether anything is
 * left, or a person asking, needs the counts as they are.
 */

/** Jobs still to do: queued, waiting for a retry, or held by a worker. */
export async function remainingJobs(boss: PgBoss, location: QueueLocation): Promise<number> {
  const { rows } = await boss
    .getDb()
    .executeSql(`select count(*)::int as n from ${BOSS_SCHEMA}.job where name = $1 and state in ('created', 'retry', 'active')`, [
      location.queue,
    ]);
  return Number(rows[0]?.n ?? 0);
}

/** How many jobs are in each state (every state present, 0 when none). */
export async function jobCounts(boss: PgBoss, location: QueueLocation): Promise<Record<JobState, number>> {
  const { rows } = await boss
    .getDb()
    .executeSql(`select state::text as state, count(*)::int as n from ${BOSS_SCHEMA}.job where name = $1 group by state`, [location.queue]);
  const counts = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
  for (const row of rows as { state: JobState; n: number }[]) counts[row.state] = Number(row.n);
  return counts;
}

/** The failed jobs, most recent first: job id, document id, the error of the last try. */
export async function failedJobs(boss: PgBoss, location: QueueLocation, limit: number): Promise<FailedJob[]> {
  const { rows } = await boss.getDb().executeSql(
    `select id::text as id, data->'doc'->>'id' as doc, retry_count as retries, output, coalesce(completed_on, created_on) as failed_at
       from ${BOSS_SCHEMA}.job where name = $1 and state = 'failed'
      order by coalesce(completed_on, created_on) desc, id limit $2`,
    [location.queue, limit],
  );
  return (rows as { id: string; doc: string | null; retries: number; output: unknown; failed_at: Date | string }[]).map((r) => {
    const output = (typeof r.output === 'object' && r.output !== null ? r.output : {}) as { code?: unknown; message?: unknown };
    return {
      id: r.id,
      doc: r.doc ?? '',
      retries: Number(r.retries),
      code: typeof output.code === 'string' ? output.code : 'E_INTERNAL',
      message: typeof output.message === 'string' ? output.message : JSON.stringify(r.output),
      failedAt: new Date(r.failed_at).toISOString(),
    };
  });
}
