import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity, Sentence, Token } from '../src/doc/layers.js';
import { coverOf, entityAt } from '../src/stages/claims/arguments.js';
import type { Claim } from '../src/stages/claims/claim.js';
import type { PairContext } from '../src/stages/contradictions/context.js';
import { pairWindows } from '../src/stages/contradictions/windows.js';

/** Issue #19 item 10: claims and contradictions stay linear in the document's length. */

/** Tokens of one character each, every other offset (0, 2, 4 …), so spans can fall between them. */
const tokensOf = (n: number): Token[] =>
  Array.from({ length: n }, (_, i) => ({ start: 2 * i, end: 2 * i + 1, text: 'x', pos: 'NOUN', lemma: 'x', sentence: 0 }));

const entityOf = (id: number, mentions: readonly { start: number; end: number }[]): Entity =>
  ({ id: `e${id}`, name: `E${id}`, type: 'PERSON', mentions: mentions.map((m) => ({ ...m, text: 'x' })) }) as unknown as Entity;

const span = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, len]) => ({ start, end: start + len }));

describe('coverOf answers for each token what entityAt answers', () => {
  it('for any entities and mentions (first entity in order wins)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(span, { maxLength: 4 }), { maxLength: 6 }), (mentionLists) => {
        const tokens = tokensOf(32);
        const entities = mentionLists.map((m, k) => entityOf(k, m));
        const cover = coverOf(tokens, entities);
        tokens.forEach((t, i) => {
          expect(cover[i]).toBe(entityAt(entities, t.start, t.end));
        });
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['no entity (negative)', [], 3, undefined],
    ['a mention that only touches the token (negative)', [[{ start: 0, end: 6 }]], 3, undefined],
    ['a mention over the token', [[{ start: 0, end: 7 }]], 3, 'e0'],
    ['two entities: the first in order', [[{ start: 6, end: 7 }], [{ start: 0, end: 9 }]], 3, 'e0'],
  ])('%s', (_, mentionLists, token, expected) => {
    const tokens = tokensOf(8);
    const entities = (mentionLists as { start: number; end: number }[][]).map((m, k) => entityOf(k, m));
    expect(coverOf(tokens, entities)[token]?.id).toBe(expected);
  });
});

/** A context of `n` claims, one per sentence, sentence i at offset 10·i. */
function contextOf(n: number): PairContext {
  const sentences: Sentence[] = Array.from({ length: n }, (_, i) => ({
    start: 10 * i,
    end: 10 * i + 9,
    tokenStart: i,
    tokenEnd: i + 1,
    paragraph: 0,
  }));
  // claims in an order other than the text's (event claims come after the attributions' ones)
  const claims = Array.from({ length: n }, (_, i) => {
    const at = i % 2 === 0 ? i / 2 : n - 1 - (i - 1) / 2;
    return { id: `c${i + 1}`, span: { start: 10 * at, end: 10 * at + 5, text: 'x' } } as unknown as Claim;
  });
  return {
    text: '',
    date: null,
    tokens: [],
    sentences,
    entities: [],
    claims,
    synonyms: new Map(),
    narrator: 'the article',
  } as unknown as PairContext;
}

describe('pairWindows', () => {
  it.each([0, 1, 10, 400])('a document of %i claims (up to the window) is read whole, as it was', (n) => {
    const ctx = contextOf(n);
    expect(pairWindows(ctx, 400)).toEqual([ctx]);
  });

  it.each([
    [401, 400],
    [130, 40],
    [57, 10],
    [11, 10],
  ])('%i claims in windows of %i: each window bounded, in document order, neighbours together', (n, size) => {
    const ctx = contextOf(n);
    const windows = pairWindows(ctx, size);
    expect(windows.length).toBeGreaterThan(1);
    const together = new Set<string>();
    const position = new Map(ctx.claims.map((c, i) => [c, i]));
    for (const w of windows) {
      expect(w.claims.length).toBeLessThanOrEqual(size);
      const order = w.claims.map((c) => position.get(c) as number);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const a of w.claims) for (const b of w.claims) together.add(`${a.span.start}|${b.span.start}`);
    }
    // every sentence is read by some window, and every two claims less than half a window apart meet
    const read = new Set(windows.flatMap((w) => w.sentences));
    expect(read.size).toBe(ctx.sentences.length);
    const starts = ctx.claims.map((c) => c.span.start).sort((a, b) => a - b);
    const apart: string[] = [];
    for (let i = 0; i < starts.length; i++)
      for (let j = i; j < Math.min(starts.length, i + Math.floor(size / 2)); j++)
        if (!together.has(`${starts[i]}|${starts[j]}`)) apart.push(`${starts[i]}|${starts[j]}`);
    expect(apart).toEqual([]);
  });
});
