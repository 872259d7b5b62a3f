import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { SplitOnRead } from './split-on-read.js';

/**
 * WordNet frame keys of common noun and verb lemmas (built by `npm run build:synonyms`): the
 * synsets of a lemma's first senses, their near hypernyms and those synsets' one-word lemmas.
 * Two lemmas fill the same slot of a claim's frame when one is a key of the other or their
 * keys meet ("troop" and "force" both reach `force`).
 */
export interface Synonyms {
  readonly nouns: ReadonlyMap<string, readonly string[]>;
  readonly verbs: ReadonlyMap<string, readonly string[]>;
}

export const SYNONYMS_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'synonyms.tsv.gz');

/** File: gzip of lines `n|v <TAB> lemma <TAB> key key …`, sorted. */
export function writeSynonyms(s: Synonyms, path = SYNONYMS_PATH): void {
  const lines: string[] = [];
  for (const [tag, map] of [
    ['n', s.nouns],
    ['v', s.verbs],
  ] as const) {
    for (const lemma of [...map.keys()].sort()) lines.push(`${tag}\t${lemma}\t${(map.get(lemma) ?? []).join(' ')}`);
  }
  writeFileSync(path, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
}

let cached: Synonyms | undefined;

/** The committed table; an empty one when the file is missing (words then match only themselves). */
export function loadSynonyms(path = SYNONYMS_PATH): Synonyms {
  if (path === SYNONYMS_PATH && cached) return cached;
  // each lemma's keys split when first asked for (`split-on-read.ts`)
  const nouns = new SplitOnRead();
  const verbs = new SplitOnRead();
  if (existsSync(path)) {
    for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
      const [tag, lemma, keys] = line.split('\t');
      if (!lemma || keys === undefined) continue;
      (tag === 'v' ? verbs : nouns).set(lemma, keys);
    }
  }
  const table = { nouns, verbs };
  if (path === SYNONYMS_PATH) cached = table;
  return table;
}

/** frameKeys of the lemmas a table holds, made once per table (bounded by the table's size). */
const keysOf = new WeakMap<Synonyms, Map<string, string[]>>();

/**
 * The keys a lemma stands for: itself, and its WordNet keys as a noun and as a verb. The
 * array of a lemma the table holds is shared between calls: read it, never change it.
 */
export function frameKeys(table: Synonyms, lemma: string): string[] {
  const noun = table.nouns.get(lemma);
  const verb = table.verbs.get(lemma);
  if (noun === undefined && verb === undefined) return [lemma];
  let cache = keysOf.get(table);
  if (cache === undefined) {
    cache = new Map();
    keysOf.set(table, cache);
  }
  let keys = cache.get(lemma);
  if (keys === undefined) {
    keys = [lemma, ...(noun ?? []), ...(verb ?? [])];
    cache.set(lemma, keys);
  }
  return keys;
}
