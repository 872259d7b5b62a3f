import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';

const pipeline = defaultPipeline();

function denialPairs(text: string) {
  const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
  pipeline.run(doc);
  return doc.get('contradictions').filter((p) => p.rule === 'contradictions/denial');
}

describe('contradictions/denial: the account a denial answers has at least four words', () => {
  it.each([
    ['Councillor Tomas Brek said the mayor Elena Varga had cut the bridge budget. Varga denied Brek’s charges about her bridge budget.'],
  ])('pairs a denial with a full account: %s', (text) => {
    expect(denialPairs(text)).toHaveLength(1);
  });

  it.each([
    ['a bare name', 'Councillor Tomas Brek praised Elena Varga. Mayor Ivo Dane rejected Brek’s charges about his stance on Varga.'],
    [
      'a three-word phrase',
      'Councillor Tomas Brek praised Elena Varga’s bridge. Mayor Ivo Dane rejected Brek’s charges about his stance on Varga.',
    ],
  ])('pairs no denial with %s', (_name, text) => {
    expect(denialPairs(text)).toEqual([]);
  });
});
