import type { Perceptron } from './perceptron.js';

/** Labels of the source/cue tagger and of the content tagger (BIO). */
export const SC_LABELS = ['O', 'B-S', 'I-S', 'B-C', 'I-C'] as const;
export const Q_LABELS = ['O', 'B-Q', 'I-Q'] as const;

/** False for an `I-X` label that does not continue an `X`. */
export function allowed(labels: readonly string[], prev: number, next: number): boolean {
  const l = labels[next] as string;
  if (!l.startsWith('I-')) return true;
  const p = prev < 0 ? 'O' : (labels[prev] as string);
  return p !== 'O' && p.slice(2) === l.slice(2);
}

/** Features built from the labels already chosen for the two previous tokens. */
export function historyFeatures(labels: readonly string[], p1: number, p2: number, stat: readonly string[]): string[] {
  const l1 = p1 < 0 ? '^' : (labels[p1] as string);
  const l2 = p2 < 0 ? '^' : (labels[p2] as string);
  return [`h1=${l1}`, `h12=${l1}|${l2}`, `h1|${stat[1]}`, `h1|${stat[3]}`, `h1|${stat[22]}`].map((f, k) => (k >= 2 ? `${l1}${f}` : f));
}

/** Best allowed label from scores. */
export function bestAllowed(labels: readonly string[], scores: Float64Array, prev: number): number {
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let l = 0; l < scores.length; l++) {
    if (!allowed(labels, prev, l)) continue;
    const s = scores[l] as number;
    if (s > bestScore) {
      bestScore = s;
      best = l;
    }
  }
  return best;
}

/** Greedy left-to-right tagging of a document. */
export function decode(
  model: Perceptron,
  stat: readonly (readonly string[])[],
  extra?: readonly (readonly string[])[],
  boost?: readonly number[],
): Int8Array {
  const n = stat.length;
  const tags = new Int8Array(n);
  const none: readonly string[] = [];
  for (let i = 0; i < n; i++) {
    const p1 = i > 0 ? (tags[i - 1] as number) : -1;
    const p2 = i > 1 ? (tags[i - 2] as number) : -1;
    const s = stat[i] as readonly string[];
    const scores = model.scores(s, extra ? (extra[i] ?? none) : none, historyFeatures(model.labels, p1, p2, s));
    if (boost) for (let l = 0; l < scores.length; l++) scores[l] = (scores[l] as number) + (boost[l] ?? 0);
    tags[i] = bestAllowed(model.labels, scores, p1);
  }
  return tags;
}

/** A labelled run of tokens `[tokenStart, tokenEnd)`. */
export interface TaggedSpan {
  readonly kind: string;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** BIO tags to spans. */
export function tagsToSpans(labels: readonly string[], tags: Int8Array): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: { kind: string; start: number } | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const l = i < tags.length ? (labels[tags[i] as number] as string) : 'O';
    if (open && !(l.startsWith('I-') && l.slice(2) === open.kind)) {
      spans.push({ kind: open.kind, tokenStart: open.start, tokenEnd: i });
      open = null;
    }
    if (l.startsWith('B-')) open = { kind: l.slice(2), start: i };
  }
  return spans;
}

/**
 * The label to learn after the history actually predicted: a gold `I-X` that cannot follow
 * the previous guess becomes `B-X` (a simple dynamic oracle for greedy BIO decoding).
 */
export function oracleLabel(labels: readonly string[], prev: number, gold: number): number {
  if (allowed(labels, prev, gold)) return gold;
  const l = labels[gold] as string;
  return labels.indexOf(`B-${l.slice(2)}`);
}
