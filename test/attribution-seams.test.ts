import { describe, expect, it } from 'vitest';
import type { Token } from '../src/doc/layers.js';
import { quoteState } from '../src/doc/quotes.js';
import { createAttributionStage } from '../src/stages/attribution/attribution-stage.js';
import { boundaryContext } from '../src/stages/attribution/boundary-context.js';
import { DEFAULT_BOUNDARY_BONUS, rerankBoundaries } from '../src/stages/attribution/content-bounds.js';
import { withoutStrayBracket } from '../src/stages/attribution/content-trim.js';
import { prepositionToCue } from '../src/stages/attribution/cue-overlap.js';
import { aroundInterruptingCue } from '../src/stages/attribution/interrupting-cue.js';
import type { LinkedSpans } from '../src/stages/attribution/linked-spans.js';
import { loadModel } from '../src/stages/attribution/model-file.js';
import { aroundPassiveCue } from '../src/stages/attribution/passive-cue.js';
import { continueOverNextQuote } from '../src/stages/attribution/quote-continuation.js';
import { attribution, find, quotesOf, tokenizedDoc, tokensOf, words } from './support/attribution-tokens.js';

describe('at the seam of cue and content: a preposition is the cue’s, a determiner the content’s', () => {
  it.each([
    [
      'The senator raised questions about the contract.',
      'raised questions',
      'about the contract',
      'raised questions about',
      'the contract',
    ],
    ['Aides called for a recount of the ballots.', 'called', 'for a recount of the ballots', 'called for', 'a recount of the ballots'],
    // the content already starts after the preposition: the cue takes it
    ['Aides called for a recount of the ballots.', 'called', 'a recount of the ballots', 'called for', 'a recount of the ballots'],
    // a preposition wink-nlp tags SCONJ
    [
      'The paper was calling for establishing new bases in the east.',
      'was calling',
      'for establishing new bases in the east',
      'was calling for',
      'establishing new bases in the east',
    ],
    // a determiner that opens the content's noun phrase is the content's
    [
      'He has intensified the attacks on his rival.',
      'has intensified the',
      'attacks on his rival',
      'has intensified',
      'the attacks on his rival',
    ],
  ])('%s', (text, cue, content, cueAfter, contentAfter) => {
    const { tokens, l } = attribution(text, null, cue, content);
    const [out] = prepositionToCue(tokens, [l]);
    expect([words(tokens, out?.cue ?? null), words(tokens, out?.content ?? null)]).toEqual([cueAfter, contentAfter]);
  });

  it.each([
    ['The mayor asked whether the bridge would open.', 'asked', 'whether the bridge would open'],
    ['The mayor said that the bridge would open.', 'said', 'that the bridge would open'],
  ])('a clause opener stays in the content: %s', (text, cue, content) => {
    const { tokens, l } = attribution(text, null, cue, content);
    expect(prepositionToCue(tokens, [l])).toEqual([l]);
  });
});

describe('the content of an interrupting cue runs around it', () => {
  it('takes the part before “, he said,”', () => {
    const text = 'But to prevent problems, he said, local officials should be vigilant.';
    const { tokens, l } = attribution(text, 'he', 'said', 'local officials should be vigilant');
    const [out] = aroundInterruptingCue(tokens, quotesOf(text).quotes.marks, [l]);
    expect(words(tokens, out?.content ?? null)).toBe('But to prevent problems , he said , local officials should be vigilant');
    expect(out?.rule).toBe('attribution/model+interrupted');
  });

  it.each([
    ['Still, he said, the vote would go ahead.', 'he', 'said', 'the vote would go ahead'],
    ['He said, in a long speech, that the vote would go ahead.', 'He', 'said', 'that the vote would go ahead'],
    // a quotation after the cue, or an adverbial clause before it
    ['As a phone rang, the announcer said, “It is three in the morning.”', 'the announcer', 'said', '“ It is three in the morning . ”'],
    ['During his years in office, Mr. Obama said, the climate became a priority.', 'Mr. Obama', 'said', 'the climate became a priority'],
  ])('leaves it when too little comes before, nothing interrupts, or the opening is adverbial: %s', (text, source, cue, content) => {
    const { tokens, l } = attribution(text, source, cue, content);
    expect(aroundInterruptingCue(tokens, quotesOf(text).quotes.marks, [l])).toEqual([l]);
  });
});

describe('the content of a sourceless passive cue starts at its subject', () => {
  it.each([
    [
      'Mr. Ortega was accused of using public funds for a yacht.',
      null,
      'was accused of',
      'using public funds for a yacht',
      'Mr. Ortega was accused of using public funds for a yacht',
      null,
    ],
    // a subject tagged as the source of a verb about its subject is no source
    [
      'The measure is expected to pass next week.',
      'The measure',
      'is expected',
      'to pass next week',
      'The measure is expected to pass next week',
      null,
    ],
  ])('%s', (text, source, cue, content, contentAfter, sourceAfter) => {
    const { tokens, l } = attribution(text, source, cue, content);
    const [out] = aroundPassiveCue(tokens, [l]);
    expect([words(tokens, out?.content ?? null), words(tokens, out?.source ?? null)]).toEqual([contentAfter, sourceAfter]);
  });

  it.each([
    // a psych verb: the subject is the source
    ['The farmers were worried that prices would fall.', 'The farmers', 'were worried', 'that prices would fall'],
    // active voice
    ['The farmers said that prices would fall.', 'The farmers', 'said', 'that prices would fall'],
  ])('leaves it: %s', (text, source, cue, content) => {
    const { tokens, l } = attribution(text, source, cue, content);
    expect(aroundPassiveCue(tokens, [l])).toEqual([l]);
  });
});

