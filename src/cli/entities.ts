import type { Command } from 'commander';
import type { EntityRow } from '../store/queries/entities.js';
import { setExitCode } from './io.js';
import { filterText } from './options.js';
import { cutAndCount, type FormatOptions, formatOf, printRows } from './rows-output.js';
import { type DbOptions, oneOf, positiveInt, storeOptions, withStore } from './store-command.js';

export interface EntitiesOptions extends DbOptions, FormatOptions {
  readonly type?: string;
  readonly name?: string;
  readonly limit: number;
}

interface EntityLine extends EntityRow {
  readonly role_history: string;
}

export async function runEntities(options: EntitiesOptions): Promise<number> {
  return withStore('entities', { db: options.db }, async (store) => {
    const cut = await cutAndCount(await store.entities({ ...options, limit: options.limit + 1 }), options.limit, () =>
      store.countEntities(options),
    );
    const rows = cut.rows;
    const format = formatOf(options);
    if (format === 'json') {
      await printRows({ ...cut, rows }, [], format, 'entities');
      return 0;
    }
    const lines: EntityLine[] = rows.map((r) => ({
      ...r,
      role_history: r.roles.map((role) => `${role.role} (${role.first ?? '?'}…${role.last ?? '?'})`).join('; '),
    }));
    await printRows<EntityLine>(
      { ...cut, rows: format === 'csv' ? lines.map((l) => ({ ...l, roles: undefined }) as unknown as EntityLine) : lines },
      [
        { key: 'id' },
        { key: 'type' },
        { key: 'name', width: 32 },
        { key: 'mentions' },
        { key: 'articles' },
        { key: 'first_seen' },
        { key: 'last_seen' },
        { key: 'role_history', width: 60 },
      ],
      format,
      'entities',
    );
    return 0;
  });
}

export function registerEntities(program: Command): void {
  const command = program
    .command('entities')
    .description('who and what the store knows across articles, most mentioned first, with roles over time')
    .option('--type <type>', 'PERSON, ORG, GPE, LOC, NORP or OTHER', oneOf('--type', ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER']))
    .option('--name <name>', 'only the entities this name refers to', filterText('--name'))
    .option('--limit <n>', 'at most this many', positiveInt, 20);
  storeOptions(command).action(async (options: EntitiesOptions) => {
    setExitCode(await runEntities(options));
  });
}
