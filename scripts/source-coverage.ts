/**
 * How many attribution sources of PolNeAR (dev by default) the entities stage covers: a
 * source is covered when an entity mention overlaps it. Split by pronoun sources
 * (he/she/they…) and the rest. A proxy for what the attribution stage can resolve; it
 * does not check that the entity is the right one (PolNeAR has no coreference gold).
 *
 *   npx tsx scripts/source-coverage.ts [SPLIT_DIR]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import { createEntitiesStage } from '../src/stages/entities/entities-stage.js';
import { PRONOUNS } from '../src/stages/entities/lexicon/pronouns.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const split = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear', 'dev');
const texts = join(split, 'text');
const anns = join(split, 'attributions');
const annByStem = new Map(readdirSync(anns).map((f) => [f.replace(/_[0-9a-f]{4}\.ann$/, ''), join(anns, f)]));
const tokens = createTokensStage();
const entities = createEntitiesStage();
const ctx = { report: () => {} };
const count = { pronoun: { all: 0, covered: 0 }, other: { all: 0, covered: 0 }, misaligned: 0, skipped: 0 };
for (const f of readdirSync(texts).sort()) {
  const ann = annByStem.get(f.replace(/\.txt$/, ''));
  if (!ann) continue;
  const text = readFileSync(join(texts, f), 'utf8');
  const doc = new Doc({ id: f, date: null, text, meta: {} });
  try {
    tokens.run(doc, ctx);
  } catch {
    count.skipped++;
    continue;
  }
  entities.run(doc, ctx);
  const mentions = doc.get('mentions');
  for (const line of readFileSync(ann, 'utf8').split('\n')) {
    const m = /^T\d+\tSource (\d+) (\d+)\t(.*)$/.exec(line);
    if (!m) continue;
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (text.slice(start, end) !== m[3]) {
      count.misaligned++;
      continue;
    }
    const kind = PRONOUNS.has(m[3]!.toLowerCase()) ? count.pronoun : count.other;
    kind.all++;
    if (mentions.some((x) => x.start < end && start < x.end)) kind.covered++;
    else if (process.env.SHOW_MISSED)
      console.log(
        `missed: ${m[3]}`,
        process.env.SHOW_MISSED === 'context' ? JSON.stringify(text.slice(Math.max(0, start - 300), end + 20)) : '',
      );
  }
}
const pct = (c: { all: number; covered: number }): string =>
  `${c.covered}/${c.all} (${((100 * c.covered) / Math.max(1, c.all)).toFixed(1)}%)`;
console.log(`third-person pronoun sources covered: ${pct(count.pronoun)}`);
console.log(`other sources covered: ${pct(count.other)}`);
console.log(`misaligned spans skipped: ${count.misaligned}; documents the tokens stage refused: ${count.skipped}`);
