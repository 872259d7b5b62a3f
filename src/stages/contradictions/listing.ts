import type { Contradiction, ListedPair, ListedSide, PairFilter } from '../../doc/contradiction.js';
import type { PortableClaim } from '../../doc/portable-claim.js';
import type { CrossPair } from './cross.js';

export type { ListedPair, ListedSide, PairFilter };

/** A pair inside one document. */
export function listInDoc(doc: string, p: Contradiction): ListedPair {
  const side = (s: Contradiction['a']): ListedSide => ({
    doc,
    start: s.span.start,
    end: s.span.end,
    text: s.span.text,
    holder: s.holder.name,
    ...(s.holder.anonymous ? { anonymous: true } : {}),
    date: s.date,
  });
  return { kind: p.kind, a: side(p.a), b: side(p.b), reason: p.reason, confidence: round(p.confidence), rule: p.rule };
}

/** A pair across documents. */
export function listCross(p: CrossPair): ListedPair {
  const side = (doc: string, c: PortableClaim): ListedSide => ({
    doc,
    start: c.start,
    end: c.end,
    text: c.text,
    holder: c.holder?.name ?? 'unknown',
    ...(c.holder?.anonymous ? { anonymous: true } : {}),
    date: c.date,
  });
  return {
    kind: p.kind,
    a: side(p.a.doc, p.a.claim),
    b: side(p.b.doc, p.b.claim),
    reason: p.reason,
    confidence: round(p.confidence),
    rule: p.rule,
  };
}

/** `--about` (a holder or the words of either side), `--kind`, `--since` (either side said on or after). */
export function keepPair(p: ListedPair, f: PairFilter): boolean {
  if (f.kind && p.kind !== f.kind) return false;
  if (f.since && !((p.a.date ?? '') >= f.since || (p.b.date ?? '') >= f.since)) return false;
  if (f.about) {
    const needle = f.about.toLowerCase();
    const hay = [p.a.holder, p.b.holder, p.a.text, p.b.text].join('\n').toLowerCase();
    if (!hay.includes(needle)) return false;
  }
  return true;
}

/** Two sides with their dates and sources, for a terminal. */
export function formatPair(p: ListedPair): string {
  const side = (label: string, s: ListedSide) =>
    `  ${label} ${s.date ?? 'undated'}  ${s.holder}${s.anonymous ? ' (anonymous)' : ''}  [${s.doc} ${s.start}–${s.end}]\n      “${s.text.length > 160 ? `${s.text.slice(0, 157)}…` : s.text}”`;
  return `▌ ${p.kind}  (confidence ${p.confidence.toFixed(2)})\n${side('A', p.a)}\n${side('B', p.b)}\n  why: ${p.reason}\n`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
