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
  /** Per lemma, its supersenses packed six bits each, most frequent first (`unpack`). */
  readonly verbs: ReadonlyMap<string, number>;
  readonly nouns: ReadonlyMap<string, number>;
}

const BITS_PER_SENSE = 6;

/** Up to SENSES_PER_LEMMA lexicographer-file numbers in one integer. */
export function pack(files: readonly number[]): number {
  let packed = 0;
  for (let k = 0; k < files.length && k < SENSES_PER_LEMMA; k++) packed |= (files[k] as number) << (BITS_PER_SENSE * k);
  return packed;
}

/** The lexicographer-file numbers of a packed entry. */
export function unpack(packed: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < SENSES_PER_LEMMA; k++) {
    const f = (packed >>> (BITS_PER_SENSE * k)) & 63;
    if (f !== 0) out.push(f);
  }
  return out;
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
    for (const lemma of [...map.keys()].sort()) lines.push(`${tag}\t${lemma}\t${unpack(map.get(lemma) as number).join(',')}`);
  }
  writeFileSync(path, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
}

let cached: Supersenses | null | undefined;

/** The committed table (null when the file is missing: the features are then left out). */
export function loadSupersenses(path = SUPERSENSES_PATH): Supersenses | null {
  if (path === SUPERSENSES_PATH && cached !== undefined) return cached;
  let table: Supersenses | null = null;
  if (existsSync(path)) {
    const verbs = new Map<string, number>();
    const nouns = new Map<string, number>();
    const text = gunzipSync(readFileSync(path)).toString('utf8');
    // lines "v|n TAB lemma TAB f,f,f", read without splitting the whole file
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', at + 2);
      if (tab > at + 2 && tab < end) {
        let packed = 0;
        let k = 0;
        let f = 0;
        for (let i = tab + 1; i <= end; i++) {
          const c = i < end ? text.charCodeAt(i) : 44;
          if (c === 44) {
            packed |= f << (BITS_PER_SENSE * k++);
            f = 0;
          } else f = f * 10 + (c - 48);
        }
        (text.charCodeAt(at) === 118 ? verbs : nouns).set(text.slice(at + 2, tab), packed);
      }
      at = end + 1;
    }
    table = { verbs, nouns };
  }
  if (path === SUPERSENSES_PATH) cached = table;
  return table;
}

/**
 * Per token, up to SENSES_PER_LEMMA supersenses (`out[i * SENSES_PER_LEMMA + k]`, 0 for
 * none) of its lemma, looked up as a verb for verbs, as a noun for nouns.
 */
export function tokenSupersenses(tokens: readonly Token[], table: Supersenses | null): Uint8Array {
  const out = new Uint8Array(tokens.length * SENSES_PER_LEMMA);
  if (table === null) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const lemma = t.lemma.toLowerCase();
    const packed = t.pos === 'VERB' ? (table.verbs.get(lemma) ?? 0) : t.pos === 'NOUN' ? (table.nouns.get(lemma) ?? 0) : 0;
    for (let k = 0; k < SENSES_PER_LEMMA; k++) out[i * SENSES_PER_LEMMA + k] = (packed >>> (BITS_PER_SENSE * k)) & 63;
  }
  return out;
}
