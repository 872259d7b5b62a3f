import { describe, expect, it } from 'vitest';
import { echoPairs, keepBestPairs, type PairEnd } from '../src/doc/pair-selection.js';

interface P {
  a: PairEnd;
  b: PairEnd;
  confidence: number;
}
const p = (a: string, b: string, confidence: number): P => {
  const end = (s: string) => ({ doc: s.split('#')[0] as string, idx: Number(s.split('#')[1]) });
  return { a: end(a), b: end(b), confidence };
};
const name = (x: P) => `${x.a.doc}#${x.a.idx}-${x.b.doc}#${x.b.idx}`;
const ends = (x: P) => x;

/** Every order of a list (small lists only). */
function orders<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => orders([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe('keepBestPairs: the pairs across documents kept from all candidates', () => {
  const candidates = [p('s#0', 'r1#0', 0.8), p('s#0', 'r2#0', 0.8), p('r2#0', 't#0', 0.7), p('r1#0', 't#0', 0.6), p('s#1', 'r1#3', 0.5)];
  it('keeps the same pairs whatever the order of the candidates (ties by the sides)', () => {
    const seen = new Set(orders(candidates).map((o) => keepBestPairs(o, ends, true).map(name).sort().join(' ')));
    expect([...seen]).toEqual(['r2#0-t#0 s#0-r1#0']);
  });
  it('one claim in one pair; two documents one pair (with onePerArticle), or one per claim (without)', () => {
    expect(keepBestPairs(candidates, ends, true).map(name).sort()).toEqual(['r2#0-t#0', 's#0-r1#0']);
    expect(keepBestPairs(candidates, ends, false).map(name).sort()).toEqual(['r2#0-t#0', 's#0-r1#0', 's#1-r1#3']);
  });
  it('keeps nothing from nothing', () => {
    expect(keepBestPairs([], ends, true)).toEqual([]);
  });
});

describe('echoPairs: a kept pair repeated against the same account told again', () => {
  // s#0 and u#0 tell one account; r#0 contradicts it; kept: s#0-r#0.
  const candidates = [p('r#0', 's#0', 0.8), p('r#0', 'u#0', 0.7), p('r#0', 'v#0', 0.6)];
  const kept = keepBestPairs(candidates, ends, true);
  const sameAccount = new Set(['s#0 u#0']);
  const restates = (x: PairEnd, y: PairEnd) => sameAccount.has([`${x.doc}#${x.idx}`, `${y.doc}#${y.idx}`].sort().join(' '));
  it('adds the pair against the retold account, not one against another account', () => {
    expect(kept.map(name)).toEqual(['r#0-s#0']);
    expect(echoPairs(kept, candidates, ends, restates, true).map(name)).toEqual(['r#0-u#0']);
  });
  it('adds nothing when no account is told again', () => {
    expect(echoPairs(kept, candidates, ends, () => false, true)).toEqual([]);
  });
  it('the same whatever the order of the candidates', () => {
    const seen = new Set(
      orders(candidates).map((o) =>
        echoPairs(keepBestPairs(o, ends, true), o, ends, restates, true)
          .map(name)
          .join(' '),
      ),
    );
    expect([...seen]).toEqual(['r#0-u#0']);
  });
});
