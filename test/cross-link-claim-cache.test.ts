import { describe, expect, it } from 'vitest';
import { byKey, ClaimCache } from '../src/cli/claim-cache.js';
import { ClaimColumns } from '../src/cli/claim-columns.js';
import type { PortableClaim } from '../src/doc/portable-claim.js';

/** Issue #18 (memory): stored claims kept for `linkCrossPairs` in columns, judged as they were parsed. */
function claim(idx: number, over: Partial<PortableClaim> = {}): PortableClaim {
  return {
    idx,
    start: 10 * idx,
    end: 10 * idx + 9,
    text: 'The state will sell the ferry.',
    holder: { key: '@brenner', name: 'Tomas Brenner', anonymous: false, outlet: false },
    date: '2026-05-04',
    stance: 'affirmed',
    modality: 'say',
    predicate: 'sell',
    predicateKeys: ['sell', 'sell%2:40:00::'],
    topics: ['@brenner', '@ferry'],
    entities: ['@ferry'],
    keys: [['sell', 'sell%2:40:00::'], ['@ferry'], ['operator', 'operator%1:18:00::']],
    quantities: [{ value: 2, unit: 'year' }],
    subject: '@brenner',
    ...over,
  };
}

describe('ClaimColumns', () => {
  it('gives back every field judging reads; text, topics and quantities are not kept', () => {
    const columns = new ClaimColumns();
    const original = claim(3, { date: null, stance: 'negated', predicate: null, holder: null, subject: null });
    const row = columns.add(0, 41, original);
    expect(columns.articleId(row)).toBe(41);
    expect(columns.claim(row)).toEqual({ ...original, text: '', topics: [], quantities: [] });
    // the subject the cross-article check compares (claims/subject)
    expect(columns.claim(columns.add(1, 42, claim(4))).subject).toBe('@brenner');
  });

  it('keeps one copy of each key list and holder', () => {
    const columns = new ClaimColumns();
    const x = columns.claim(columns.add(0, 1, claim(0)));
    const y = columns.claim(columns.add(1, 2, claim(1)));
    expect(y.keys).toBe(x.keys);
    columns.newBatch();
    const z = columns.claim(1);
    expect(z.keys).not.toBe(x.keys);
    expect(z.keys).toEqual(x.keys);
    expect(z.keys[0]).toBe(x.keys[0]);
    expect(y.predicateKeys).toBe(x.predicateKeys);
    expect(y.holder).toBe(x.holder);
    expect(columns.rows).toBe(2);
  });

  it('grows past its first capacity', () => {
    const columns = new ClaimColumns();
    for (let i = 0; i < 3000; i++) columns.add(i, i, claim(i));
    expect(columns.claim(2999).idx).toBe(2999);
    expect(columns.articleId(1500)).toBe(1500);
  });
});

describe('ClaimCache', () => {
  it('lists rows under entity and stance, and entity, stance and holder, in article id then claim order', () => {
    const cache = new ClaimCache();
    cache.set(7, 'doc-7', [claim(0), claim(1, { stance: 'negated' })]);
    cache.set(3, 'doc-3', [claim(0), claim(2)]);
    const all = new Set([3, 7]);
    const rows = [...cache.rowsUnder(byKey('@ferry', 'affirmed'), all)];
    expect(rows.map((r) => [cache.columns.articleId(r), cache.columns.claim(r).idx])).toEqual([
      [3, 0],
      [3, 2],
      [7, 0],
    ]);
    expect(cache.docId(rows[2] as number)).toBe('doc-7');
    expect([...cache.rowsUnder(byKey('@ferry', 'negated', '@brenner'), all)]).toHaveLength(1);
    expect([...cache.rowsUnder(byKey('@ferry', 'affirmed'), new Set([7]))]).toHaveLength(1);
    expect([...cache.rowsUnder(byKey('@nobody', 'affirmed'), all)]).toEqual([]);
  });

  it('reads only the latest claims set for an article', () => {
    const cache = new ClaimCache();
    cache.set(5, 'doc-5', [claim(0), claim(1)]);
    cache.set(5, 'doc-5', [claim(4)]);
    expect(cache.has(5)).toBe(true);
    const rows = [...cache.rowsUnder(byKey('@ferry', 'affirmed'), new Set([5]))];
    expect(rows.map((r) => cache.columns.claim(r).idx)).toEqual([4]);
  });
});
