import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import { VERDICT_ON_CLAIM } from '../src/stages/contradictions/rule-verdict-on-claim.js';

const pipeline = defaultPipeline();

describe('contradictions/verdict-on-claim: an account and the verdict on it in one clause', () => {
  it.each([
    [
      'Brek’s claim that the mayor took money from the builders is "simply not true."',
      'Brek’s claim that the mayor took money from the builders',
      'is "simply not true',
    ],
    [
      'Varga said the Daily Ledger’s suggestion that the bridge will close was false.',
      'Daily Ledger’s suggestion that the bridge will close',
      'was false',
    ],
    [
      'Their allegations that the vote was rigged are baseless, the judge wrote.',
      'Their allegations that the vote was rigged',
      'are baseless',
    ],
  ])('reads %s', (text, account, verdict) => {
    const m = VERDICT_ON_CLAIM.exec(text);
    expect(m?.[1]).toContain(account);
    expect(m?.[2]).toBe(verdict);
  });

  it.each([
    ['Brek’s claim that the mayor took money from the builders is true.'],
    ['The claim was false.'],
    ['Brek said that the mayor is not true to her word.'],
  ])('does not read %s', (text) => {
    expect(VERDICT_ON_CLAIM.exec(text)).toBeNull();
  });

  it('pairs the account with a source’s verdict as a denial', () => {
    const text = 'Councillor Tomas Brek said on Monday that Varga’s claim that the bridge was repaired in March is simply not true.';
    const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
    pipeline.run(doc);
    const pairs = doc.get('contradictions').filter((p) => p.rule === 'contradictions/verdict-on-claim');
    expect(pairs.map((p) => [p.kind, p.a.span.text, p.b.span.text])).toEqual([
      ['denial', 'Varga’s claim that the bridge was repaired in March', 'is simply not true'],
    ]);
  });
});
