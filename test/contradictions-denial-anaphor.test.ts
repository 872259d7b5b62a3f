import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';

const pipeline = defaultPipeline();

function anaphorPairs(text: string) {
  const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
  pipeline.run(doc);
  return doc.get('contradictions').filter((p) => p.rule === 'contradictions/denial-anaphor');
}

describe('contradictions/denial-anaphor: a relative denial of a named charge', () => {
  const found: [string, string, string][] = [
    [
      'The files raise questions about whether the builders paid for access to the mayor, a charge that Mayor Elena Varga has faced before and has always denied.',
      'whether the builders paid for access to the mayor',
      'has always denied',
    ],
    [
      'The Daily Ledger reported that the builders paid the mayor, which she has denied.',
      'the builders paid the mayor',
      'which she has denied',
    ],
  ];
  it.each(found)('pairs the account with its denial in %s', (text, account, denial) => {
    const pairs = anaphorPairs(text);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.a.span.text).toContain(account);
    expect(pairs[0]?.b.span.text).toContain(denial);
  });

  const none: [string, string][] = [
    ['a denial of something refused', 'The builders asked for a permit, which the council denied that week.'],
    ['an account nobody denies', 'The Daily Ledger reported that the builders paid the mayor, a charge that Varga has faced before.'],
    ['a relative clause with no account before it', 'The bridge opened on Monday, which pleased the builders.'],
  ];
  it.each(none)('finds no pair for %s', (_name, text) => {
    expect(anaphorPairs(text)).toEqual([]);
  });
});

describe('contradictions/denial-anaphor: "both" answers the two accounts before it', () => {
  it.each([
    [
      'Councillor Tomas Brek accused Mayor Elena Varga of wasting the bridge money. The Daily Ledger reported that she had hidden the bridge accounts. Varga has disputed both charges.',
      2,
    ],
    [
      'Councillor Tomas Brek accused Mayor Elena Varga of wasting the bridge money. The Daily Ledger reported that she had hidden the bridge accounts. Varga has disputed the charges.',
      1,
    ],
  ] as const)('%s: %i pairs', (text, n) => {
    expect(anaphorPairs(text)).toHaveLength(n);
  });
});
