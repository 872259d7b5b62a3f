/** Counts for TempEval-3 task B style scoring: strict trigger spans, and the class on top. */
export interface EventCounts {
  gold: number;
  predicted: number;
  /** Predicted triggers whose span is exactly a gold trigger's. */
  matched: number;
  /** Of those, with the gold TimeML class. */
  classRight: number;
  /** Per gold class: [gold, predicted, right (span and class)]. */
  readonly perClass: Map<string, [number, number, number]>;
}

export function emptyEventCounts(): EventCounts {
  return { gold: 0, predicted: 0, matched: 0, classRight: 0, perClass: new Map() };
}

export interface ScoredTrigger {
  readonly start: number;
  readonly end: number;
  readonly class: string;
}

function bump(c: EventCounts, cls: string, k: 0 | 1 | 2): void {
  const row = c.perClass.get(cls) ?? [0, 0, 0];
  row[k]++;
  c.perClass.set(cls, row);
}

/** Adds one document's triggers to `c`. */
export function scoreEvents(gold: readonly ScoredTrigger[], predicted: readonly ScoredTrigger[], c: EventCounts): void {
  const byKey = new Map(gold.map((g) => [`${g.start}:${g.end}`, g]));
  c.gold += gold.length;
  c.predicted += predicted.length;
  for (const g of gold) bump(c, g.class, 0);
  for (const p of predicted) {
    bump(c, p.class, 1);
    const g = byKey.get(`${p.start}:${p.end}`);
    if (!g) continue;
    c.matched++;
    if (g.class === p.class) {
      c.classRight++;
      bump(c, p.class, 2);
    }
  }
}

export interface PRF {
  readonly p: number;
  readonly r: number;
  readonly f: number;
}

export function prf(right: number, predicted: number, gold: number): PRF {
  const p = predicted === 0 ? 0 : right / predicted;
  const r = gold === 0 ? 0 : right / gold;
  return { p: 100 * p, r: 100 * r, f: p + r === 0 ? 0 : (200 * p * r) / (p + r) };
}

export interface EventScores {
  readonly trigger: PRF;
  /** Span and class right (TempEval-3's class F1). */
  readonly class: PRF;
  readonly perClass: Record<string, PRF>;
  readonly gold: number;
  readonly predicted: number;
}

export function summarizeEvents(c: EventCounts): EventScores {
  const perClass: Record<string, PRF> = {};
  for (const [cls, [g, p, r]] of [...c.perClass].sort()) perClass[cls] = prf(r, p, g);
  return {
    trigger: prf(c.matched, c.predicted, c.gold),
    class: prf(c.classRight, c.predicted, c.gold),
    perClass,
    gold: c.gold,
    predicted: c.predicted,
  };
}
