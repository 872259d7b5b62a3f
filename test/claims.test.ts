import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import { type Claim, stancePolarity } from '../src/stages/claims/claim.js';

const pipeline = defaultPipeline();

function claimsOf(text: string): Claim[] {
  const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
  pipeline.run(doc);
  return doc.get('claims');
}

describe('claims: polarity, modality and predicate of invented statements', () => {
  const cases: [string, { polarity: string; stance: string; modality: string; predicate: string }][] = [
    [
      'Mayor Elena Varga said on Monday that the city will not close the Harbor Bridge.',
      { polarity: 'negated', stance: 'negated', modality: 'will', predicate: 'close' },
    ],
    [
      'The Daily Ledger reported on Friday that the city was preparing to close the Harbor Bridge.',
      { polarity: 'affirmed', stance: 'affirmed', modality: 'plan', predicate: 'prepare' },
    ],
    [
      'The minister denied that the bridge had been damaged.',
      { polarity: 'affirmed', stance: 'negated', modality: 'deny', predicate: 'damage' },
    ],
    ['Officials said the city may reopen the market.', { polarity: 'affirmed', stance: 'affirmed', modality: 'may', predicate: 'reopen' }],
    // negative cases: a plain past assertion is affirmed and asserted
    ['The mayor said the city closed the bridge.', { polarity: 'affirmed', stance: 'affirmed', modality: 'assert', predicate: 'close' }],
    [
      'The mayor said there was no money left for the bridge.',
      { polarity: 'negated', stance: 'negated', modality: 'assert', predicate: 'leave' },
    ],
    // negation from the subject or after a copula (issue #14, claims/negative-subject, claims/negated-copula)
    [
      'The minister said none of the documents were marked secret.',
      { polarity: 'negated', stance: 'negated', modality: 'assert', predicate: 'mark' },
    ],
    [
      'The minister said the report was not accurate at the time it was sent.',
      { polarity: 'negated', stance: 'negated', modality: 'assert', predicate: 'accurate' },
    ],
  ];
  it.each(cases)('%s', (text, want) => {
    const [c] = claimsOf(text);
    expect(c).toBeDefined();
    if (!c) return;
    expect({ polarity: c.polarity, stance: stancePolarity(c), modality: c.modality, predicate: c.predicate?.lemma }).toEqual(want);
    expect(text.slice(c.span.start, c.span.end)).toBe(c.span.text);
    expect(c.rule).toMatch(/^claims\//);
  });
});

describe('claims: holders, dates, quantities', () => {
  it('flags a described group as an anonymous holder and a named person as not', () => {
    const claims = claimsOf(
      'Three officials familiar with the plan said the city may reopen the market. Mayor Elena Varga said the market would stay shut.',
    );
    expect(claims.map((c) => c.holder?.anonymous)).toEqual([true, false]);
  });

  it('dates a claim by its cue and leaves an undated one null', () => {
    const claims = claimsOf('Mayor Elena Varga said on Monday that the bridge is safe. Engineers said the bridge is unsafe.');
    expect(claims.map((c) => c.date)).toEqual(['2026-03-09', null]);
  });

  it('reads figures with what they count, and no figure from a date', () => {
    const [withCount, withDate] = claimsOf(
      'Port engineers said 300 workers were repairing the bridge. The mayor said on March 3, 2026 that repairs had begun.',
    );
    expect(withCount?.quantities.map((q) => [q.value, q.unit])).toEqual([[300, 'worker']]);
    expect(withDate?.quantities).toEqual([]);
  });

  it('names entity arguments by id and other noun phrases by their lemmas', () => {
    const [c] = claimsOf('Mayor Elena Varga said the Harbor Bridge needs new steel cables.');
    expect(c?.args.some((a) => a.entity !== null)).toBe(true);
    expect(c?.args.some((a) => a.entity === null && a.norm.includes('cable'))).toBe(true);
  });

  it('ties the fragments of one quotation into one statement, and keeps separate statements apart', () => {
    const split = claimsOf('“The bridge will not close,” Mayor Elena Varga said on Monday. “The bridge is open.”');
    expect(split).toHaveLength(2);
    expect(split[1]?.statement).toBe(split[0]?.id);
    expect(split[1]?.rule).toContain('claims/statement');
    // negative: two statements by one speaker, each with its own cue, stay two statements
    const two = claimsOf('Mayor Elena Varga said the bridge will not close. Varga said on Monday the bridge is open.');
    expect(two).toHaveLength(2);
    expect(two[0]?.statement).not.toBe(two[1]?.statement);
  });

  it('adds no event claim for the reporting verb of an attribution', () => {
    const claims = claimsOf('Engineers said the bridge is unsafe.');
    expect(claims.map((c) => c.rule.split('+')[0])).toEqual(['claims/attribution']);
  });
});
