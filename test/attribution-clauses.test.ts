import { describe, expect, it } from 'vitest';
import type { Token } from '../src/doc/layers.js';
import type { TaggedSpan } from '../src/learn/bio.js';
import { withoutTaggedEdges } from '../src/stages/attribution/content-edges.js';
import { snapContents } from '../src/stages/attribution/content-snap.js';
import { contentAfterOwnFrame } from '../src/stages/attribution/content-trim.js';
import { cutAtCoordinatedCue } from '../src/stages/attribution/coordinated-cue.js';
import type { LinkedSpans } from '../src/stages/attribution/linked-spans.js';
import { orphanCues } from '../src/stages/attribution/orphan-cues.js';
import { attribution, find, tokensOf, words } from './support/attribution-tokens.js';

/** Tagged spans over `text`: [kind, words] pairs. */
function tagged(text: string, spans: [string, string][]): { tokens: Token[]; spans: TaggedSpan[] } {
  const tokens = tokensOf(text);
  return { tokens, spans: spans.map(([kind, w]) => ({ kind, ...find(tokens, w) })) };
}

describe('a content leaves the tokens the source/cue tagger claims at its edges', () => {
  const cases: { name: string; text: string; spans: [string, string][]; content: string | null }[] = [
    {
      name: 'a quotation run on into its cue and source',
      text: '“There is a lot of new complexity,” said Mr. Burman.',
      spans: [
        ['Q', '“ There is a lot of new complexity , ” said'],
        ['C', 'said'],
        ['S', 'Mr. Burman'],
      ],
      content: '“ There is a lot of new complexity , ”',
    },
    {
      name: 'a content that starts on its source',
      text: 'Ms. Wahl told the audience she would quit.',
      spans: [
        ['S', 'Ms. Wahl'],
        ['C', 'told'],
        ['Q', 'Wahl told the audience she would quit'],
      ],
      content: 'the audience she would quit',
    },
    {
      name: 'a content inside a source is no content',
      text: 'Mr. Burman said it.',
      spans: [
        ['S', 'Mr. Burman'],
        ['Q', 'Burman'],
        ['C', 'said'],
      ],
      content: null,
    },
    {
      name: 'negative: an interrupting cue inside the content stays',
      text: '“We will build it,” she said, “and they will come.”',
      spans: [
        ['Q', '“ We will build it , ” she said , “ and they will come . ”'],
        ['S', 'she'],
        ['C', 'said'],
      ],
      content: '“ We will build it , ” she said , “ and they will come . ”',
    },
    {
      name: 'negative: a content that touches no claimed token is left as it is',
      text: 'The minister said the border would stay shut.',
      spans: [
        ['S', 'The minister'],
        ['C', 'said'],
        ['Q', 'the border would stay shut'],
      ],
      content: 'the border would stay shut',
    },
  ];
  it.each(cases)('$name', ({ text, spans, content }) => {
    const t = tagged(text, spans);
    const out = withoutTaggedEdges(t.tokens, t.spans).filter((s) => s.kind === 'Q');
    expect(out.map((s) => words(t.tokens, s))).toEqual(content === null ? [] : [content]);
  });
});

describe('a content ends before a coordinated clause with a cue of its own', () => {
  const text = 'Mr. Trump has attacked loopholes that benefit others, and has called for eliminating the tax break.';
  function linked(firstContentEnd: string): { tokens: Token[]; list: LinkedSpans[] } {
    const tokens = tokensOf(text);
    const span = (kind: string, w: string) => ({ kind, ...find(tokens, w) });
    const first = find(tokens, 'loopholes');
    return {
      tokens,
      list: [
        {
          source: span('S', 'Mr. Trump'),
          cue: span('C', 'has attacked'),
          content: { kind: 'Q', tokenStart: first.tokenStart, tokenEnd: find(tokens, firstContentEnd).tokenEnd },
          rule: 'attribution/model',
        },
        { source: null, cue: span('C', 'has called for'), content: span('Q', 'eliminating the tax break'), rule: 'attribution/model' },
      ],
    };
  }

  it('cuts the first content at ", and"', () => {
    const { tokens, list } = linked('break');
    const out = cutAtCoordinatedCue(tokens, list);
    expect(words(tokens, (out[0] as LinkedSpans).content)).toBe('loopholes that benefit others');
    expect((out[0] as LinkedSpans).rule).toBe('attribution/model+coordinated');
    expect(out[1]).toBe(list[1]);
  });

  it('negative: a content that already ends before the clause is left alone', () => {
    const { tokens, list } = linked('others');
    expect(cutAtCoordinatedCue(tokens, list)).toEqual(list);
  });

  it('negative: a cue inside the content with no coordinator before it is no cut ("X, he said, Y")', () => {
    const { tokens, l } = attribution(
      '“We will build it,” she said, “and they will come.”',
      'she',
      'said',
      '“ We will build it , ” she said , “ and they will come . ”',
    );
    const inner: LinkedSpans = { ...l, content: { kind: 'Q', ...find(tokens, 'they will come') } };
    const out = cutAtCoordinatedCue(tokens, [l, inner]);
    expect(out[0]).toBe(l);
  });
});

