import type { TimexType } from '../../doc/layers.js';
import type { GoldTimex } from './timeml.js';

/** A system timex as the scorer sees it. */
export interface ScoredTimex {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: string;
  readonly text?: string;
}

/** Running counts over documents (TempEval-3's timex scoring). */
export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  typeCorrect: number;
  valueCorrect: number;
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 };
}

export interface Mismatch {
  readonly kind: 'missed' | 'spurious' | 'value' | 'type';
  readonly gold?: GoldTimex;
  readonly system?: ScoredTimex;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Scores one document into `counts`: strict = same offsets, relaxed = any overlap (each gold
 * and each system timex matched at most once, largest overlap first); type and value are
 * judged on relaxed matches. Returns the mismatches for error analysis.
 */
export function scoreDocument(gold: readonly GoldTimex[], system: readonly ScoredTimex[], counts: TimexCounts): Mismatch[] {
  counts.gold += gold.length;
  counts.system += system.length;
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => {
    system.forEach((s, j) => {
      const o = overlap(g, s);
      if (o > 0) pairs.push([o, i, j]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  const goldUsed = new Set<number>();
  const systemUsed = new Set<number>();
  const out: Mismatch[] = [];
  for (const [, i, j] of pairs) {
    if (goldUsed.has(i) || systemUsed.has(j)) continue;
    goldUsed.add(i);
    systemUsed.add(j);
    const g = gold[i] as GoldTimex;
    const s = system[j] as ScoredTimex;
    counts.relaxed++;
    if (g.start === s.start && g.end === s.end) counts.strict++;
    if (g.type === s.type) counts.typeCorrect++;
    else out.push({ kind: 'type', gold: g, system: s });
    if (g.value === s.value) counts.valueCorrect++;
    else out.push({ kind: 'value', gold: g, system: s });
  }
  gold.forEach((g, i) => {
    if (!goldUsed.has(i)) out.push({ kind: 'missed', gold: g });
  });
  system.forEach((s, j) => {
    if (!systemUsed.has(j)) out.push({ kind: 'spurious', system: s });
  });
  return out;
}

/** The figures TempEval-3 reports, in percent. */
export interface TimexScores {
  readonly strict: { precision: number; recall: number; f1: number };
  readonly relaxed: { precision: number; recall: number; f1: number };
  readonly typeAccuracy: number;
  readonly valueAccuracy: number;
  /** Relaxed F1 × value accuracy: TempEval-3's value F1. */
  readonly valueF1: number;
  readonly typeF1: number;
  readonly counts: TimexCounts;
}

function prf(hits: number, system: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = system > 0 ? hits / system : 0;
  const recall = gold > 0 ? hits / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: 100 * precision, recall: 100 * recall, f1: 100 * f1 };
}

export function summarize(counts: TimexCounts): TimexScores {
  const relaxed = prf(counts.relaxed, counts.system, counts.gold);
  const typeAccuracy = counts.relaxed > 0 ? (100 * counts.typeCorrect) / counts.relaxed : 0;
  const valueAccuracy = counts.relaxed > 0 ? (100 * counts.valueCorrect) / counts.relaxed : 0;
  return {
    strict: prf(counts.strict, counts.system, counts.gold),
    relaxed,
    typeAccuracy,
    valueAccuracy,
    valueF1: (relaxed.f1 * valueAccuracy) / 100,
    typeF1: (relaxed.f1 * typeAccuracy) / 100,
    counts,
  };
}