describe('the boundary rankers leave what layout states', () => {
  it('keeps a signed quotation and a transcript line as laid out', () => {
    const model = loadModel();
    if (!model?.contentEnd || !model.contentStart) throw new Error('the committed model has no rankers');
    const text = '“We will build it, and we will build it here.” ― Ana Ruiz\n\nWALLACE: Let me ask you about the wall, Governor.';
    const doc = tokenizedDoc(text);
    const tokens = doc.get('tokens') as Token[];
    const paragraphs = doc.get('paragraphs');
    const c = boundaryContext(tokens, paragraphs, quoteState(tokens, paragraphs));
    const span = (kind: string, w: string) => ({ kind, ...find(tokens, w) });
    const laidOut: LinkedSpans[] = [
      { content: span('Q', '“ We will build it'), cue: span('C', '―'), source: span('S', 'Ana Ruiz'), rule: 'attribution/signed-quote' },
      { content: span('Q', 'Let me ask you'), cue: span('C', ':'), source: span('S', 'WALLACE'), rule: 'attribution/transcript-colon' },
    ];
    const rankers = { end: model.contentEnd.ownTable(), start: model.contentStart.ownTable() };
    expect(rerankBoundaries(c, rankers, DEFAULT_BOUNDARY_BONUS, laidOut)).toEqual(laidOut);
  });
});

describe('a quotation before its cue runs on over the next one (PolNeAR’s one content)', () => {
  const text = '“We will not back down,” she said. “The vote is on Friday, and we will win it.” The council met later.';

  it('takes the next quotation and the cue-less copy of it goes', () => {
    const { tokens, quotes } = quotesOf(text);
    const span = (kind: string, w: string) => ({ kind, ...find(tokens, w) });
    const a: LinkedSpans = {
      content: span('Q', '“ We will not back down , ”'),
      cue: span('C', 'said'),
      source: span('S', 'she'),
      rule: 'attribution/model',
    };
    const b: LinkedSpans = {
      content: span('Q', '“ The vote is on Friday , and we will win it . ”'),
      cue: null,
      source: null,
      rule: 'attribution/continuing-quote',
    };
    const out = continueOverNextQuote(tokens, () => 0, quotes, [a, b]);
    expect(out.map((l) => words(tokens, l.content))).toEqual([
      '“ We will not back down , ” she said . “ The vote is on Friday , and we will win it . ”',
    ]);
  });

  it('leaves it when the next quotation is in another paragraph', () => {
    const { tokens, quotes } = quotesOf(text);
    const span = (kind: string, w: string) => ({ kind, ...find(tokens, w) });
    const a: LinkedSpans = {
      content: span('Q', '“ We will not back down , ”'),
      cue: span('C', 'said'),
      source: span('S', 'she'),
      rule: 'attribution/model',
    };
    const secondParagraph = find(tokens, 'The vote').tokenStart - 1;
    expect(continueOverNextQuote(tokens, (i) => (i >= secondParagraph ? 1 : 0), quotes, [a])).toEqual([a]);
  });
});

describe('a cue-less content inside another statement’s content is part of it', () => {
  it('goes; one with its own cue stays', () => {
    const text = 'Officials said the plan, “a bold step for the city,” would pass, and she said “it will” too.';
    const { tokens, quotes } = quotesOf(text);
    const span = (kind: string, w: string) => ({ kind, ...find(tokens, w) });
    const outer: LinkedSpans = {
      content: span('Q', 'the plan , “ a bold step for the city , ” would pass'),
      cue: span('C', 'said'),
      source: span('S', 'Officials'),
      rule: 'attribution/model',
    };
    const inner: LinkedSpans = {
      content: span('Q', '“ a bold step for the city , ”'),
      cue: null,
      source: null,
      rule: 'attribution/continuing-quote',
    };
    expect(continueOverNextQuote(tokens, () => 0, quotes, [outer, inner])).toEqual([outer]);
    const withCue: LinkedSpans = { ...inner, cue: span('C', 'she said'), rule: 'attribution/model' };
    expect(continueOverNextQuote(tokens, () => 0, quotes, [outer, withCue])).toEqual([outer, withCue]);
  });
});

describe('a closing bracket opened before the content is not the content’s', () => {
  it.each([
    ['(Her campaign later disclosed that she has pneumonia).', 'that she has pneumonia )', 'that she has pneumonia'],
    ['Aides said the bill (a big one) passed.', 'the bill ( a big one )', 'the bill ( a big one )'],
  ])('%s', (text, content, expected) => {
    const tokens = tokensOf(text);
    const l: LinkedSpans = { content: { kind: 'Q', ...find(tokens, content) }, cue: null, source: null, rule: 'attribution/model' };
    const [out] = withoutStrayBracket(tokens, [l]);
    expect(words(tokens, out?.content ?? null)).toBe(expected);
  });
});

describe('signed quotations in a row', () => {
  it('each quotation goes to the name after it, and none takes the name before it', () => {
    const text =
      '“The park should stay open all year.” ― Lena Ortiz “Nobody asked the neighbours first.” ― Tomas Berg “We will take it to the council.” ― Ada Quill';
    const doc = tokenizedDoc(text);
    createAttributionStage({ convention: 'polnear' }).run(doc, { report: () => {} });
    const signed = doc.get('attributionSpans').map((a) => [a.source?.text, a.content.text]);
    expect(signed).toEqual([
      ['Lena Ortiz', '“The park should stay open all year.”'],
      ['Tomas Berg', '“Nobody asked the neighbours first.”'],
      ['Ada Quill', '“We will take it to the council.”'],
    ]);
  });
});
