import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelVersion, versioned } from '../src/analysis/stage-version.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import type { Stage } from '../src/pipeline/stage.js';
import { analysisVersion } from '../src/store/analysis-version.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-version-'));
const file = (name: string, bytes: string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

const plain = (name: string, requires: Stage['requires'], provides: Stage['provides']): Stage => ({
  name,
  requires,
  provides,
  run: (doc) => {
    for (const layer of provides) doc.set(layer, []);
  },
});

describe('stage versions from model files', () => {
  it.each([
    ['the same bytes in another file', 'weights v1', 'weights v1', true],
    ['one byte changed (a retrained model)', 'weights v1', 'weights v2', false],
    ['an empty model beside a full one', '', 'weights v1', false],
  ])('%s: same version %s', (_case, a, b, same) => {
    const va = modelVersion([file(`a-${a.length}-${b}`, a)]);
    const vb = modelVersion([file(`b-${a.length}-${b}`, b)]);
    expect(va).toMatch(/^[0-9a-f]{8}$/);
    expect(va === vb).toBe(same);
  });

  it('order of the files counts, and rewriting a file with new bytes changes the version', () => {
    const x = file('x.bin', 'x');
    const y = file('y.bin', 'y');
    expect(modelVersion([x, y])).not.toBe(modelVersion([y, x]));
    const before = modelVersion([x]);
    writeFileSync(x, 'x retrained');
    utimesSync(x, new Date(), new Date(Date.now() + 5_000));
    expect(modelVersion([x])).not.toBe(before);
  });

  it('a missing model file (a stage that runs on rules alone) has a version of its own', () => {
    const missing = join(dir, 'no-such-model.bin');
    expect(modelVersion([missing])).toMatch(/^[0-9a-f]{8}$/);
    expect(modelVersion([missing])).not.toBe(modelVersion([file('present.bin', 'weights')]));
  });

  it('a stage without model files is left as it is (no version)', () => {
    const stage = plain('tokens', [], ['tokens']);
    expect(versioned(stage, [])).toBe(stage);
    expect(versioned(stage, []).version).toBeUndefined();
  });

  it('the analysis version the store records names each stage with its model version', () => {
    const model = file('ner.bin', 'model one');
    const build = () =>
      Pipeline.build([plain('tokens', [], ['tokens', 'sentences']), versioned(plain('entities', ['tokens'], ['entities']), [model])]);
    const first = analysisVersion(build());
    expect(first).toMatch(/^dateline \S+: tokens\+entities@[0-9a-f]{8}$/);
    expect(analysisVersion(build())).toBe(first);
    writeFileSync(model, 'model two');
    utimesSync(model, new Date(), new Date(Date.now() + 10_000));
    expect(analysisVersion(build())).not.toBe(first);
  });

  it('the wrapped stage still runs and keeps its contract', () => {
    const inner = plain('entities', ['tokens'], ['entities']);
    const outer = versioned(inner, [file('m.bin', 'm')]);
    expect([outer.name, outer.requires, outer.provides]).toEqual([inner.name, inner.requires, inner.provides]);
  });
});
