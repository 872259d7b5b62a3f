import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseInputs } from '../src/analysis/analyse.js';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { goldenView } from './support/golden-view.js';
import { ROOT } from './support/paths.js';

const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.txt'));

describe('golden outputs of whole sample articles (regenerate: npm run golden; review the diff)', () => {
  it.each(samples)('%s', async (file) => {
    const expected: unknown = JSON.parse(readFileSync(join(ROOT, 'test', 'golden', `${basename(file, '.txt')}.json`), 'utf8'));
    for await (const r of analyseInputs(defaultPipeline(), [join(ROOT, 'samples', file)])) {
      if (!r.ok) throw new Error(r.error.message);
      expect(goldenView(r.output)).toEqual(expected);
    }
  });
});
