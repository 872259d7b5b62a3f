import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import { checkDoc } from '../src/doc/invariants.js';
import type { Range } from '../src/doc/span.js';
import { matchContents } from '../src/eval/attribution/score.js';
import { textDocument } from '../src/ingest/text-file.js';
import { isPronoun } from '../src/stages/speakers/resolve.js';
import { hasCorpus, SEED, SEED_GOLD } from './support/paths.js';

interface GoldAttribution {
  readonly content: Range;
  readonly speaker: string | null;
}

interface GoldEntity {
  readonly id: string;
  readonly name: string;
}

/** The name a gold speaker id stands for; the anonymous officials are named by their words. */
function expectedName(id: string | null, entities: readonly GoldEntity[]): RegExp {
  const entity = entities.find((e) => e.id === id);
  if (entity) return new RegExp(`^${entity.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  if (id === 'anonymous-us-officials') return /^four current and former U\.S\. officials$/;
  throw new Error(`no name for gold speaker ${id}`);
}

describe.skipIf(!hasCorpus)('attribution on the reference article', () => {
  const doc = new Doc(textDocument(SEED, readFileSync(SEED, 'utf8')));
  defaultPipeline().run(doc);
  const predicted = doc.get('attributions');
  const goldFile = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as { attributions: GoldAttribution[]; entities: GoldEntity[] };
  const gold = goldFile.attributions;
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

  it('names the right speaker (Marco Rubio, NBC News, the officials) for at least 14 of the 15', () => {
    const right = matches.filter(([g, p]) =>
      expectedName(gold[g]?.speaker ?? null, goldFile.entities).test(predicted[p]?.speaker?.name ?? ''),
    );
    expect(right.length).toBeGreaterThanOrEqual(14);
  });
});
