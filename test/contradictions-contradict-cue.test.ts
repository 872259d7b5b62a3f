import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';

const pipeline = defaultPipeline();

function cuePairs(text: string) {
  const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
  pipeline.run(doc);
  return doc.get('contradictions').filter((p) => p.rule === 'contradictions/contradict-cue');
}

describe('contradictions/contradict-cue: the article says one account goes against another', () => {
  const found: [string, string, string, string][] = [
    [
      'the account named after the cue, its words in the sentence',
      'The Harbor Bridge memo appears to contradict 2024 comments from Mayor Elena Varga that the bridge was safe for heavy trucks.',
      'the bridge was safe for heavy trucks',
      'The Harbor Bridge memo appears to contradict',
    ],
    [
      'the account in the next sentence',
      'The inspection video directly contradicted what Varga and Brek said about the bridge. Varga and Brek had asserted that the bridge never cracked.',
      'the bridge never cracked',
      'directly contradicted',
    ],
  ];
  it.each(found)('pairs %s', (_name, text, account, cue) => {
    const pairs = cuePairs(text);
    expect(pairs).toHaveLength(1);
    const sides = [pairs[0]?.a.span.text ?? '', pairs[0]?.b.span.text ?? ''];
    expect(sides.some((t) => t.includes(account))).toBe(true);
    expect(sides.some((t) => t.includes(cue))).toBe(true);
  });

  const none: [string, string][] = [
    [
      'a cue under negation',
      'The Harbor Bridge memo did not contradict comments from Mayor Elena Varga that the bridge was safe for heavy trucks.',
    ],
    [
      'a cue inside a source’s quoted words',
      '“Anything contrary to his thinking gets dropped,” said Councillor Tomas Brek. Varga said the bridge was safe.',
    ],
    ['a cue with no account named', 'The new timetable contradicted the old one in many small ways. Varga said the bridge was safe.'],
  ];
  it.each(none)('finds no pair for %s', (_name, text) => {
    expect(cuePairs(text)).toEqual([]);
  });
});
