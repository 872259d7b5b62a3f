import type { AnalysisPool } from '../../analysis/pool/analysis-pool.js';
import { mapOrdered } from '../../analysis/pool/ordered-map.js';
import { Doc } from '../../doc/doc.js';
import type { Attribution } from '../../doc/layers.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import type { GoldDoc } from './corpus.js';
import { type AttributionScores, COMPONENTS, emptyScores, prf, scoreDocument, THRESHOLDS } from './score.js';
import type { HandSpeakers } from './speakers-file.js';
import { type AttributionUnit, goldUnits } from './units.js';

/** What `extract` prints, as scoring units: each attribution is one content fragment. */
export function predictedUnits(attributions: readonly Attribution[]): AttributionUnit[] {
  return attributions.map((a) => ({ content: a.content, cue: a.cue, source: a.source, speaker: a.speaker?.name ?? null }));
}

/** Gold units with the hand-resolved speaker names (`test/data/speakers-dev.tsv`) where given. */
export function goldUnitsOf(gold: GoldDoc, hand: HandSpeakers | undefined): AttributionUnit[] {
  return goldUnits(gold.text, gold.attributions).map((u) => {
    const name = u.source && hand ? hand.get(`${gold.id}\t${u.source.start}\t${u.source.end}`) : undefined;
    return name === undefined ? u : { ...u, speaker: name };
  });
}

/** `evaluateAttribution` on a pool's threads (the pool returns the `attributions` layer); the same scores, in input order. */
export async function evaluateAttributionOnPool(
  pool: AnalysisPool,
  docs: readonly GoldDoc[],
  hand?: HandSpeakers,
): Promise<AttributionScores> {
  const scores = emptyScores();
  const run = async (gold: GoldDoc) => ({ gold, result: await pool.runLayers({ id: gold.id, date: null, text: gold.text, meta: {} }) });
  for await (const { gold, result } of mapOrdered(docs, run, 2 * pool.jobs)) {
    // A document the pipeline cannot analyse scores as predicting nothing (its gold still counts).
    if (!result.ok) scores.failed.push(`${gold.id}: ${result.error.message}`);
    const predicted = result.ok ? (result.layers.attributions ?? []) : [];
    scoreDocument(scores, gold.text, goldUnitsOf(gold, hand), predictedUnits(predicted));
  }
  return scores;
}

/** Runs `pipeline` over gold documents and pools the attribution scores. */
export function evaluateAttribution(pipeline: Pipeline, docs: readonly GoldDoc[], hand?: HandSpeakers): AttributionScores {
  const scores = emptyScores();
  for (const gold of docs) {
    const doc = new Doc({ id: gold.id, date: null, text: gold.text, meta: {} });
    try {
      pipeline.run(doc);
    } catch (error) {
      // A document the pipeline cannot analyse scores as predicting nothing (its gold still counts).
      scores.failed.push(`${gold.id}: ${(error as Error).message}`);
    }
    scoreDocument(scores, gold.text, goldUnitsOf(gold, hand), predictedUnits(doc.find('attributions') ?? []));
  }
  return scores;
}

const pct = (x: number): string => x.toFixed(1).padStart(5);

/** The headline figures of a score, F1 in percent. */
export function headline(scores: AttributionScores): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of THRESHOLDS) out[`content@${t}`] = prf(scores.overlap.get(t) ?? { tp: 0, predicted: 0, gold: 0 }).f1;
  for (const c of COMPONENTS) out[`exact ${c}`] = prf(scores.exact.get(c) ?? { tp: 0, predicted: 0, gold: 0 }).f1;
  out['exact whole'] = prf(scores.whole).f1;
  const o = scores.overlap.get(0.3);
  out['speaker@0.3'] = o && o.speakerKnown > 0 ? (100 * o.speakerRight) / o.speakerKnown : 0;
  return out;
}

/** A plain-text table of the scores, each figure with the convention it follows. */
export function formatScores(scores: AttributionScores, convention = 'dateline'): string {
  const lines = [
    `documents: ${scores.documents}${scores.failed.length > 0 ? ` (${scores.failed.length} failed in the pipeline, scored as empty)` : ''}`,
    `convention: units = one per content fragment (PolNeAR/citron/CofeNet); predictions = ${convention === 'dateline' ? 'what extract prints' : 'one content around its cue (diagnostic, not what extract prints)'}`,
    'content overlap (Gender Gap Tracker matching)      P      R     F1  speaker-acc (resolved name; known gold)',
  ];
  for (const t of THRESHOLDS) {
    const c = scores.overlap.get(t);
    if (!c) continue;
    const s = prf(c);
    const acc = c.speakerKnown === 0 ? 0 : (100 * c.speakerRight) / c.speakerKnown;
    lines.push(
      `  overlap >= ${t.toFixed(1)}  (gold ${c.gold}, predicted ${c.predicted}, matched ${c.tp})`.padEnd(48) +
        `${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${pct(acc)} (${c.speakerRight}/${c.speakerKnown})`,
    );
  }
  lines.push('exact spans, per attribution unit (multiset)      P      R     F1');
  for (const component of COMPONENTS) {
    const c = scores.exact.get(component);
    if (!c) continue;
    const s = prf(c);
    lines.push(
      `  ${component} (gold ${c.gold}, predicted ${c.predicted}, exact ${c.tp})`.padEnd(48) +
        `${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`,
    );
  }
  const w = prf(scores.whole);
  lines.push(
    `  all three at once (gold ${scores.whole.gold}, exact ${scores.whole.tp})`.padEnd(48) +
      `${pct(w.precision)}  ${pct(w.recall)}  ${pct(w.f1)}`,
  );
  return lines.join('\n');
}

/** The scores as plain JSON. */
export function scoresToJson(scores: AttributionScores): Record<string, unknown> {
  const overlap: Record<string, unknown> = {};
  for (const [t, c] of scores.overlap)
    overlap[String(t)] = { ...c, ...prf(c), speakerAccuracy: c.speakerKnown === 0 ? 0 : (100 * c.speakerRight) / c.speakerKnown };
  const exact: Record<string, unknown> = {};
  for (const [k, c] of scores.exact) exact[k] = { ...c, ...prf(c) };
  return { documents: scores.documents, failed: scores.failed, overlap, exact, whole: { ...scores.whole, ...prf(scores.whole) } };
}
