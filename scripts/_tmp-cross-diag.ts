import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPipeline } from '/work/wt/contradictions/src/analysis/default-pipeline.js';
import { Doc } from '/work/wt/contradictions/src/doc/doc.js';
import { readPairSet } from '/work/wt/contradictions/src/eval/contradictions/run-eval.js';
import { portableClaims } from '/work/wt/contradictions/src/stages/claims/portable.js';
import { loadSynonyms } from '/work/wt/contradictions/src/stages/claims/synonyms.js';
import { crossUsable, sharedWords } from '/work/wt/contradictions/src/stages/contradictions/cross.js';
import { frameSimilarity, predicateShared } from '/work/wt/contradictions/src/stages/contradictions/similarity.js';
const corpus = '/work/shared/corpus/polnear';
const split = process.argv[2] ?? 'train';
const items = readPairSet('/work/wt/contradictions/test/data/contradictions-set.json').filter((i) => i.split === split && i.docB);
const pipeline = defaultPipeline();
const syn = loadSynonyms();
const cache = new Map<string, { text: string; claims: ReturnType<typeof portableClaims> }>();
function load(id: string) {
  let d = cache.get(id);
  if (!d) {
    const doc = new Doc({ id, date: /_(\d{4}-\d{2}-\d{2})_/.exec(id)?.[1] ?? null, text: readFileSync(join(corpus, id), 'utf8'), meta: {} });
    pipeline.run(doc);
    d = { text: doc.text, claims: portableClaims(doc.get('claims'), syn) };
    cache.set(id, d);
  }
  return d;
}
for (const it of items) {
  const A = load(it.doc), B = load(it.docB as string);
  console.log(`\n=== ${it.label} ${it.kind} ${it.doc} | ${it.docB}`);
  console.log(' A:', A.text.slice(it.a[0], it.a[1]).replace(/\s+/g, ' ').slice(0, 300));
  console.log(' B:', B.text.slice(it.b[0], it.b[1]).replace(/\s+/g, ' ').slice(0, 300));
  const ca = A.claims.filter((c) => c.start < it.a[1] && c.end > it.a[0]);
  const cb = B.claims.filter((c) => c.start < it.b[1] && c.end > it.b[0]);
  for (const c of ca) console.log('  ca', c.idx, c.stance, c.modality, c.predicate, JSON.stringify(c.entities), c.holder?.key, c.date, crossUsable(c) ? 'U' : '-', JSON.stringify(c.text.slice(0, 100)));
  for (const c of cb) console.log('  cb', c.idx, c.stance, c.modality, c.predicate, JSON.stringify(c.entities), c.holder?.key, c.date, crossUsable(c) ? 'U' : '-', JSON.stringify(c.text.slice(0, 100)));
  for (const x of ca) for (const y of cb) console.log('   ', x.idx, y.idx, 'shEnt', x.entities.filter((e) => y.entities.includes(e)).join(','), 'pred', predicateShared(x, y), 'words', sharedWords(x, y), 'sim', frameSimilarity(x.keys, y.keys).toFixed(2));
}
