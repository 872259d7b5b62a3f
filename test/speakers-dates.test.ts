import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import type { Attribution } from '../src/doc/layers.js';
import { afterPublication, presentTenseCue, statedDate } from '../src/stages/speakers/date.js';
import { isAnonymousSource } from '../src/stages/speakers/resolve.js';

// Sentences written for this project (no corpus text).
const pipeline = defaultPipeline();
function attributions(text: string, date = '2026-03-06'): Attribution[] {
  const doc = new Doc({ id: 't', date, text, meta: {} });
  pipeline.run(doc);
  return doc.get('attributions');
}

describe('what is no statement', () => {
  it.each([['an act in an infinitive', 'The Marreno city council voted 7-2 on Tuesday to approve a new tram line.', /approve/]])(
    '%s',
    (_name, text, cue) => {
      expect(attributions(text).filter((a) => cue.test(a.cue?.text ?? ''))).toEqual([]);
    },
  );
  it.each([
    ['declined to say', 'A spokeswoman for the port authority declined to say whether the talks had resumed.'],
    ['refused to comment', 'Mayor Daniel Reyes refused to comment on the tram line.'],
  ])('a refusal (%s) stays on record, marked: nothing was said', (_name, text) => {
    const found = attributions(text);
    expect(found.some((a) => /declin|refus/.test(a.cue?.text ?? ''))).toBe(true);
    // also "comment on" inside "refused to comment on": no statement either
    expect(found.map((a) => a.nonStatement)).toEqual(found.map(() => 'refusal'));
  });
  it('negative: a plain statement stays', () => {
    expect(attributions('Mayor Daniel Reyes said the tram line would open in 2030.')).toHaveLength(1);
  });
});

describe('anonymous sources', () => {
  it.each([
    ['two officials familiar with the plan', true],
    ['a person close to the talks', true],
    ['Council member Walter Briggs', false],
    ['Mayor Daniel Reyes', false],
  ])('%s → anonymous %s', (source, anonymous) => {
    expect(isAnonymousSource(source)).toBe(anonymous);
  });
  it('flags the speaker of an unnamed source in the output', () => {
    const [a] = attributions('Two officials familiar with the plan said the vote would be delayed.');
    expect(a?.speaker?.anonymous).toBe(true);
  });
});

describe('statement dates', () => {
  const cue = { start: 10, end: 14, text: 'said' };
  const content = { start: 15, end: 40, text: 'x' };
  it.each([
    ['a timex in the cue', [{ start: 10, end: 14, text: 'said', type: 'DATE', value: '2026-03-05' }], '2026-03-05'],
    [
      'a timex anchored to the cue but inside the content',
      [{ start: 20, end: 24, text: '1972', type: 'DATE', value: '1972', anchor: { start: 10, end: 14 } }],
      null,
    ],
    ['a timex after publication', [{ start: 10, end: 14, text: 'said', type: 'DATE', value: '2026-04-01' }], null],
  ])('%s', (_name, timexes, value) => {
    expect(statedDate(cue, timexes as never, content, '2026-03-06')).toBe(value);
  });
  it.each([
    ['2026-03', '2026-03-06', false],
    ['2026-03-07', '2026-03-06', true],
    ['2027', '2026-03-06', true],
  ])('%s after %s: %s', (date, published, after) => {
    expect(afterPublication(date, published)).toBe(after);
  });
  it('a present-tense cue is dated at publication; a past one without a timex is not', () => {
    expect(presentTenseCue({ start: 0, end: 4, text: 'says' })).toBe(true);
    expect(presentTenseCue({ start: 0, end: 4, text: 'said' })).toBe(false);
  });
  it('never takes a date from what was said', () => {
    const [a] = attributions('Mayor Daniel Reyes said the old port opened in 1972 and closed in 1990.');
    expect(a).toBeDefined();
    expect(String(a?.date)).not.toMatch(/^19/);
  });
});
