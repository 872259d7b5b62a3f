import { describe, expect, it } from 'vitest';
import type { LinkedSpans } from '../src/stages/attribution/linked-spans.js';
import { participleSubjects } from '../src/stages/attribution/participle-source.js';
import { extendSources } from '../src/stages/attribution/source-extent.js';
import { attribution, find, tokenizedDoc, tokensOf, words } from './support/attribution-tokens.js';

describe('a participle cue takes its clause’s subject as source', () => {
  it.each([
    [
      'the sentence’s opening noun phrase',
      'The harbour master took the question calmly, saying the port would reopen.',
      'The harbour master',
    ],
    ['a personal pronoun opening the sentence', 'She hit back on Monday, calling the plan a mistake.', 'She'],
  ])('%s', (_name, text, expected) => {
    const cue = text.includes('saying') ? 'saying' : 'calling';
    const content = text.includes('saying') ? 'the port would reopen' : 'the plan a mistake';
    const { tokens, l } = attribution(text, null, cue, content);
    const [out] = participleSubjects(tokens, [l]);
    expect(words(tokens, out?.source ?? null)).toBe(expected);
    expect(out?.rule).toContain('+participle-subject');
  });

  it('copies the source of an earlier attribution in the sentence', () => {
    const text = 'Mayor Tilde Ashgrove said the budget was tight, adding that taxes would rise.';
    const tokens = tokensOf(text);
    const span = (kind: string, w: string) => ({ kind, ...find(tokens, w) });
    const first: LinkedSpans = {
      source: span('S', 'Mayor Tilde Ashgrove'),
      cue: span('C', 'said'),
      content: span('Q', 'the budget was tight'),
      rule: 'm',
    };
    const second: LinkedSpans = { source: null, cue: span('C', 'adding'), content: span('Q', 'taxes would rise'), rule: 'm' };
    expect(words(tokens, participleSubjects(tokens, [first, second])[1]?.source ?? null)).toBe('Mayor Tilde Ashgrove');
  });

  it.each([
    ['no comma before the participle', 'Crowds kept saying the port would reopen.', 'saying', 'the port would reopen'],
    [
      'a sentence opening with a clause, not a subject',
      'After the vote ended, saying nothing, the port would reopen.',
      'saying',
      'nothing',
    ],
    ['a finite cue', 'The harbour master took the question calmly, and said the port would reopen.', 'said', 'the port would reopen'],
  ])('leaves no source for %s', (_name, text, cue, content) => {
    const { tokens, l } = attribution(text, null, cue, content);
    expect(participleSubjects(tokens, [l])[0]?.source).toBeNull();
  });
});

describe('a bracketed party label is part of the source', () => {
  it('keeps "(D-N.Y.)" inside one sentence', () => {
    const doc = tokenizedDoc('Rep. Tova Grell (D-N.Y.) said the bill would pass. The vote is Friday.');
    expect(doc.get('sentences').map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'Rep. Tova Grell (D-N.Y.) said the bill would pass.',
      'The vote is Friday.',
    ]);
  });

  it.each([
    ['a source tagged inside the label', 'Rep. Tova Grell (D-N.Y.) said the bill would pass.', 'Y. )'],
    ['a source that stops at the name', 'Rep. Tova Grell (D-N.Y.) said the bill would pass.', 'Tova Grell'],
    ['no source tagged', 'Rep. Tova Grell (D-N.Y.) said the bill would pass.', null],
  ])('%s', (_name, text, source) => {
    const { tokens, l } = attribution(text, source, 'said', 'the bill would pass');
    expect(words(tokens, extendSources(tokens, [l])[0]?.source ?? null)).toBe('Rep. Tova Grell ( D - N . Y. )');
  });

  it('does not take a bracket that is not right before the cue', () => {
    const text = 'Rep. Tova Grell (D-N.Y.), the chair, said the bill would pass.';
    const { tokens, l } = attribution(text, 'the chair', 'said', 'the bill would pass');
    expect(words(tokens, extendSources(tokens, [l])[0]?.source ?? null)).toBe('the chair');
  });
});

describe('a source never starts or ends inside a word', () => {
  it.each([
    [
      'a number written with a hyphen',
      'Sixty-six percent of voters said they would stay home.',
      'six percent',
      'Sixty - six percent of voters',
    ],
    ['a compound adjective', 'The self-described reformer said he would stay home.', 'The self', 'The self - described reformer'],
    ['an abbreviation with inner stops', 'The A.F.L.-C.I.O. said it would stay home.', 'The A.F.L. - C', 'The A.F.L. - C . I.O.'],
  ])('%s', (_name, text, source, expected) => {
    const cue = 'said';
    const content = text.includes('it would')
      ? 'it would stay home'
      : text.includes('he would')
        ? 'he would stay home'
        : 'they would stay home';
    const { tokens, l } = attribution(text, source, cue, content);
    expect(words(tokens, extendSources(tokens, [l])[0]?.source ?? null)).toBe(expected);
  });

  it('leaves a hyphen with spaces around it alone', () => {
    const text = 'The mayor - a quiet man - said he would stay home.';
    const { tokens, l } = attribution(text, 'a quiet man', 'said', 'he would stay home');
    expect(words(tokens, extendSources(tokens, [l])[0]?.source ?? null)).toBe('a quiet man');
  });
});

describe('no sentence starts at a word in lower case', () => {
  it.each([
    ['after a bracketed label', 'Chairman Ivo Brandt (R-Miss.) said he would stay. The vote is Friday.', 2],
    ['two real sentences', 'Ivo Brandt spoke. He would stay.', 2],
  ])('%s', (_name, text, count) => {
    expect(tokenizedDoc(text).get('sentences')).toHaveLength(count);
  });
});
