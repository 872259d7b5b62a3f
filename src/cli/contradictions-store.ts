import type { ListedPair } from '../stages/contradictions/listing.js';
import type { ContradictionsOptions } from './contradictions.js';
import { withStore } from './store-command.js';

/** The pairs stored with the articles (`ingest` keeps each article's contradictions). */
export async function storedPairs(options: ContradictionsOptions): Promise<ListedPair[]> {
  let pairs: ListedPair[] = [];
  const status = await withStore('contradictions', { db: options.db }, async (store) => {
    pairs = await store.contradictions(options);
    return 0;
  });
  if (status !== 0) process.exitCode = status;
  return pairs;
}
