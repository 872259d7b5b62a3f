import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc/doc.js';
import { checkDoc } from '../src/doc/invariants.js';
import type { Range } from '../src/doc/span.js';
import { matchContents } from '../src/eval/attribution/score.js';
import { textDocument } from '../src/ingest/text-file.js';
import { defaultPipeline } from '../src/pipeline/default-pipeline.js';
import { isPronoun } from '../src/stages/attribution/speaker.js';
import { hasCorpus, SEED, SEED_GOLD } from './support/paths.js';

interface GoldAttribution {
  readonly content: Range;
  readonly speaker: string | null;
}

describe.skipIf(!hasCorpus)('attribution on the reference article', () => {
  const doc = new Doc(textDocument(SEED, readFileSync(SEED, 'utf8')));
  defaultPipeline().run(doc);
  const predicted = doc.get('attributions');
  const gold = (JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as { attributions: GoldAttribution[] }).attributions;
  const matches = matchContents(
    gold.map((g) => g.content),
    predicted.map((p) => p.content),
    0.3,
  );

  it('keeps every span inside the text', () => {
    expect(checkDoc(doc, ['attributions'])).toEqual([]);
  });

  it('finds every gold attribution (content overlap >= 0.3)', () => {
    expect(matches).toHaveLength(gold.length);
  });

  it('invents at most one attribution the gold lacks ("The report claimed", a real one the gold leaves out)', () => {
    expect(predicted.length - matches.length).toBeLessThanOrEqual(1);
  });

  it('names a speaker for every matched attribution, never a bare pronoun', () => {
    for (const [, p] of matches) {
      const speaker = predicted[p]?.speaker;
      expect(speaker).not.toBeNull();
      expect(isPronoun(speaker?.name ?? '')).toBe(false);
    }
  });
});
