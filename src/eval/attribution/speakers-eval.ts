import { Doc } from '../../doc/doc.js';
import type { Attribution } from '../../doc/layers.js';
import { overlapLength } from '../../doc/span.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import type { GoldDoc } from './corpus.js';
import { matchContents } from './score.js';
import { namesAgree } from './speaker-match.js';
import type { HandSpeaker } from './speakers-file.js';

export interface SpeakerScores {
  /** Hand-resolved sources scored. */
  total: number;
  /** …for which a predicted attribution holds the source (or, without one, the gold content). */
  found: number;
  /** …whose resolved speaker names the hand-resolved person. */
  right: number;
  /** Rows whose article is not in the split. */
  missing: number;
  /** Wrong or unfound rows: doc, offsets, expected and predicted names (for reading). */
  readonly errors: string[];
  /** Rows scored and right, per article id (for the per-fold breakdown). */
  readonly byDoc: Record<string, { total: number; right: number }>;
}

/**
 * Scores speaker resolution on hand-resolved pronoun and nominal sources: the prediction
 * whose source overlaps the gold source most (else the one matched at 0.3 to a gold content
 * of that source) must name the same person (`namesAgree`).
 */
export function evaluateSpeakers(pipeline: Pipeline, docs: readonly GoldDoc[], rows: readonly HandSpeaker[]): SpeakerScores {
  const scores: SpeakerScores = { total: 0, found: 0, right: 0, missing: 0, errors: [], byDoc: {} };
  const byDoc = new Map<string, HandSpeaker[]>();
  for (const r of rows) byDoc.set(r.doc, [...(byDoc.get(r.doc) ?? []), r]);
  for (const [id, hand] of byDoc) {
    const gold = docs.find((d) => d.id === id);
    if (!gold) {
      scores.missing += hand.length;
      continue;
    }
    const doc = new Doc({ id, date: null, text: gold.text, meta: {} });
    pipeline.run(doc);
    const predicted = doc.find('attributions') ?? [];
    const tally = { total: 0, right: 0 };
    scores.byDoc[id] = tally;
    for (const r of hand) {
      scores.total++;
      tally.total++;
      const p = bySource(predicted, r) ?? byContent(gold, predicted, r);
      if (!p) {
        scores.errors.push(`${id}\t${r.start}\t${r.end}\t${r.name}\t(no attribution)`);
        continue;
      }
      scores.found++;
      if (p.speaker && namesAgree(r.name, p.speaker.name)) {
        scores.right++;
        tally.right++;
      } else
        scores.errors.push(
          `${id}\t${r.start}\t${r.end}\t${r.name}\t${p.speaker?.name ?? 'null'} [${p.speaker ? '' : 'no speaker'}${(p as { speakerRule?: string }).speakerRule ?? ''}]`,
        );
    }
  }
  return scores;
}

function bySource(predicted: readonly Attribution[], r: HandSpeaker): Attribution | undefined {
  let best: Attribution | undefined;
  let bestShared = 0;
  for (const a of predicted) {
    if (!a.source) continue;
    const shared = overlapLength(a.source, r);
    if (shared > bestShared) {
      best = a;
      bestShared = shared;
    }
  }
  return best;
}

function byContent(gold: GoldDoc, predicted: readonly Attribution[], r: HandSpeaker): Attribution | undefined {
  const contents = gold.attributions
    .filter((g) => g.source && g.source.start === r.start && g.source.end === r.end && g.content)
    .map((g) => g.content as { start: number; end: number });
  const matches = matchContents(
    contents,
    predicted.map((p) => p.content),
    0.3,
  );
  const first = matches[0];
  return first ? predicted[first[1]] : undefined;
}

export function formatSpeakerScores(s: SpeakerScores, verbose: boolean): string {
  const pct = (x: number, n: number): string => (n === 0 ? '0.0' : ((100 * x) / n).toFixed(1));
  const lines = [
    `hand-resolved pronoun and nominal sources: ${s.total}${s.missing ? ` (${s.missing} rows name articles not in the split)` : ''}`,
    `  resolved to the right person: ${s.right} (${pct(s.right, s.total)}%)`,
    `  source found (an attribution holds it): ${s.found} (${pct(s.found, s.total)}%); right when found: ${pct(s.right, s.found)}%`,
  ];
  if (verbose) lines.push('', 'errors (doc, start, end, expected, predicted):', ...s.errors);
  return lines.join('\n');
}
