/**
 * Per-fold effect of each pair rule on the labelled train set: the train documents are dealt
 * into folds (sorted by path, document i in fold i mod k; an item goes with its first
 * document), every stage runs once per document, and for each fold the pairs are scored with
 * all rules and with one rule left out. A rule earns its place when leaving it out never helps
 * a fold. Cross-article pairs are found over all the split's documents and scored in the fold
 * of either of their documents.
 *
 *   npx tsx scripts/cv-contradictions.ts [--split train] [--folds 5] [--set FILE] [--corpus DIR]
 *   (CV_QUICK=1: all rules and the cross-echo variants only)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import { readPairSet } from '../src/eval/contradictions/run-eval.js';
import { type PairItem, type Reported, reportedAcross, reportedInside, scorePairs } from '../src/eval/contradictions/score-pairs.js';
import { portableClaims } from '../src/stages/claims/portable.js';
import { loadSynonyms } from '../src/stages/claims/synonyms.js';
import { pairContext } from '../src/stages/contradictions/context.js';
import { crossPairs, DEFAULT_CROSS_PARAMS, type DocClaim, LEGACY_CROSS_PARAMS } from '../src/stages/contradictions/cross.js';
import { findPairs, PAIR_RULES } from '../src/stages/contradictions/find-pairs.js';
import { DEFAULT_PARAMS, type PairParams } from '../src/stages/contradictions/params.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set((process.argv[i] as string).replace(/^--/, ''), process.argv[i + 1] ?? '');
const split = args.get('split') ?? 'train';
const k = Number(args.get('folds') ?? 5);
const corpus = args.get('corpus') ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear');
const items = readPairSet(args.get('set') ?? join(import.meta.dirname, '..', 'test', 'data', 'contradictions-set.json')).filter(
  (i) => i.split === split,
);

/** CV_PARAMS='{"denialDistance":0.03}': pair parameters to try instead of the defaults. */
const PARAMS: PairParams = { ...DEFAULT_PARAMS, ...(JSON.parse(process.env.CV_PARAMS ?? '{}') as Partial<PairParams>) };
/** CV_CROSS='{"windowDays":90}': cross-article parameters to try instead of the defaults. */
const CROSS: typeof DEFAULT_CROSS_PARAMS = {
  ...DEFAULT_CROSS_PARAMS,
  ...(JSON.parse(process.env.CV_CROSS ?? '{}') as Partial<typeof DEFAULT_CROSS_PARAMS>),
};
const pipeline = defaultPipeline();
const synonyms = loadSynonyms();
const docIds = [...new Set(items.flatMap((i) => (i.docB ? [i.doc, i.docB] : [i.doc])))].sort();
const foldOf = new Map(docIds.map((id, i) => [id, i % k]));
const docs = docIds.map((id) => {
  const doc = new Doc({ id, date: /_(\d{4}-\d{2}-\d{2})_/.exec(id)?.[1] ?? null, text: readFileSync(join(corpus, id), 'utf8'), meta: {} });
  pipeline.run(doc);
  return doc;
});
const claims: DocClaim[] = docs.flatMap((d) => portableClaims(d.get('claims'), synonyms).map((claim) => ({ doc: d.id, claim })));

/** Pairs inside each document without the rules in `skip`, and across documents with `cross` params (null: none). */
function reported(skip: ReadonlySet<string>, cross: typeof DEFAULT_CROSS_PARAMS | null): Reported[] {
  const out: Reported[] = [];
  for (const doc of docs) {
    const ctx = pairContext(doc, synonyms, 'the article');
    for (const p of findPairs(ctx, PARAMS, skip)) out.push(reportedInside(doc.id, p));
  }
  if (cross) for (const p of crossPairs(claims, cross)) out.push(reportedAcross(p));
  return out;
}

function row(name: string, rep: readonly Reported[]): void {
  const cells: string[] = [];
  let f = 0;
  let g = 0;
  let n = 0;
  for (let fold = 0; fold < k; fold++) {
    const part: PairItem[] = items.filter((i) => foldOf.get(i.doc) === fold);
    const mine = rep.filter((r) => foldOf.get(r.doc) === fold || (r.docB !== undefined && foldOf.get(r.docB) === fold));
    const s = scorePairs(part, mine);
    f += s.found;
    g += s.gold;
    n += s.nonPairsReported;
    cells.push(`${s.found}/${s.gold} p${s.precision} n${s.nonPairsReported}`.padEnd(20));
  }
  process.stdout.write(`${name.padEnd(34)} ${cells.join(' ')} | ${f}/${g} non-pairs ${n}\n`);
}

process.stdout.write(`${split}, ${k} folds (recall found/gold, precision %, non-pairs reported)\n`);
row('all rules', reported(new Set(), CROSS));
if (process.env.CV_QUICK) {
  row('cross: no echo', reported(new Set(), { ...DEFAULT_CROSS_PARAMS, echo: false }));
  row('cross: echo frame 0.5', reported(new Set(), { ...DEFAULT_CROSS_PARAMS, echoFrame: 0.5 }));
  process.exit(0);
}
for (const rule of PAIR_RULES) row(`without ${rule.id}`, reported(new Set([rule.id]), DEFAULT_CROSS_PARAMS));
row('cross-frame as before (legacy)', reported(new Set(), LEGACY_CROSS_PARAMS));
row('cross: only shared words', reported(new Set(), { ...LEGACY_CROSS_PARAMS, sharedWords: DEFAULT_CROSS_PARAMS.sharedWords }));
row('cross: only one per article', reported(new Set(), { ...LEGACY_CROSS_PARAMS, onePerArticle: true }));
row('without cross-frame', reported(new Set(), null));
row('cross: no echo (before cross-echo)', reported(new Set(), { ...DEFAULT_CROSS_PARAMS, echo: false }));
row('cross: echo frame 0.5', reported(new Set(), { ...DEFAULT_CROSS_PARAMS, echoFrame: 0.5 }));
