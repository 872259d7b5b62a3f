import type { Command } from 'commander';
import type { TimelineRow } from '../store/queries/timeline.js';
import { setExitCode } from './io.js';
import { dateOption } from './options.js';
import { cutAndCount, type FormatOptions, formatOf, printRows } from './rows-output.js';
import { type DbOptions, positiveInt, storeOptions, withStore } from './store-command.js';

export interface TimelineOptions extends DbOptions, FormatOptions {
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
}

export async function runTimeline(entity: string, options: TimelineOptions): Promise<number> {
  return withStore('timeline', { db: options.db }, async (store) => {
    const query = { entity, from: options.from, to: options.to };
    const rows = await store.timeline({ ...query, limit: options.limit + 1 });
    await printRows<TimelineRow>(
      await cutAndCount(rows, options.limit, () => store.countTimeline(query)),
      [{ key: 'date' }, { key: 'kind' }, { key: 'who', width: 24 }, { key: 'text', width: 90 }, { key: 'doc_id', width: 40 }],
      formatOf(options),
      'timeline',
    );
    return 0;
  });
}

export function registerTimeline(program: Command): void {
  const command = program
    .command('timeline')
    .description("an entity's dated statements (said by it or mentioning it) and events, ordered by normalised date")
    .argument('<entity>', 'a name (full or last name) or an entity id')
    .option('--from <YYYY-MM-DD>', 'on or after', dateOption('--from'))
    .option('--to <YYYY-MM-DD>', 'on or before', dateOption('--to'))
    .option('--limit <n>', 'at most this many', positiveInt, 200);
  storeOptions(command).action(async (entity: string, options: TimelineOptions) => {
    setExitCode(await runTimeline(entity, options));
  });
}
