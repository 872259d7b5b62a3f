import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { evaluateTimex } from '../src/eval/timex/run-eval.js';
import { emptyCounts, scoreDocument, summarize } from '../src/eval/timex/score.js';
import { datelineSystem } from '../src/eval/timex/systems.js';
import { readTimeml } from '../src/eval/timex/timeml.js';
import { dateline } from './support/cli.js';
import { ROOT } from './support/paths.js';

// The fixture (a text of our own) is kept as .xml so that no .tml file is tracked; the
// reader takes .tml files, so it is copied into a temporary folder under that name.
const DIR = mkdtempSync(join(tmpdir(), 'dateline-timeml-'));
const MINI = join(DIR, 'mini.tml');
copyFileSync(join(ROOT, 'test', 'fixtures', 'timeml', 'mini.timeml.xml'), MINI);

describe('TimeML reader', () => {
  const doc = readTimeml('mini', readFileSync(MINI, 'utf8'));

  it('takes the creation time as the document date, not as a timex', () => {
    expect(doc.dct).toBe('2025-11-14');
    expect(doc.timexes.map((t) => t.value)).not.toContain('2025-11-14');
  });

  it('strips markup and decodes entities, offsets into the plain text', () => {
    expect(doc.text).toContain('A&B Corp.');
    expect(doc.text).not.toContain('<');
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.timexes.map((t) => t.text)).toEqual(['Thursday', 'three years', 'next Tuesday', 'now', 'the second quarter']);
  });
});

describe('TempEval-3 scoring', () => {
  const gold = [
    { start: 0, end: 8, text: 'Thursday', type: 'DATE' as const, value: '2025-11-13' },
    { start: 20, end: 31, text: 'three years', type: 'DURATION' as const, value: 'P3Y' },
  ];
  it.each([
    [
      'exact match',
      [{ start: 0, end: 8, type: 'DATE' as const, value: '2025-11-13' }],
      { strict: 1, relaxed: 1, valueCorrect: 1, typeCorrect: 1 },
    ],
    [
      'overlap only',
      [{ start: 0, end: 11, type: 'DATE' as const, value: '2025-11-13' }],
      { strict: 0, relaxed: 1, valueCorrect: 1, typeCorrect: 1 },
    ],
    [
      'wrong value',
      [{ start: 20, end: 31, type: 'DURATION' as const, value: 'P2Y' }],
      { strict: 1, relaxed: 1, valueCorrect: 0, typeCorrect: 1 },
    ],
    ['no overlap', [{ start: 9, end: 12, type: 'DATE' as const, value: 'X' }], { strict: 0, relaxed: 0, valueCorrect: 0, typeCorrect: 0 }],
  ])('%s', (_name, system, expected) => {
    const counts = emptyCounts();
    scoreDocument(gold, system, counts);
    expect(counts).toMatchObject({ gold: 2, system: 1, ...expected });
  });

  it('value F1 is relaxed F1 times value accuracy', () => {
    const counts = emptyCounts();
    scoreDocument(
      gold,
      [
        { start: 0, end: 8, type: 'DATE', value: '2025-11-13' },
        { start: 20, end: 31, type: 'DURATION', value: 'P2Y' },
      ],
      counts,
    );
    const s = summarize(counts);
    expect(s.relaxed.f1).toBeCloseTo(100);
    expect(s.valueAccuracy).toBeCloseTo(50);
    expect(s.valueF1).toBeCloseTo(50);
  });
});

describe('eval timex smoke test', () => {
  it('scores the pipeline on a small TimeML file', () => {
    const result = evaluateTimex(DIR, datelineSystem(defaultPipeline()));
    expect(result.files).toBe(1);
    expect(result.scores.counts.gold).toBe(5);
    expect(result.scores.relaxed.f1).toBe(100);
    expect(result.scores.valueAccuracy).toBe(100);
  });

  it('runs from the command line, with the chrono baseline too', async () => {
    const ours = JSON.parse((await dateline(['eval', 'timex', '--timeml', DIR, '--json'])).stdout);
    expect(ours.relaxed.f1).toBe(100);
    const chrono = JSON.parse((await dateline(['eval', 'timex', '--timeml', DIR, '--baseline', 'chrono', '--json'])).stdout);
    expect(chrono.system).toContain('chrono');
    expect(chrono.relaxed.f1).toBeLessThan(100);
  });
});
