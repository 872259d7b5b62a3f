/**
 * Ablations of the attribution stage's rule steps across k-fold cross-validation, tagging each
 * document once: fold i is tagged with the model trained without it, then every variant (all
 * steps; each step of `STEPS` left out) runs the steps on the same tagged spans and is scored
 * as `eval attribution --folds k --off STEP` scores it (exact spans and content overlap; no
 * speakers). Optionally writes the exact source and cue misses of the full pipeline, for error
 * analysis on train folds.
 * Usage: npx tsx scripts/ablate-attribution.ts [--train DIR] [--folds K] [--fold-models DIR]
 *   [--steps a,b] [--misses FILE] [--limit N]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Doc } from '../src/doc/doc.js';
import { quotesOf } from '../src/doc/quotes.js';
import type { Range } from '../src/doc/span.js';
import { readBratSplit } from '../src/eval/attribution/corpus.js';
import { foldModelPath, foldOf } from '../src/eval/attribution/folds.js';
import { goldUnitsOf, headline, predictedUnits } from '../src/eval/attribution/run-eval.js';
import { type AttributionScores, emptyScores, scoreDocument } from '../src/eval/attribution/score.js';
import type { AttributionUnit } from '../src/eval/attribution/units.js';
import { DEFAULT_BOUNDARY_BONUS } from '../src/stages/attribution/content-bounds.js';
import { splitAroundCue } from '../src/stages/attribution/content-split.js';
import { toFound } from '../src/stages/attribution/found.js';
import { loadModel } from '../src/stages/attribution/model-file.js';
import { type ProposalConfig, proposeFromTagged, STEPS } from '../src/stages/attribution/propose.js';
import { loadSupersenses } from '../src/stages/attribution/supersenses.js';
import { DEFAULT_BOOSTS, tagAttributionSpans } from '../src/stages/attribution/tagger.js';
import { tokenHashes } from '../src/stages/attribution/token-hashes.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const trainDir = opt('train', join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'polnear', 'train'));
const k = Number(opt('folds', '3'));
const modelsDir = opt('fold-models', '.folds');
const steps = opt('steps', STEPS.join(',')).split(',').filter(Boolean);
const missesPath = opt('misses', '');
const limit = Number(opt('limit', 'Infinity'));

const variants: { name: string; off: Set<string> }[] = [
  { name: 'all', off: new Set() },
  ...steps.map((s) => ({ name: `-${s}`, off: new Set(s.split('+')) })),
];
const docs = readBratSplit(trainDir, limit);
const tokensStage = createTokensStage();
loadSupersenses();
const perFold: Record<string, Record<string, number>>[] = [];
const misses: string[] = [];

const show = (text: string, r: Range | null): string => (r ? text.slice(r.start, r.end).replace(/\s+/g, ' ') : '∅');
const same = (a: Range | null, b: Range | null): boolean =>
  a === null ? b === null : b !== null && a.start === b.start && a.end === b.end;
const overlap = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Exact source and cue misses of one document: each gold unit against the prediction whose content covers it most. */
function recordMisses(
  id: string,
  text: string,
  gold: readonly AttributionUnit[],
  predicted: readonly AttributionUnit[],
  rules: readonly string[],
): void {
  for (const g of gold) {
    if (!g.content) continue;
    const gc = g.content;
    let best: AttributionUnit | null = null;
    let rule = '';
    let bestShare = 0.3 * (gc.end - gc.start);
    predicted.forEach((p, i) => {
      const share = p.content ? overlap(gc, p.content) : 0;
      if (share >= bestShare) {
        best = p;
        rule = rules[i] ?? '';
        bestShare = share;
      }
    });
    const b = best as AttributionUnit | null;
    if (!b) continue;
    const around = (r: Range | null): string => {
      if (!r) return '';
      const from = Math.max(0, r.start - 60);
      return text.slice(from, Math.min(text.length, r.end + 60)).replace(/\s+/g, ' ');
    };
    for (const c of ['source', 'cue'] as const) {
      if (same(g[c], b[c])) continue;
      const other = c === 'source' ? 'cue' : 'source';
      misses.push(
        [id, c, show(text, g[c]), show(text, b[c]), around(g[c] ?? b[c] ?? gc), show(text, g[other]), show(text, b[other]), rule].join(
          '\t',
        ),
      );
    }
  }
}

for (let fold = 0; fold < k; fold++) {
  const model = loadModel(foldModelPath(modelsDir, fold, k));
  if (!model) throw new Error(`no fold model in ${modelsDir} for fold ${fold}/${k}`);
  const rankers =
    model.contentEnd && model.contentStart ? { end: model.contentEnd.ownTable(), start: model.contentStart.ownTable() } : null;
  const scores = new Map<string, AttributionScores>(variants.map((v) => [v.name, emptyScores()]));
  for (const gold of docs.filter((d) => foldOf(d.id, k) === fold)) {
    const doc = new Doc({ id: gold.id, date: null, text: gold.text, meta: {} });
    tokensStage.run(doc, { report: () => {} });
    const tokens = doc.get('tokens');
    const quotes = quotesOf(doc);
    const input = { tokens, sentences: doc.get('sentences'), paragraphs: doc.get('paragraphs'), quotes, hashes: tokenHashes(tokens) };
    const tagged = tagAttributionSpans(input, model, DEFAULT_BOOSTS);
    const goldUnits = goldUnitsOf(gold, undefined);
    for (const v of variants) {
      const config: ProposalConfig = { model, boosts: DEFAULT_BOOSTS, rankers, bonus: DEFAULT_BOUNDARY_BONUS, off: v.off };
      const linked = proposeFromTagged(input, config, tagged);
      const found = toFound(gold.text, tokens, quotes.inside, splitAroundCue(tokens, linked));
      const units = predictedUnits(found.map((f) => ({ ...f, speaker: null })) as never);
      scoreDocument(scores.get(v.name) as AttributionScores, gold.text, goldUnits, units);
      if (v.name === 'all' && missesPath)
        recordMisses(
          gold.id,
          gold.text,
          goldUnits,
          units,
          found.map((f) => f.rule),
        );
    }
  }
  const row: Record<string, Record<string, number>> = {};
  for (const [name, s] of scores) row[name] = headline(s);
  perFold.push(row);
  process.stderr.write(`fold ${fold} done\n`);
}

const keys = ['content@0.3', 'exact source', 'exact cue', 'exact content'];
console.log(`variant`.padEnd(26) + keys.map((x) => x.padStart(28)).join(''));
for (const v of variants) {
  const cells = keys.map((key) => {
    const xs = perFold.map((f) => (f[v.name] as Record<string, number>)[key] as number);
    if (v.name === 'all')
      return xs
        .map((x) => x.toFixed(2))
        .join(' ')
        .padStart(28);
    const base = perFold.map((f) => (f.all as Record<string, number>)[key] as number);
    const d = xs.map((x, i) => x - (base[i] as number));
    const mean = d.reduce((a, b) => a + b, 0) / d.length;
    return `${d.map((x) => (x >= 0 ? '+' : '') + x.toFixed(2)).join(' ')} (${mean >= 0 ? '+' : ''}${mean.toFixed(2)})`.padStart(28);
  });
  console.log(v.name.padEnd(26) + cells.join(''));
}
if (missesPath) writeFileSync(missesPath, `${misses.join('\n')}\n`);
