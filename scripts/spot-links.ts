/**
 * Prints a sample of pronoun and nominal links with their context, for reading by hand
 * (PolNeAR has no coreference gold): every 7th dev article, every 9th link, 3 at most
 * an article.
 *
 *   npx tsx scripts/spot-links.ts [TEXT_DIR]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import { createEntitiesStage } from '../src/stages/entities/entities-stage.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear', 'dev', 'text');
const tokens = createTokensStage();
const entities = createEntitiesStage();
const ctx = { report: () => {} };
let k = 0;
for (const f of readdirSync(dir)
  .sort()
  .filter((_, i) => i % 7 === 3)) {
  const text = readFileSync(join(dir, f), 'utf8');
  const doc = new Doc({ id: f, date: null, text, meta: {} });
  tokens.run(doc, ctx);
  entities.run(doc, ctx);
  const names = new Map(doc.get('entities').map((e) => [e.id, e.name]));
  const links = doc.get('mentions').filter((m) => m.kind === 'pronoun' || m.kind === 'nominal');
  for (const m of links.filter((_, i) => i % 9 === 0).slice(0, 3)) {
    const around = text.slice(Math.max(0, m.start - 160), m.end + 40).replace(/\s+/g, ' ');
    console.log(`[${++k}] ${m.text} -> ${names.get(m.entity)} (${m.rule})\n    …${around}…`);
  }
}
