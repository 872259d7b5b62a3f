import { describe, expect, it } from 'vitest';
import type { PortableClaim } from '../src/doc/portable-claim.js';
import { crossPairs, type DocClaim, LEGACY_CROSS_PARAMS, sharedWords } from '../src/stages/contradictions/cross.js';

/** A claim about @varga written by hand: its words are its keys (entities start with "@"). */
function claim(doc: string, idx: number, holder: string, stance: 'affirmed' | 'negated', words: string[]): DocClaim {
  const c: PortableClaim = {
    idx,
    start: idx * 100,
    end: idx * 100 + 50,
    text: words.join(' '),
    holder: { key: `@${holder}`, name: holder, anonymous: false, outlet: false },
    date: '2026-03-10',
    stance,
    modality: 'assert',
    predicate: 'repair',
    predicateKeys: ['repair'],
    topics: [`@${holder}`, '@varga'],
    entities: ['@varga'],
    keys: words.map((w) => [w]),
    quantities: [],
  };
  return { doc, claim: c };
}

describe('cross-article pairs: two shared content words, one pair per two articles', () => {
  it.each([
    [['@varga', 'repair', 'bridge', 'march'], ['@varga', 'repair', 'bridge', 'crew'], 2],
    [['@varga', 'repair', 'bridge'], ['@varga', 'repair', 'road'], 1],
    [['@varga', 'repair'], ['@varga', 'repair'], 1],
    [['@varga'], ['@varga'], 0],
  ])('%j and %j share %i content words', (a, b, n) => {
    expect(sharedWords({ keys: a.map((w) => [w]) }, { keys: b.map((w) => [w]) })).toBe(n);
  });

  it('pairs two accounts sharing the entity and two content words', () => {
    const pairs = crossPairs([
      claim('a.txt', 0, 'brek', 'affirmed', ['@varga', 'repair', 'bridge', 'march']),
      claim('b.txt', 0, 'dane', 'negated', ['@varga', 'repair', 'bridge', 'march']),
    ]);
    expect(pairs).toHaveLength(1);
  });

  it('pairs no accounts sharing only the entity and the predicate (as before, they paired)', () => {
    const claims = [
      claim('a.txt', 0, 'brek', 'affirmed', ['@varga', 'repair', 'bridge', 'march']),
      claim('b.txt', 0, 'dane', 'negated', ['@varga', 'repair', 'road', 'tunnel']),
    ];
    expect(crossPairs(claims, { ...LEGACY_CROSS_PARAMS, frame: 0.3 })).toHaveLength(1);
    expect(crossPairs(claims, { ...LEGACY_CROSS_PARAMS, frame: 0.3, sharedWords: 2 })).toEqual([]);
  });

  it('keeps one pair between two articles, the most similar', () => {
    const claims = [
      claim('a.txt', 0, 'brek', 'affirmed', ['@varga', 'repair', 'bridge', 'march']),
      claim('a.txt', 1, 'ivo', 'affirmed', ['@varga', 'repair', 'bridge', 'crew', 'steel']),
      claim('b.txt', 0, 'dane', 'negated', ['@varga', 'repair', 'bridge', 'march']),
      claim('b.txt', 1, 'kos', 'negated', ['@varga', 'repair', 'bridge', 'crew', 'iron']),
    ];
    expect(crossPairs(claims, { ...LEGACY_CROSS_PARAMS, sharedWords: 2 })).toHaveLength(2);
    const pairs = crossPairs(claims);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.a.claim.idx).toBe(0);
    expect(pairs[0]?.b.claim.idx).toBe(0);
  });
});

describe('cross-article pairs: one predicate lemma outranks a predicate met through the other frame (contradictions/cross-same-lemma)', () => {
  it('keeps the pair on the same lemma when one claim could pair with either', () => {
    const denied = claim('a.txt', 0, 'brek', 'negated', ['@varga', 'repair', 'bridge', 'march']);
    const same = claim('b.txt', 0, 'dane', 'affirmed', ['@varga', 'repair', 'bridge', 'crew']);
    const other = claim('c.txt', 0, 'orla', 'affirmed', ['@varga', 'repair', 'bridge', 'march', 'fund', 'city']);
    const viaFrame: DocClaim = { ...other, claim: { ...other.claim, predicate: 'fund', predicateKeys: ['fund'] } };
    const pairs = crossPairs([denied, same, viaFrame], { ...LEGACY_CROSS_PARAMS, sharedWords: 2 });
    const withDenied = pairs.filter((p) => p.a === denied || p.b === denied);
    expect(withDenied.map((p) => (p.a === denied ? p.b.doc : p.a.doc))).toEqual(['b.txt']);
  });
});

describe('cross-article pairs: predicates said of different entities do not differ (contradictions/cross-subject)', () => {
  it('pairs one subject, not two', () => {
    const a = claim('a.txt', 0, 'brek', 'affirmed', ['@varga', 'repair', 'bridge', 'march']);
    const b = claim('b.txt', 0, 'dane', 'negated', ['@varga', 'repair', 'bridge', 'march']);
    const with_ = (x: DocClaim, s: string): DocClaim => ({ ...x, claim: { ...x.claim, subject: s } });
    expect(crossPairs([with_(a, '@varga'), with_(b, '@varga')])).toHaveLength(1);
    expect(crossPairs([with_(a, '@varga'), with_(b, '@ruiz')])).toHaveLength(0);
  });
});
