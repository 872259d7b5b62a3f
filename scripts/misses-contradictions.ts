/**
 * Labelled pairs no reported pair matches, with the text of each side, the claims over each side
 * and the pairs reported near it; and reported pairs on non-pairs. A diagnostic for rule work.
 *
 *   npx tsx scripts/misses-contradictions.ts [--split train|dev] [--set FILE] [--corpus DIR]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import { readPairSet } from '../src/eval/contradictions/run-eval.js';
import { matches, type Reported, reportedAcross, reportedInside } from '../src/eval/contradictions/score-pairs.js';
import { portableClaims } from '../src/stages/claims/portable.js';
import { loadSynonyms } from '../src/stages/claims/synonyms.js';
import { crossPairs, type DocClaim } from '../src/stages/contradictions/cross.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set((process.argv[i] as string).replace(/^--/, ''), process.argv[i + 1] ?? '');
const split = args.get('split') ?? 'train';
const corpus = args.get('corpus') ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear');
const items = readPairSet(args.get('set') ?? join(import.meta.dirname, '..', 'test', 'data', 'contradictions-set.json')).filter(
  (i) => i.split === split,
);
const pipeline = defaultPipeline();
const synonyms = loadSynonyms();
const docs = new Map<string, Doc>();
for (const id of [...new Set(items.flatMap((i) => (i.docB ? [i.doc, i.docB] : [i.doc])))].sort()) {
  const doc = new Doc({ id, date: /_(\d{4}-\d{2}-\d{2})_/.exec(id)?.[1] ?? null, text: readFileSync(join(corpus, id), 'utf8'), meta: {} });
  pipeline.run(doc);
  docs.set(id, doc);
}
const reported: Reported[] = [];
const claims: DocClaim[] = [];
for (const [id, doc] of docs) {
  for (const p of doc.get('contradictions')) reported.push(reportedInside(id, p));
  for (const c of portableClaims(doc.get('claims'), synonyms)) claims.push({ doc: id, claim: c });
}
for (const p of crossPairs(claims)) reported.push(reportedAcross(p));

const text = (doc: string, s: readonly [number, number]) => (docs.get(doc)?.text.slice(s[0], s[1]) ?? '').replace(/\s+/g, ' ');
function claimsOver(doc: string, s: readonly [number, number]): string[] {
  const d = docs.get(doc);
  if (!d) return [];
  return d
    .get('claims')
    .filter((c) => c.span.start < s[1] && s[0] < c.span.end)
    .map(
      (c) =>
        `    claim ${c.id} [${c.span.start},${c.span.end}) ${c.holder?.name ?? '-'} ${c.polarity}/${c.modality} pred=${c.predicate?.lemma ?? '-'} "${d.text.slice(c.span.start, c.span.end).replace(/\s+/g, ' ').slice(0, 140)}"`,
    );
}
const out: string[] = [];
for (const it of items) {
  const hit = reported.some((r) => matches(r, it));
  if (it.label === 'pair' && hit) continue;
  if (it.label === 'non-pair' && !hit) continue;
  const docB = it.docB ?? it.doc;
  out.push(`== ${it.label === 'pair' ? 'MISS' : 'FALSE'} ${it.kind ?? ''} ${it.doc}${it.docB ? ` x ${it.docB}` : ''} a=${it.a} b=${it.b}`);
  out.push(`  A: ${text(it.doc, it.a)}`);
  out.push(...claimsOver(it.doc, it.a));
  out.push(`  B: ${text(docB, it.b)}`);
  out.push(...claimsOver(docB, it.b));
  for (const r of reported) {
    const near = (d: string, s: readonly [number, number], side: readonly [number, number], sd: string) =>
      d === sd && Math.abs(s[0] - side[0]) < 400;
    if (near(r.doc, r.a, it.a, it.doc) || near(r.doc, r.a, it.b, docB) || near(r.docB ?? r.doc, r.b, it.b, docB))
      out.push(`    reported ${r.rule} ${r.kind} a="${text(r.doc, r.a).slice(0, 90)}" b="${text(r.docB ?? r.doc, r.b).slice(0, 90)}"`);
  }
}
process.stdout.write(`${out.join('\n')}\n`);
