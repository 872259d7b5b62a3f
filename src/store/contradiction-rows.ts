import type { Insertable, Selectable } from 'kysely';
import type { Contradiction, PairSide } from '../doc/contradiction.js';
import type { DocumentOutput } from '../output/schema.js';
import type { ContradictionTable } from './tables.js';

/** The rows of one article's contradictions. */
export function contradictionRows(out: DocumentOutput, articleId: number, analysis: string): Insertable<ContradictionTable>[] {
  return (out.contradictions ?? []).map((p, idx) => ({
    article_id: articleId,
    idx,
    local_id: p.id,
    kind: p.kind,
    a_attribution: p.a.attribution,
    a_start: p.a.span.start,
    a_end: p.a.span.end,
    a_holder: p.a.holder.name,
    a_holder_local: p.a.holder.entity,
    a_anonymous: p.a.holder.anonymous ? 1 : 0,
    a_date: p.a.date,
    b_attribution: p.b.attribution,
    b_start: p.b.span.start,
    b_end: p.b.span.end,
    b_holder: p.b.holder.name,
    b_holder_local: p.b.holder.entity,
    b_anonymous: p.b.holder.anonymous ? 1 : 0,
    b_date: p.b.date,
    reason: p.reason,
    confidence: p.confidence,
    rule: p.rule ?? null,
    analysis,
  }));
}

/** A stored row back as the contract's object, its spans' text taken from the article. */
export function contradictionOf(text: string, r: Selectable<ContradictionTable>): Contradiction {
  const back = (s: 'a' | 'b'): PairSide => {
    const start = r[`${s}_start`];
    const end = r[`${s}_end`];
    return {
      attribution: r[`${s}_attribution`],
      span: { start, end, text: text.slice(start, end) },
      holder: { entity: r[`${s}_holder_local`], name: r[`${s}_holder`], ...(r[`${s}_anonymous`] ? { anonymous: true } : {}) },
      date: r[`${s}_date`],
    };
  };
  return {
    id: r.local_id,
    kind: r.kind as Contradiction['kind'],
    a: back('a'),
    b: back('b'),
    reason: r.reason,
    confidence: Number(r.confidence),
    rule: r.rule ?? '',
  };
}
