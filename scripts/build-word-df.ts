/**
 * Builds models/word-df.tsv.gz: in how many of the PolNeAR train articles each lower-cased word
 * occurs (words in at least two), counts only, no text. Read by the cross-article pass to weigh
 * shared words by rarity (`src/stages/contradictions/word-rarity.ts`).
 *
 *   npx tsx scripts/build-word-df.ts [--corpus DIR]   (default ../shared/corpus/polnear/train/text)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WORD_DF_PATH } from '../src/stages/contradictions/word-rarity.js';

const at = process.argv.indexOf('--corpus');
const corpus =
  at > 0 ? (process.argv[at + 1] as string) : join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear', 'train', 'text');
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const df = new Map<string, number>();
for (const f of files)
  for (const w of new Set(
    readFileSync(join(corpus, f), 'utf8')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [],
  ))
    df.set(w, (df.get(w) ?? 0) + 1);
const lines = [
  `#documents\t${files.length}`,
  ...[...df]
    .filter(([, n]) => n >= 2)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([w, n]) => `${w}\t${n}`),
];
writeFileSync(WORD_DF_PATH, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
process.stdout.write(`wrote ${WORD_DF_PATH}: ${lines.length - 1} words over ${files.length} documents\n`);
