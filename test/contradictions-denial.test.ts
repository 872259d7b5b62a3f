import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import { deniesNamedObject } from '../src/stages/contradictions/denied-object.js';

const pipeline = defaultPipeline();

function denialPairs(text: string) {
  const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
  pipeline.run(doc);
  return doc.get('contradictions').filter((p) => p.rule === 'contradictions/denial');
}

describe('contradictions/denial: the account a denial answers has at least four words', () => {
  it.each([
    ['Councillor Tomas Brek said the mayor Elena Varga had cut the bridge budget. Varga denied that she had cut the bridge budget.'],
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

describe('contradictions/denial-named-object: a denial of a named account or of a request is not paired by frame', () => {
  it.each([
    ['a named account', 'the reports', true],
    ['a named account with a possessive', 'Brek’s charges about her stance on the harbor', true],
    ['a named account with a modifier', 'the bribery claims, pointing to the audit', true],
    ['their account', 'their account', true],
    ['a request', 'a newspaper request to open the council files', true],
    ['an action', 'Varga’s actions to close the harbor road', true],
    ['an account with its content', 'the idea that she owned shares in the ferry company', false],
    ['a proposition', 'she would be taking paid speeches', false],
    ['a bare noun phrase that is no account', 'her opposition', false],
    ['a clause opening on a name', 'Brek was not involved in the contract', false],
  ])('%s: %s → %s', (_name, content, named) => {
    expect(deniesNamedObject(content)).toBe(named);
  });

  it.each([
    [
      'a named account',
      'Councillor Tomas Brek said the mayor Elena Varga had cut the bridge budget by half. Varga denied Brek’s charges about her bridge budget.',
    ],
    [
      'a request',
      'Councillor Tomas Brek asked the court to unseal the bridge budget files of Elena Varga. Judge Ivo Dane rejected Brek’s request to unseal the bridge budget files.',
    ],
  ])('pairs no denial of %s by frame', (_name, text) => {
    expect(denialPairs(text)).toEqual([]);
  });
});
