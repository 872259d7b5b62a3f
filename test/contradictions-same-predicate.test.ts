import { describe, expect, it } from 'vitest';
import { type PredicateView, predicatesMeet } from '../src/stages/contradictions/similarity.js';

/** A claim's predicate view: its lemma, the verb's keys (lemma first), its frame words. */
function view(predicate: string, keys: readonly string[], words: readonly string[] = []): PredicateView {
  return { predicate, predicateKeys: [predicate, ...keys], keys: words.map((w) => [w]) };
}

describe('contradictions/same-predicate: verbs meet in a WordNet key that is not a light verb', () => {
  it.each([
    ['the same verb', view('send', ['dispatch']), view('send', ['transmit'])],
    ['verbs sharing a content key', view('send', ['dispatch', 'transfer']), view('deploy', ['transfer'])],
    ['a light verb with a shared word', view('be', [], ['classified']), view('be', [], ['classified'])],
  ])('meet: %s', (_name, a, b) => {
    expect(predicatesMeet(a, b)).toBe(true);
  });

  it.each([
    [
      'verbs meeting only in light verbs ("hold" / "force")',
      view('hold', ['have', 'make', 'keep']),
      view('force', ['have', 'make', 'coerce']),
    ],
    ['verbs meeting only in "give" ("pay" / "mean")', view('pay', ['give', 'settle']), view('mean', ['give', 'intend'])],
    ['a light verb against another verb', view('have', ['own']), view('own', ['have'])],
    ['a light verb with no other shared word', view('be', [], ['classified']), view('be', [], ['secret'])],
    ['no shared key', view('send', ['dispatch']), view('win', ['gain'])],
  ])('do not meet: %s', (_name, a, b) => {
    expect(predicatesMeet(a, b)).toBe(false);
  });
});
