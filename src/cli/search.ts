import type { Command } from 'commander';
import type { SearchRow } from '../store/queries/search.js';
import { setExitCode } from './io.js';
import { cutAndCount, type FormatOptions, formatOf, printRows } from './rows-output.js';
import { type DbOptions, positiveInt, storeOptions, withStore } from './store-command.js';

export interface SearchOptions extends DbOptions, FormatOptions {
  readonly limit: number;
  readonly collapse?: boolean;
}

export async function runSearch(words: readonly string[], options: SearchOptions): Promise<number> {
  return withStore('search', { db: options.db }, async (store) => {
    const text = words.join(' ');
    const rows = await store.search(text, options.limit + 1, options.collapse === true);
    await printRows<SearchRow>(
      await cutAndCount(rows, options.limit, () => store.countSearch(text, options.collapse === true)),
      [{ key: 'article' }, { key: 'date' }, { key: 'doc_id', width: 40 }, { key: 'snippet', width: 100 }],
      formatOf(options),
      'search',
    );
    return 0;
  });
}

export function registerSearch(program: Command): void {
  const command = program
    .command('search')
    .description(
      'full-text search of stored articles, most query terms first, then newest (docs/search.md): the same hits and order on SQLite and PostgreSQL',
    )
    .argument('<words...>', 'words every hit contains; "a phrase", a OR b, -excluded (docs/search.md)')
    .option('--limit <n>', 'at most this many', positiveInt, 20)
    .option('--collapse', 'one hit per near-duplicate group (the same wire story in several outlets)');
  storeOptions(command).action(async (words: string[], options: SearchOptions) => {
    setExitCode(await runSearch(words, options));
  });
}
