import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Token } from '../../doc/layers.js';

/**
 * WordNet supersenses (lexicographer files) of verb and noun lemmas: "say" → verb.communication,
 * "believe" → verb.cognition, "official" → noun.person. Numbers are WordNet's own
 * (29–43 verbs, 3–28 nouns); 0 is none. Built by `npm run build:supersenses`.
 */
export interface Supersenses {
  readonly verbs: ReadonlyMap<string, readonly number[]>;
  readonly nouns: ReadonlyMap<string, readonly number[]>;
}

/** How many distinct supersenses are kept per lemma, most frequent sense first. */
export const SENSES_PER_LEMMA = 3;

/** `models/supersenses.tsv.gz` at the package root (works from src/ under tsx and from dist/). */
export const SUPERSENSES_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'supersenses.tsv.gz');

/** File: gzip of lines `v|n <TAB> lemma <TAB> file,file,…`, sorted. */
export function writeSupersenses(s: Supersenses, path = SUPERSENSES_PATH): void {
  const lines: string[] = [];
  for (const [tag, map] of [
    ['v', s.verbs],
    ['n', s.nouns],
  ] as const) {
    for (const lemma of [...map.keys()].sort()) lines.push(`${tag}\t${lemma}\t${(map.get(lemma) as number[]).join(',')}`);
  }
  writeFileSync(path, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
}

let cached: Supersenses | null | undefined;

/** The committed table (null when the file is missing: the features are then left out). */
export function loadSupersenses(path = SUPERSENSES_PATH): Supersenses | null {
  if (path === SUPERSENSES_PATH && cached !== undefined) return cached;
  let table: Supersenses | null = null;
  if (existsSync(path)) {
    const verbs = new Map<string, number[]>();
    const nouns = new Map<string, number[]>();
    for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
      const [tag, lemma, files] = line.split('\t');
      if (lemma === undefined || files === undefined) continue;
      (tag === 'v' ? verbs : nouns).set(lemma, files.split(',').map(Number));
    }
    table = { verbs, nouns };
  }
  if (path === SUPERSENSES_PATH) cached = table;
  return table;
}

const NONE: readonly number[] = [];

/**
 * Per token, up to SENSES_PER_LEMMA supersenses (`out[i * SENSES_PER_LEMMA + k]`, 0 for
 * none) of its lemma, looked up as a verb for verbs and auxiliaries, as a noun for nouns.
 */
export function tokenSupersenses(tokens: readonly Token[], table: Supersenses | null): Uint8Array {
  const out = new Uint8Array(tokens.length * SENSES_PER_LEMMA);
  if (table === null) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const lemma = t.lemma.toLowerCase();
    const files = t.pos === 'VERB' ? (table.verbs.get(lemma) ?? NONE) : t.pos === 'NOUN' ? (table.nouns.get(lemma) ?? NONE) : NONE;
    for (let k = 0; k < files.length && k < SENSES_PER_LEMMA; k++) out[i * SENSES_PER_LEMMA + k] = files[k] as number;
  }
  return out;
}
