import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import { textDocument } from '../src/ingest/text-file.js';
import { hasCorpus, SEED, SEED_GOLD } from './support/paths.js';

interface GoldEntity {
  readonly name: string;
  readonly type: string;
}

/** Words of the gold's names that are names (not "News", "State"): the ones a renamed copy swaps. */
const GENERIC = new Set([
  'News',
  'Report',
  'State',
  'States',
  'United',
  'Secretary',
  'Foreign',
  'Terrorist',
  'Organizations',
  'President',
  'Mayor',
]);

/** An invented word of the same length and case pattern, the same for the same word. */
function invented(word: string, salt: number): string {
  const letters = 'bdfgklmnprstvz';
  const vowels = 'aeiou';
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const pool = i % 2 === 0 ? letters : vowels;
    const c = pool[(salt * 7 + i * 3 + word.charCodeAt(i)) % pool.length] as string;
    const upper = word[i] === word[i]?.toUpperCase() && /\p{L}/u.test(word[i] as string);
    out += upper ? c.toUpperCase() : c;
  }
  return out;
}

function analyse(text: string, date: string) {
  const doc = new Doc({ id: 'seed', date, text, meta: {} });
  defaultPipeline().run(doc);
  return doc;
}

describe.skipIf(!hasCorpus)('contradictions on the reference article', () => {
  const { text, date } = textDocument(SEED, readFileSync(SEED, 'utf8'));
  const doc = analyse(text, date ?? '2025-11-14');
  const pairs = doc.get('contradictions');

  it("pairs the official's statement (2025-11-13) with the outlet's report (2025-11-03), both spans right", () => {
    const pair = pairs.find((p) => p.kind === 'statement-vs-report');
    expect(pair).toBeDefined();
    if (!pair) return;
    const first = text.slice(0, text.indexOf(','));
    expect(pair.a.span.start).toBe(0);
    expect(pair.a.span.text.startsWith(first)).toBe(true);
    expect(pair.a.span.text).not.toMatch(/Secretary/);
    expect(pair.a.date).toBe('2025-11-13');
    expect(pair.b.date).toBe('2025-11-03');
    expect(pair.b.holder.entity).not.toBeNull();
    const cue = text.indexOf(' reported on ');
    expect(pair.b.span.start).toBeGreaterThan(cue);
    expect(pair.b.span.start - cue).toBeLessThan(30);
    expect(pair.b.span.text).not.toContain('\n');
    expect(pair.b.span.text).not.toMatch(/^\d/);
  });

  it('reports no pair among the official’s own consistent statements, and one pair in all', () => {
    const holderA = pairs[0]?.a.holder.entity;
    expect(pairs.filter((p) => p.a.holder.entity === holderA && p.b.holder.entity === holderA)).toEqual([]);
    expect(pairs).toHaveLength(1);
  });

  it('flags the four current and former officials as anonymous holders', () => {
    const claims = doc.get('claims').filter((c) => c.holder?.name.startsWith('four current and former'));
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.holder?.anonymous).toBe(true);
    const named = doc.get('claims').filter((c) => c.holder?.entity === pairs[0]?.a.holder.entity);
    for (const c of named) expect(c.holder?.anonymous).toBe(false);
  });

  it('reads a renamed copy (people, places, outlets swapped for invented names of the same length) the same', () => {
    const gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as { entities: GoldEntity[] };
    const words = new Set<string>();
    for (const e of gold.entities)
      for (const w of e.name.split(/[\s,]+/)) if (w.length >= 3 && /^\p{Lu}\p{L}+$/u.test(w) && !GENERIC.has(w)) words.add(w);
    let renamed = text;
    [...words].forEach((w, i) => {
      renamed = renamed.split(w).join(invented(w, i));
    });
    expect(renamed.length).toBe(text.length);
    expect(renamed).not.toBe(text);
    const again = analyse(renamed, date ?? '2025-11-14').get('contradictions');
    const shape = (ps: typeof pairs) =>
      ps.map((p) => [p.kind, p.a.span.start, p.a.span.end, p.b.span.start, p.b.span.end, p.a.date, p.b.date]);
    expect(shape(again)).toEqual(shape(pairs));
  });
});
