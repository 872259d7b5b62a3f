import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import type { Claim } from '../src/stages/claims/claim.js';
import { portableClaims } from '../src/stages/claims/portable.js';
import { selfReference } from '../src/stages/claims/self-reference.js';
import { subjectKey } from '../src/stages/claims/subject.js';
import { loadSynonyms } from '../src/stages/claims/synonyms.js';

const pipeline = defaultPipeline();

function claimsOf(text: string): Claim[] {
  const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
  pipeline.run(doc);
  return doc.get('claims');
}

describe('claims/question: a question commits to neither polarity (issue #14)', () => {
  it('reads a quoted question as modality ask', () => {
    const [c] = claimsOf('"So why didn\'t the mayor pay his taxes?" Councillor Ruiz asked on Monday.');
    expect(c?.modality).toBe('ask');
    expect(c?.rule).toContain('claims/question');
  });
  it('leaves a statement that ends in a full stop asserted', () => {
    const [c] = claimsOf('Councillor Ruiz said on Monday that the mayor did not pay his taxes.');
    expect(c?.modality).toBe('assert');
  });
});

describe('claims/gerund-subject: "not paying taxes made him rich" is about making, not paying', () => {
  it('takes the finite verb after a gerund subject as the predicate, affirmed', () => {
    const [c] = claimsOf('The mayor said that not paying taxes made him rich.');
    expect(c?.predicate?.lemma).toBe('make');
    expect(c?.polarity).toBe('affirmed');
  });
  it('keeps a gerund that is the predicate itself ("was paying")', () => {
    const [c] = claimsOf('The mayor said that the city was paying the contractors.');
    expect(c?.predicate?.lemma).toBe('pay');
  });
});

describe('claims/self-reference: a first-person claim is about its holder across documents', () => {
  it('adds the holder key to the entities of "I pay federal taxes"', () => {
    const claims = claimsOf('"Of course, I pay federal taxes," Mayor Elena Varga said on Monday.');
    const [c] = claims;
    expect(c && selfReference(c)).toBe(c?.holder?.key);
    const [p] = portableClaims(claims, loadSynonyms());
    expect(p?.entities).toContain(c?.holder?.key);
  });
  it('adds nothing when the subject is another party ("the city pays")', () => {
    const [c] = claimsOf('Mayor Elena Varga said on Monday that the city pays federal taxes.');
    expect(c && selfReference(c)).toBeNull();
  });
});

describe('claims/subject: the entity the predicate is said of (contradictions/cross-subject)', () => {
  it('reads the named subject before the predicate', () => {
    const [c] = claimsOf('Councillor Ruiz said on Monday that Mayor Elena Varga had won four districts.');
    expect(c && subjectKey(c)).toBe(c?.args.find((a) => a.key)?.key);
  });
  it('reads no subject when a noun phrase stands between ("the mayor\'s office")', () => {
    const [c] = claimsOf("Councillor Ruiz said on Monday that Elena Varga's office had closed the bridge.");
    expect(c && subjectKey(c)).toBeNull();
  });
});

describe('claims/negated-comparative: "nobody more qualified than X" praises X', () => {
  it('reads a negated comparative as affirmed', () => {
    const [c] = claimsOf('The governor said that nobody is more qualified than Elena Varga.');
    expect(c?.polarity).toBe('affirmed');
    expect(c?.rule).toContain('claims/negated-comparative');
  });
  it('keeps a plain negation negated', () => {
    const [c] = claimsOf('The governor said that Elena Varga is not qualified.');
    expect(c?.polarity).toBe('negated');
  });
});
