import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fncScore, labelF1 } from './fnc-score.js';
import { judgeStances, type StancePair } from './run-stance.js';
import type { Stance, StanceParams } from './stance.js';

/** One hand-labelled item: a claim written for the set and a PolNeAR document by path. */
export interface StanceItem {
  readonly id: string;
  readonly split: 'dev' | 'train';
  readonly doc: string;
  readonly claim: string;
  readonly label: Stance;
}

export function readStanceSet(path: string): StanceItem[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { items: StanceItem[] }).items;
}

export interface StanceScores {
  readonly n: number;
  readonly fnc: number;
  readonly max: number;
  readonly relative: number;
  readonly disagreeF1: number;
  readonly accuracy: number;
}

function score(gold: readonly Stance[], predicted: readonly Stance[]): StanceScores {
  const f = fncScore(gold, predicted);
  return {
    n: gold.length,
    fnc: f.score,
    max: f.max,
    relative: round(100 * f.relative),
    disagreeF1: round(labelF1(gold, predicted, 'disagree').f1),
    accuracy: round((100 * gold.filter((g, i) => g === predicted[i]).length) / Math.max(1, gold.length)),
  };
}

/** The baseline: word overlap above a threshold is `discuss`, else `unrelated` (FNC-1's own baseline idea). */
function overlapBaseline(claim: string, text: string): Stance {
  const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const c = words(claim);
  const t = words(text);
  let hit = 0;
  for (const w of c) if (t.has(w)) hit++;
  return c.size > 0 && hit / c.size >= 0.5 ? 'discuss' : 'unrelated';
}

/** Scores the stance model and the baseline on each split of the set; texts are read from `corpus`. */
export function evaluateStance(
  items: readonly StanceItem[],
  corpus: string,
  params?: StanceParams,
): Record<string, { model: StanceScores; baseline: StanceScores }> {
  const texts = new Map<string, string>();
  const text = (doc: string) => {
    let t = texts.get(doc);
    if (t === undefined) {
      t = readFileSync(join(corpus, doc), 'utf8');
      texts.set(doc, t);
    }
    return t;
  };
  const out: Record<string, { model: StanceScores; baseline: StanceScores }> = {};
  for (const split of ['train', 'dev'] as const) {
    const part = items.filter((i) => i.split === split);
    if (part.length === 0) continue;
    const pairs: StancePair[] = part.map((i) => ({ id: i.id, claim: i.claim, text: text(i.doc) }));
    const predicted = [...judgeStances(pairs, params)].map((r) => r.stance);
    const gold = part.map((i) => i.label);
    out[split] = {
      model: score(gold, predicted),
      baseline: score(
        gold,
        pairs.map((p) => overlapBaseline(p.claim, p.text)),
      ),
    };
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
