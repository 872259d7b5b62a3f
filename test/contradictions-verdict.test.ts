import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import { isVerdict } from '../src/stages/contradictions/rule-verdict.js';

const pipeline = defaultPipeline();

function pairsOf(text: string) {
  const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
  pipeline.run(doc);
  return doc.get('contradictions');
}

describe('contradictions/verdict: a verdict standing alone', () => {
  it.each([
    ['That comment is a lie.'],
    ['That is false.'],
    ['Not true.'],
    ['“It’s just not true.”'],
    ['"Nice try, not true,"'],
    ['Pants on fire.'],
    ["''That claim is simply false.''"],
  ])('reads %s as a verdict', (text) => {
    expect(isVerdict(text)).toBe(true);
  });

  it.each([
    ['It is not true that the bridge will close, she said.'],
    ['The mayor said the report was true.'],
    ['That is true.'],
    ['Nothing was false about the budget figures presented on Monday.'],
    ['A lie detector was used.'],
  ])('does not read %s as one', (text) => {
    expect(isVerdict(text)).toBe(false);
  });

  const pairs: [string, string, string, string][] = [
    [
      'a source’s verdict against the other holder’s claim before it',
      'Mayor Elena Varga said the Harbor Bridge had been repaired in March. Councillor Tomas Brek replied in a statement. “That is simply not true,” Brek said.',
      'the Harbor Bridge had been repaired in March',
      'denial',
    ],
    [
      'the article’s own verdict sentence',
      'Mayor Elena Varga said the Harbor Bridge had been repaired in March by city crews. That comment is a lie.',
      'the Harbor Bridge had been repaired in March by city crews',
      'fact-check',
    ],
  ];
  it.each(pairs)('pairs %s', (_name, text, account, kind) => {
    const found = pairsOf(text).filter((p) => p.rule === 'contradictions/verdict');
    expect(found).toHaveLength(1);
    expect(found[0]?.kind).toBe(kind);
    expect(found[0]?.a.span.text).toContain(account);
  });

  const none: [string, string][] = [
    ['a verdict with no account before it', 'That is false. Mayor Elena Varga opened the Harbor Bridge on Monday.'],
    [
      'the account is the verdict holder’s own',
      'Councillor Tomas Brek said the Harbor Bridge had been repaired in March. “That is not true,” Brek said later.',
    ],
    [
      'the account is too far back',
      'Mayor Elena Varga said the Harbor Bridge had been repaired in March. The bridge is old. It was built in 1921. Its towers are stone. Its deck is steel. Its lamps are new. That is false.',
    ],
  ];
  it.each(none)('finds no verdict pair when %s', (_name, text) => {
    expect(pairsOf(text).filter((p) => p.rule === 'contradictions/verdict')).toEqual([]);
  });
});
