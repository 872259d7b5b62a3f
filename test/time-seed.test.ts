import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDoc } from '../src/doc/invariants.js';
import { readDatelineHeader } from '../src/ingest/dateline-text.js';
import { hasCorpus, SEED, SEED_GOLD } from './support/paths.js';
import { timeDoc } from './support/time.js';

interface GoldTimex {
  start: number;
  end: number;
  text: string;
  value: string;
  type: string;
}

// Issue 4: the four dates of the reference article (dated 2025-11-14), exactly.
describe.skipIf(!hasCorpus)('time stage on the reference article', () => {
  const raw = hasCorpus ? readFileSync(SEED, 'utf8') : '';
  const header = readDatelineHeader(raw);
  const doc = timeDoc(raw.slice(header?.bodyStart ?? 0), header?.date ?? null);
  const found = doc.get('timexes');
  const gold: GoldTimex[] = hasCorpus ? JSON.parse(readFileSync(SEED_GOLD, 'utf8')).timexes : [];

  it('reads the document date', () => {
    expect(header?.date).toBe('2025-11-14');
  });

  it.each(gold.map((g) => [g.text, g.value, g] as const))('%s → %s', (_text, value, g) => {
    const hit = found.find((t) => t.start < g.end && g.start < t.end);
    expect(hit?.value).toBe(value);
    expect(hit?.type).toBe(g.type);
  });

  it('finds nothing else and keeps spans valid', () => {
    expect(found).toHaveLength(gold.length);
    expect(checkDoc(doc)).toEqual([]);
  });
});
