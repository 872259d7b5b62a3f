import type { ListedPair, PairFilter } from '../doc/contradiction.js';
import { setExitCode } from './io.js';
import { type DbOptions, withStore } from './store-command.js';

/** The options of `dateline contradictions`. */
export interface ContradictionsOptions extends DbOptions, PairFilter {
  readonly json?: boolean;
  readonly date?: string;
}

/** The pairs stored with the articles (`ingest` keeps each article's contradictions). */
export async function storedPairs(options: ContradictionsOptions): Promise<ListedPair[]> {
  let pairs: ListedPair[] = [];
  const status = await withStore('contradictions', { db: options.db }, async (store) => {
    pairs = await store.contradictions(options);
    return 0;
  });
  if (status !== 0) setExitCode(status);
  return pairs;
}
