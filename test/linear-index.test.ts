import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity, Timex } from '../src/doc/layers.js';
import { contains, overlaps, type Span } from '../src/doc/span.js';
import { LastMentionBefore } from '../src/stages/entities/last-mention.js';
import type { WorkMention } from '../src/stages/entities/mention.js';
import { IndexCache, IntervalIndex } from '../src/stages/shared/interval-index.js';
import { afterPublication, statedDate } from '../src/stages/speakers/date.js';
import { entityGender } from '../src/stages/speakers/gender.js';

/**
 * Issue #19 item 10, "cost flat in article length": the per-document indexes that replaced
 * per-attribution scans answer as the scans did, and the work they do per question does not
 * grow with the document.
 */

const span = (start: number, end: number): Span => ({ start, end, text: 'x'.repeat(end - start) });
const range = fc.tuple(fc.nat(120), fc.nat(12)).map(([start, len]) => span(start, start + len));

/** The plain scan `statedDate` replaced (the code before the index, kept here as the reference). */
function statedDateByScan(cue: Span | null, timexes: readonly Timex[], content: Span | null, published: string | null): string | null {
  if (!cue) return null;
  for (const t of timexes) {
    const anchor = (t as { anchor?: Span }).anchor;
    const inCue = contains(cue, t);
    const anchored = anchor !== undefined && overlaps(anchor, cue) && !(content && overlaps(content, t));
    if ((inCue || anchored) && (t.type === 'DATE' || t.type === 'TIME')) {
      const m = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(t.value);
      if (m && !afterPublication(m[0], published)) return m[0];
    }
  }
  return null;
}

const timex = fc
  .record({
    at: range,
    anchor: fc.option(range, { nil: undefined }),
    type: fc.constantFrom('DATE', 'TIME', 'DURATION', 'SET'),
    value: fc.constantFrom('2026-03-02', '2026-03', '2027-01-01', 'PRESENT_REF', 'P3D'),
  })
  .map(({ at, anchor, type, value }) => ({ ...at, type, value, ...(anchor ? { anchor } : {}) }) as Timex);

describe('statedDate (timexes by index) finds what the scan found', () => {
  const monday = { ...span(20, 26), type: 'DATE', value: '2026-03-02' } as Timex;
  it.each([
    ['a timex inside the cue', [monday], span(14, 26), null, '2026-03-02'],
    ['a timex anchored on the cue', [{ ...monday, ...span(40, 46), anchor: span(14, 18) } as Timex], span(14, 18), null, '2026-03-02'],
    ['a timex far from the cue (negative)', [monday], span(60, 64), null, null],
    ['anchored, but inside the content (negative)', [{ ...monday, anchor: span(14, 18) } as Timex], span(14, 18), span(19, 30), null],
    ['a duration (negative)', [{ ...monday, type: 'DURATION', value: 'P3D' } as Timex], span(14, 26), null, null],
    ['after publication (negative)', [{ ...monday, value: '2027-01-01' } as Timex], span(14, 26), null, null],
  ])('%s', (_name, timexes, cue, content, expected) => {
    expect(statedDate(cue, timexes, content, '2026-03-06')).toBe(expected);
  });
  it('agrees with the scan on random layers', () => {
    fc.assert(
      fc.property(fc.array(timex, { maxLength: 20 }), range, fc.option(range, { nil: null }), (timexes, cue, content) => {
        expect(statedDate(cue, timexes, content, '2026-03-06')).toBe(statedDateByScan(cue, timexes, content, '2026-03-06'));
      }),
      { numRuns: 3000 },
    );
  });
});

const mention = (start: number, end: number): WorkMention =>
  ({ start, end, tokStart: 0, tokEnd: 1, sentence: 0, kind: 'name', type: 'ORG', rule: 'test', cluster: 0 }) as WorkMention;

function lastByScan(mentions: readonly WorkMention[], before: number): WorkMention | undefined {
  let last: WorkMention | undefined;
  for (const m of mentions) if (m.end <= before && (!last || m.start > last.start)) last = m;
  return last;
}

