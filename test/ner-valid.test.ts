import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { evaluateConll } from '../src/eval/ner/evaluate.js';
import { evaluateConllPipeline } from '../src/eval/ner/evaluate-pipeline.js';
import { DEFAULT_NER_MODEL, loadNerModel, NerModel } from '../src/stages/entities/ner/model.js';
import { decodeModel } from '../src/stages/entities/ner/model-file.js';
import { CORPUS } from './support/paths.js';

const VALID = join(CORPUS, 'conll2003', 'valid.txt');

describe.skipIf(!existsSync(VALID))('NER model on CoNLL-2003 valid', () => {
  it('scores PER/ORG/LOC micro F1 of at least 88 (exact spans)', () => {
    const report = evaluateConll(readFileSync(VALID, 'utf8'), loadNerModel());
    const core = report.rows.find((r) => r.type === 'PER/ORG/LOC');
    expect(core?.f1).toBeGreaterThanOrEqual(88);
    expect(report.rows.map((r) => r.type)).toEqual(['LOC', 'MISC', 'ORG', 'PER', 'PER/ORG/LOC', 'ALL']);
  });

  it('scores PER/ORG/LOC F1 of at least 89 through the whole extract pipeline (document text, exact spans)', () => {
    const report = evaluateConllPipeline(readFileSync(VALID, 'utf8'), defaultPipeline());
    const core = report.rows.find((r) => r.type === 'PER/ORG/LOC');
    expect(core?.f1).toBeGreaterThanOrEqual(89);
  }, 120_000);

  it('loads the model in under a second', () => {
    const t0 = performance.now();
    const model = new NerModel(decodeModel(readFileSync(DEFAULT_NER_MODEL)));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(model.header.features).toBeGreaterThan(10_000);
  });
});
