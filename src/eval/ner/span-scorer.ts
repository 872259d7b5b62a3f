/**
 * Exact-span scoring as conlleval does it: a chunk is found only when its type and both
 * its ends match the gold chunk. Chunks are read from IOB tags with conlleval's rules
 * (an `I-X` after `O` or after another type opens a chunk, so IOB1 reads right too).
 */
export interface Chunk {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

export function chunksOf(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let type = '';
  let start = -1;
  const close = (end: number): void => {
    if (start >= 0) out.push({ type, start, end });
    start = -1;
    type = '';
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as string;
    if (tag === 'O' || tag.length < 3) {
      close(i);
      continue;
    }
    const prefix = tag[0];
    const t = tag.slice(2);
    if (prefix === 'B' || t !== type || start < 0) {
      close(i);
      start = i;
      type = t;
    }
  }
  close(tags.length);
  return out;
}

export interface TypeScore {
  readonly type: string;
  tp: number;
  fp: number;
  fn: number;
}

/** Counts found, missed and invented chunks per type. */
export class NerScorer {
  readonly byType = new Map<string, TypeScore>();

  add(gold: readonly string[], predicted: readonly string[]): void {
    const g = chunksOf(gold);
    const p = chunksOf(predicted);
    const key = (c: Chunk): string => `${c.type}:${c.start}:${c.end}`;
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    for (const c of p) this.entry(c.type)[goldKeys.has(key(c)) ? 'tp' : 'fp']++;
    for (const c of g) if (!predKeys.has(key(c))) this.entry(c.type).fn++;
  }

  entry(type: string): TypeScore {
    let e = this.byType.get(type);
    if (!e) {
      e = { type, tp: 0, fp: 0, fn: 0 };
      this.byType.set(type, e);
    }
    return e;
  }

  /** Micro-averaged counts over `types` (all types when omitted). */
  micro(types?: readonly string[]): TypeScore {
    const m: TypeScore = { type: types ? types.join('/') : 'ALL', tp: 0, fp: 0, fn: 0 };
    for (const e of this.byType.values()) {
      if (types && !types.includes(e.type)) continue;
      m.tp += e.tp;
      m.fp += e.fp;
      m.fn += e.fn;
    }
    return m;
  }
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Precision, recall and F1 in percent. */
export function prf(s: TypeScore): Prf {
  const precision = s.tp + s.fp === 0 ? 0 : (100 * s.tp) / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 0 : (100 * s.tp) / (s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores chunks given directly (any unit: token indices or character offsets), exact spans and types. */
export function addChunks(scorer: NerScorer, gold: readonly Chunk[], predicted: readonly Chunk[]): void {
  const key = (c: Chunk): string => `${c.type}:${c.start}:${c.end}`;
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  const entry = (t: string): TypeScore => scorer.entry(t);
  for (const k of predKeys) {
    const type = k.slice(0, k.indexOf(':'));
    entry(type)[goldKeys.has(k) ? 'tp' : 'fp']++;
  }
  for (const c of gold) if (!predKeys.has(key(c))) entry(c.type).fn++;
}