describe('LastMentionBefore (one pass) finds what the scan per position found', () => {
  it.each([
    ['no mention (negative)', [], 10, undefined],
    ['none ends before the position (negative)', [[12, 15]], 10, undefined],
    [
      'the one starting last',
      [
        [0, 3],
        [5, 8],
        [2, 9],
      ],
      10,
      1,
    ],
    [
      'a tie goes to the first in list order',
      [
        [5, 8],
        [5, 7],
      ],
      10,
      0,
    ],
  ])('%s', (_name, ranges, at, expected) => {
    const mentions = (ranges as number[][]).map(([s, e]) => mention(s as number, e as number));
    const found = new LastMentionBefore(mentions).before(at as number);
    expect(found === undefined ? undefined : mentions.indexOf(found)).toBe(expected);
  });
  it('refuses a position that moves back (negative)', () => {
    const last = new LastMentionBefore([mention(0, 2)]);
    last.before(10);
    expect(() => last.before(5)).toThrow(RangeError);
  });
  it('agrees with the scan over a forward pass that appends mentions', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 15 }), fc.array(fc.tuple(fc.nat(20), fc.boolean()), { maxLength: 15 }), (ranges, steps) => {
        const mentions = ranges.map((r) => mention(r.start, r.end));
        const last = new LastMentionBefore(mentions);
        let at = 0;
        for (const [move, append] of steps) {
          at += move;
          expect(last.before(at)).toBe(lastByScan(mentions, at));
          if (append) {
            // a mention linked at the position, as org nominals and pronouns append them
            mentions.push(mention(at, at));
            last.appended(mentions.length - 1);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('entityGender is counted once per mention list', () => {
  const entity = (texts: string[]): Entity =>
    ({
      id: 'e1',
      name: 'E',
      type: 'PERSON',
      roles: [],
      mentions: texts.map((t, i) => ({ ...span(i * 10, i * 10 + t.length), text: t })),
    }) as unknown as Entity;
  it.each([
    ['he twice, she once', ['Ana Lind', 'he', 'she', 'he'], 'm'],
    ['a tie (negative)', ['he', 'she'], '?'],
    ['no pronoun (negative)', ['Ana Lind'], '?'],
  ])('%s', (_name, texts, expected) => {
    expect(entityGender(entity(texts))).toBe(expected);
  });
  it('counts again when mentions were added since', () => {
    const e = entity(['she']);
    expect(entityGender(e)).toBe('f');
    (e.mentions as Span[]).push({ ...span(50, 52), text: 'he' }, { ...span(60, 62), text: 'he' });
    expect(entityGender(e)).toBe('m');
  });
});

describe('the work per question does not grow with the document (steps counted, not timed)', () => {
  /** A document of `n` short spans, one question about each: as an attribution asks about its cue. */
  function stepsFor(n: number): number {
    const spans = Array.from({ length: n }, (_, i) => span(i * 50 + 10, i * 50 + 16));
    const index = new IndexCache<Span>((s) => s).of(spans);
    for (let i = 0; i < n; i++) index.all(i * 50 + 30, i * 50 + 8);
    return index.steps;
  }
  it.each([
    [1_000, 8],
    [5_000, 8],
  ])('%d questions, then %d times as many: steps grow by at most that factor', (n, k) => {
    expect(stepsFor(n * k)).toBeLessThanOrEqual(k * stepsFor(n) * 1.1);
  });
  it('a scan would read every span per question (negative: what the index avoids)', () => {
    const n = 2_000;
    expect(stepsFor(n)).toBeLessThan(n * 3);
    expect(n * n).toBeGreaterThan(100 * stepsFor(n));
  });
  it('one interval covering the whole document is read by every question, and only it more', () => {
    const spans = [span(0, 1_000_000), ...Array.from({ length: 1_000 }, (_, i) => span(i * 50 + 10, i * 50 + 16))];
    const index = new IntervalIndex(spans);
    for (let i = 0; i < 1_000; i++) index.all(i * 50 + 30, i * 50 + 8);
    // the running maximum cannot stop at the long one: each question walks back to it
    expect(index.steps).toBeGreaterThan(1_000 * 10);
  });
});
