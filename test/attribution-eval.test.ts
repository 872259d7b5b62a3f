import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrat } from '../src/eval/attribution/brat.js';
import { codePointToUtf16 } from '../src/eval/attribution/codepoints.js';
import { readBratSplit } from '../src/eval/attribution/corpus.js';
import { emptyScores, matchContents, prf, scoreDocument } from '../src/eval/attribution/score.js';
import { namesAgree, statedName } from '../src/eval/attribution/speaker-match.js';
import { contentFragments, goldUnits } from '../src/eval/attribution/units.js';
import { dateline } from './support/cli.js';

// Hand-written text and annotations (no corpus text).
const TEXT = 'The mayor said that taxes will fall. “We are ready,” she added. Nothing else.';
const ANN = [
  'T1\tSource 0 9\tThe mayor',
  'T2\tCue 10 14\tsaid',
  'T3\tContent 15 35\tthat taxes will fall',
  'T4\tAttribution 10 14\tsaid',
  'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
  'T5\tContent 37 50;50 51\t“We are ready,”',
  'T6\tSource 53 56\tshe',
  'T7\tCue 57 62\tadded',
  'T8\tAttribution-no-source 57 62\tadded',
  'E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6',
  '#1\tAnnotatorNotes T1\ta note',
].join('\n');

describe('brat reader', () => {
  it('links text-bound annotations through E lines, discontinuous content as its extent', () => {
    const { attributions, problems } = parseBrat(ANN, TEXT);
    expect(problems).toEqual([]);
    expect(attributions).toHaveLength(2);
    expect(attributions[0]?.source).toEqual({ start: 0, end: 9 });
    expect(attributions[1]?.content).toEqual({ start: 37, end: 51 });
    expect(attributions[1]?.contentParts).toHaveLength(2);
  });

  it.each([
    ['plain text', 'abc', [0, 1, 3], [0, 1, 3]],
    ['astral character before', 'a🔥bc', [0, 1, 2, 4], [0, 1, 3, 5]],
  ])('converts code points to UTF-16: %s', (_name, text, cps, units) => {
    const map = codePointToUtf16(text);
    expect(cps.map(map)).toEqual(units);
  });

  it('reports an argument that names nothing', () => {
    expect(parseBrat('E1\tAttribution:T9 Content:T8', TEXT).problems.length).toBeGreaterThan(0);
  });

  it('reads a split and takes the first annotator file in sorted order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brat-'));
    mkdirSync(join(dir, 'text'));
    mkdirSync(join(dir, 'attributions'));
    writeFileSync(join(dir, 'text', 'doc.txt'), TEXT);
    writeFileSync(join(dir, 'attributions', 'doc_bbbb.ann'), 'T1\tCue 10 14\tsaid\nE1\tAttribution:T1 Cue:T1');
    writeFileSync(join(dir, 'attributions', 'doc_aaaa.ann'), ANN);
    const docs = readBratSplit(dir);
    expect(docs).toHaveLength(1);
    expect(docs[0]?.annFile).toBe('doc_aaaa.ann');
    expect(docs[0]?.attributions).toHaveLength(2);
  });
});

describe('attribution scorer', () => {
  it.each([
    ['full cover', [{ start: 0, end: 10 }], [{ start: 0, end: 10 }], 0.8, 1],
    ['30% cover passes 0.3', [{ start: 0, end: 10 }], [{ start: 7, end: 20 }], 0.3, 1],
    ['30% cover fails 0.8', [{ start: 0, end: 10 }], [{ start: 7, end: 20 }], 0.8, 0],
    ['no overlap', [{ start: 0, end: 10 }], [{ start: 10, end: 20 }], 0.3, 0],
    [
      'one prediction for two golds',
      [
        { start: 0, end: 10 },
        { start: 0, end: 8 },
      ],
      [{ start: 0, end: 10 }],
      0.3,
      1,
    ],
  ])('greedy content matching: %s', (_name, gold, predicted, threshold, matched) => {
    expect(matchContents(gold, predicted, threshold)).toHaveLength(matched);
  });

  it('pools overlap and exact counts per unit', () => {
    const { attributions } = parseBrat(ANN, TEXT);
    const scores = emptyScores();
    scoreDocument(scores, TEXT, goldUnits(TEXT, attributions), [
      { content: { start: 15, end: 35 }, cue: { start: 10, end: 14 }, source: { start: 4, end: 9 } },
      { content: { start: 36, end: 51 }, cue: { start: 57, end: 62 }, source: null },
      { content: { start: 64, end: 77 }, cue: null, source: null },
    ]);
    const loose = scores.overlap.get(0.3);
    expect(loose).toMatchObject({ tp: 2, gold: 2, predicted: 3 });
    expect(prf(scores.exact.get('content') ?? { tp: 0, gold: 0, predicted: 0 })).toMatchObject({ precision: 200 / 3, recall: 100 }); // white space at the ends is trimmed
    expect(scores.exact.get('cue')).toMatchObject({ tp: 2, gold: 2, predicted: 2 });
    expect(scores.exact.get('source')).toMatchObject({ tp: 0, gold: 2, predicted: 1 });
  });
});

