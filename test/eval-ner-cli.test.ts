import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateline } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-ner-'));
const small = join(dir, 'small.conll');
// Sentences written for this test, in CoNLL-2003 columns.
writeFileSync(
  small,
  [
    '-DOCSTART- -X- -X- O',
    '',
    'Maria NNP B-NP B-PER',
    'Lopez NNP I-NP I-PER',
    'visited VBD B-VP O',
    'Madrid NNP B-NP B-LOC',
    '. . O O',
    '',
  ].join('\n'),
);

function run(...args: string[]) {
  return dateline(['eval', 'ner', ...args]);
}

describe('dateline eval ner', () => {
  it('prints per-type and micro scores', async () => {
    const r = await run('--conll', small, '--json');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as {
      scope: string;
      tokens: number;
      rows: { type: string; gold: number }[];
      modelOnly: { scope: string; rows: { type: string }[] };
    };
    expect(report.scope).toBe('pipeline');
    expect(report.modelOnly.scope).toBe('model');
    expect(report.modelOnly.rows.map((x) => x.type)).toContain('PER/ORG/LOC');
    expect(report.tokens).toBe(5);
    expect(report.rows.map((x) => x.type)).toContain('PER/ORG/LOC');
    expect(report.rows.find((x) => x.type === 'ALL')?.gold).toBe(2);
  });

  it('scores the model alone with --model-only', async () => {
    const r = await run('--conll', small, '--json', '--model-only');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ scope: 'model', tokens: 5 });
  });

  it('prints the through-extract and model-only columns side by side', async () => {
    const r = await run('--conll', small);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/through extract/);
    expect(r.stdout).toMatch(/model-only F1/);
  });

  it.each([
    ['a missing file', ['--conll', join(dir, 'nope.conll')], /E_READ/],
    ['no --conll', [], /--conll/],
  ])('fails cleanly on %s', async (_case, args, message) => {
    const r = await run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
