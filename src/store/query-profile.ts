import type { LogEvent } from 'kysely';

/**
 * `DATELINE_SQL_PROFILE=1`: time spent per kind of statement (its first words), printed
 * on stderr when the store closes. For finding what slows an ingest or a question.
 */
export class QueryProfile {
  readonly #times = new Map<string, { ms: number; count: number }>();

  static fromEnv(env: NodeJS.ProcessEnv = process.env): QueryProfile | undefined {
    return env.DATELINE_SQL_PROFILE ? new QueryProfile() : undefined;
  }

  readonly log = (event: LogEvent): void => {
    const key = event.query.sql.replace(/\s+/g, ' ').slice(0, 60);
    const entry = this.#times.get(key) ?? { ms: 0, count: 0 };
    entry.ms += event.queryDurationMillis;
    entry.count++;
    this.#times.set(key, entry);
  };

  report(): string {
    return [...this.#times]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 25)
      .map(([sql, t]) => `${t.ms.toFixed(0).padStart(8)} ms ${String(t.count).padStart(7)}× ${sql}`)
      .join('\n');
  }
}