describe('scoring units: one per content fragment', () => {
  // “A,” she said. “B.” — hand-written
  const text = '“Prices rose,” Dana Ortiz said. “They will fall.”';
  const source = { start: 15, end: 25 };
  const cue = { start: 26, end: 30 };
  const a = { start: 0, end: 14 };
  const b = { start: 32, end: 49 };
  const gold = [{ source, cue, content: { start: 0, end: 49 }, contentParts: [a, b] }];
  it.each([
    ['parts split by words are two units', [a, b], 2],
    [
      'parts split by white space only are one',
      [
        { start: 0, end: 7 },
        { start: 8, end: 14 },
      ],
      1,
    ],
  ])('%s', (_name, parts, n) => {
    expect(contentFragments(text, parts)).toHaveLength(n);
  });

  it('counts a shared source once per unit on each side (multiset), not once per document', () => {
    const scores = emptyScores();
    // one prediction spans both fragments: exact for neither, matched at 0.3 to one only
    scoreDocument(scores, text, goldUnits(text, gold), [{ source, cue, content: { start: 0, end: 49 } }]);
    expect(scores.exact.get('content')).toMatchObject({ tp: 0, gold: 2, predicted: 1 });
    expect(scores.exact.get('source')).toMatchObject({ tp: 1, gold: 2, predicted: 1 });
    expect(scores.overlap.get(0.3)).toMatchObject({ tp: 2 - 1, gold: 2 });
  });

  it('scores the split as extract prints it: both fragments exact, with source and cue', () => {
    const scores = emptyScores();
    scoreDocument(scores, text, goldUnits(text, gold), [
      { source, cue, content: a, speaker: 'Dana Ortiz' },
      { source, cue, content: b, speaker: 'Dana Ortiz' },
    ]);
    expect(scores.exact.get('content')).toMatchObject({ tp: 2, gold: 2, predicted: 2 });
    expect(scores.whole).toMatchObject({ tp: 2, gold: 2 });
    expect(scores.overlap.get(0.3)).toMatchObject({ speakerKnown: 2, speakerRight: 2 });
  });

  it('negative: an overlapping source with the wrong resolved speaker is not right', () => {
    const scores = emptyScores();
    scoreDocument(scores, text, goldUnits(text, gold), [{ source, cue, content: a, speaker: 'Lee Ortiz' }]);
    expect(scores.overlap.get(0.3)).toMatchObject({ speakerKnown: 1, speakerRight: 0 });
  });
});

describe('speaker names', () => {
  it.each([
    ['Mr. Ortiz', 'Dana Ortiz', true],
    ['Dana Ortiz', 'Ortiz', true],
    ['Dana Ortiz', 'Lee Ortiz', false],
    ['Ortiz campaign', 'Dana Ortiz', true],
    ['Ortiz', 'Marsh', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(namesAgree(a, b)).toBe(same);
  });
  it.each([
    ['he', null],
    ['the senator', null],
    ['Sen. Dana Ortiz', 'Sen. Dana Ortiz'],
    ["Ortiz's campaign manager Lee Marsh", 'Lee Marsh'],
    ['Ortiz campaign officials', null],
  ])('the name a source states: %s', (source, name) => {
    expect(statedName(source)).toBe(name);
  });
});

describe('dateline eval attribution (CLI)', () => {
  it('scores a brat folder and prints JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brat-cli-'));
    mkdirSync(join(dir, 'text'));
    mkdirSync(join(dir, 'attributions'));
    writeFileSync(join(dir, 'text', 'doc.txt'), TEXT);
    writeFileSync(join(dir, 'attributions', 'doc_aaaa.ann'), ANN);
    const out = JSON.parse((await dateline(['eval', 'attribution', '--brat', dir, '--json'])).stdout);
    expect(out.documents).toBe(1);
    expect(out.overlap['0.3'].gold).toBe(2);
    expect(out.exact.cue.gold).toBe(2);
  });

  it.each([
    ['a folder without text/ and attributions/', ['--brat', tmpdir()], /E_READ/],
    ['an unknown convention', ['--brat', tmpdir(), '--convention', 'x'], /E_USAGE/],
  ])('fails with one stderr line on %s', async (_name, args, pattern) => {
    const run = await dateline(['eval', 'attribution', ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(pattern);
  });
});

describe('statedName ends on any source', () => {
  it.each([['Trump, Clinton and Sanders'], ['Officials, Reporters'], [', Ortiz']])('%s', (source) => {
    expect(() => statedName(source)).not.toThrow();
  });
});
