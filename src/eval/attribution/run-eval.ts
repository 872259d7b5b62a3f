import { Doc } from '../../doc/doc.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import type { GoldDoc } from './corpus.js';
import { type AttributionScores, COMPONENTS, emptyScores, prf, scoreDocument, THRESHOLDS } from './score.js';

/** Runs `pipeline` over gold documents and pools the attribution scores. */
export function evaluateAttribution(pipeline: Pipeline, docs: readonly GoldDoc[]): AttributionScores {
  const scores = emptyScores();
  for (const gold of docs) {
    const doc = new Doc({ id: gold.id, date: null, text: gold.text, meta: {} });
    try {
      pipeline.run(doc);
    } catch (error) {
      // A document the pipeline cannot analyse scores as predicting nothing (its gold still counts).
      scores.failed.push(`${gold.id}: ${(error as Error).message}`);
    }
    scoreDocument(scores, gold.text, gold.attributions, doc.find('attributions') ?? []);
  }
  return scores;
}

const pct = (x: number): string => x.toFixed(1).padStart(5);

/** A plain-text table of the scores. */
export function formatScores(scores: AttributionScores): string {
  const lines = [
    `documents: ${scores.documents}${scores.failed.length > 0 ? ` (${scores.failed.length} failed in the pipeline, scored as empty)` : ''}`,
    'content overlap (Gender Gap Tracker matching)      P      R     F1  speaker-acc',
  ];
  for (const t of THRESHOLDS) {
    const c = scores.overlap.get(t);
    if (!c) continue;
    const s = prf(c);
    const acc = c.tp === 0 ? 0 : (100 * c.speakerRight) / c.tp;
    lines.push(
      `  overlap >= ${t.toFixed(1)}  (gold ${c.gold}, predicted ${c.predicted}, matched ${c.tp})`.padEnd(48) +
        `${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${pct(acc)}`,
    );
  }
  lines.push('exact spans (citron / CofeNet)                    P      R     F1');
  for (const component of COMPONENTS) {
    const c = scores.exact.get(component);
    if (!c) continue;
    const s = prf(c);
    lines.push(
      `  ${component} (gold ${c.gold}, predicted ${c.predicted}, exact ${c.tp})`.padEnd(48) +
        `${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`,
    );
  }
  return lines.join('\n');
}

/** The scores as plain JSON. */
export function scoresToJson(scores: AttributionScores): Record<string, unknown> {
  const overlap: Record<string, unknown> = {};
  for (const [t, c] of scores.overlap)
    overlap[String(t)] = { ...c, ...prf(c), speakerAccuracy: c.tp === 0 ? 0 : (100 * c.speakerRight) / c.tp };
  const exact: Record<string, unknown> = {};
  for (const [k, c] of scores.exact) exact[k] = { ...c, ...prf(c) };
  return { documents: scores.documents, failed: scores.failed, overlap, exact };
}
