import type { Command } from 'commander';
import type { QuoteRow } from '../store/queries/quotes.js';
import { setExitCode } from './io.js';
import { dateOption, filterText } from './options.js';
import { cutAndCount, type FormatOptions, formatOf, printRows } from './rows-output.js';
import { type DbOptions, positiveInt, storeOptions, withStore } from './store-command.js';

export interface QuotesOptions extends DbOptions, FormatOptions {
  readonly speaker?: string;
  readonly about?: string;
  readonly from?: string;
  readonly to?: string;
  readonly outlet?: string;
  readonly text?: string;
  readonly limit: number;
  readonly collapse?: boolean;
}

export async function runQuotes(options: QuotesOptions): Promise<number> {
  return withStore('quotes', { db: options.db }, async (store) => {
    const rows = await store.quotes({ ...options, limit: options.limit + 1 });
    await printRows<QuoteRow>(
      await cutAndCount(rows, options.limit, () => store.countQuotes(options)),
      [
        { key: 'said' },
        { key: 'speaker', width: 24 },
        { key: 'cue', width: 16 },
        { key: 'quote', width: 90 },
        { key: 'source', width: 24 },
        { key: 'article' },
        { key: 'doc_id', width: 40 },
        { key: 'outlet', width: 20 },
      ],
      formatOf(options),
      'quotes',
    );
    return 0;
  });
}

export function registerQuotes(program: Command): void {
  const command = program
    .command('quotes')
    .description('who said what: stored attributions, filtered, in date order')
    .option('--speaker <name>', 'said by this entity (full name, last name or entity id)', filterText('--speaker'))
    .option('--about <entity>', 'mentioning this entity inside the quote', filterText('--about'))
    .option('--from <YYYY-MM-DD>', 'said on or after', dateOption('--from'))
    .option('--to <YYYY-MM-DD>', 'said on or before', dateOption('--to'))
    .option('--outlet <name>', 'published by this outlet', filterText('--outlet'))
    .option('--text <words>', 'the quote contains these words', filterText('--text'))
    .option('--limit <n>', 'at most this many', positiveInt, 100)
    .option('--collapse', 'quotes of one article per near-duplicate group (a wire story once, not once per outlet)');
  storeOptions(command).action(async (options: QuotesOptions) => {
    setExitCode(await runQuotes(options));
  });
}