describe('snapping a content to its sentence stops at a coordinated verb phrase', () => {
  const cases = [
    { text: 'Mr. Trump attacked loopholes that benefit others, and called for cuts.', content: 'loopholes that benefit others' },
    { text: 'Mr. Trump attacked loopholes that benefit others but has offered no plan.', content: 'loopholes that benefit others' },
    // negative: "and" before a noun phrase is part of the content
    {
      text: 'Mr. Trump attacked loopholes that benefit hedge funds and private equity firms.',
      content: 'loopholes that benefit hedge funds and private equity firms',
    },
  ];
  it.each(cases)('$text', ({ text, content }) => {
    const { tokens, l } = attribution(text, 'Mr. Trump', 'attacked', 'loopholes');
    const [out] = snapContents(tokens, [l]);
    expect(words(tokens, (out as LinkedSpans).content)).toBe(content);
  });
});

describe('a content never holds its own source', () => {
  const frame = (text: string, source: string, cue: string | null): { tokens: Token[]; l: LinkedSpans } => {
    const tokens = tokensOf(text);
    const span = (kind: string, w: string): TaggedSpan => ({ kind, ...find(tokens, w) }) as TaggedSpan;
    const content = { kind: 'Q', tokenStart: 0, tokenEnd: tokens.length - 1 } as TaggedSpan;
    return { tokens, l: { source: span('S', source), cue: cue ? span('C', cue) : null, content, rule: 'attribution/model' } };
  };
  it.each([
    [
      'a source inside, no cue',
      'Her remarks differed from a new survey that wages were falling.',
      'a new survey',
      null,
      'that wages were falling',
    ],
    [
      'negative: a cue inside is left to the split around the cue',
      'Unlike last year , the union leader said the talks had stalled.',
      'the union leader',
      'said',
      'Unlike last year , the union leader said the talks had stalled',
    ],
  ])('%s', (_name, text, source, cue, content) => {
    const { tokens, l } = frame(text, source, cue);
    const [out] = contentAfterOwnFrame([l]);
    expect(words(tokens, (out as LinkedSpans).content)).toBe(content);
  });
  it('negative: a content after its source keeps its start', () => {
    const { tokens, l } = attribution('The mayor said the port would reopen.', 'The mayor', 'said', 'the port would reopen');
    const [out] = contentAfterOwnFrame([l]);
    expect(words(tokens, (out as LinkedSpans).content)).toBe('the port would reopen');
  });
});

describe('an orphan cue before the rest of its sentence', () => {
  const text = 'The mayor said the port would reopen on Monday.';
  const t = tagged(text, [
    ['S', 'The mayor'],
    ['C', 'said'],
  ]);
  const sentences = [{ start: 0, end: text.length, tokenStart: 0, tokenEnd: t.tokens.length, paragraph: 0 }];
  it('takes the rest of the sentence as content for the rules alone', () => {
    const out = orphanCues(t.tokens, sentences, t.spans, []);
    expect(out.map((l) => words(t.tokens, l.content))).toEqual(['the port would reopen on Monday']);
  });
  it('negative: not after the learned taggers, which saw the sentence and tagged no content', () => {
    expect(orphanCues(t.tokens, sentences, t.spans, [], true)).toEqual([]);
  });
});
