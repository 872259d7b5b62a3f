import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHITECTURE_DOC, stageTable, withStageTable } from '../scripts/stage-table.js';
import { ROOT } from './support/paths.js';

const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

/** Runs dependency-cruiser with the project's rules (.dependency-cruiser.cjs) on `paths`. */
function cruise(paths: readonly string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [DEPCRUISE, ...paths, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('the map of imports (docs/architecture.md)', () => {
  it('has no cycle and no arrow from a lower layer to a higher one', () => {
    const { status, out } = cruise(['src']);
    expect(out).toContain('no dependency violations found');
    expect(status).toBe(0);
  });
});

describe('docs/architecture.md', () => {
  it('lists the stages of the default pipeline as the code declares them (else run npm run docs:stages)', async () => {
    const { defaultPipeline } = await import('../src/analysis/default-pipeline.js');
    const doc = readFileSync(ARCHITECTURE_DOC, 'utf8');
    expect(withStageTable(doc, stageTable(defaultPipeline().stages))).toBe(doc);
  });

  it('refuses a page without the marks the table goes between', () => {
    expect(() => withStageTable('# no marks here\n', stageTable([]))).toThrow(/lacks the marks/);
  });
});
