import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../src/doc/doc.js';
import { checkDoc } from '../src/doc/invariants.js';
import { readDatelineHeader } from '../src/ingest/dateline-text.js';
import type { ResolvedEntity } from '../src/stages/entities/build-entities.js';
import { entityForSpan } from '../src/stages/entities/lookup.js';
import { analyse, entities } from './entities-support.js';
import { hasCorpus, SEED, SEED_GOLD } from './support/paths.js';

interface GoldEntity {
  id: string;
  name: string;
  type: string;
  roles?: string[];
  mentions: string[];
}
interface GoldSpan {
  start: number;
  end: number;
  text: string;
}
interface Gold {
  entities: GoldEntity[];
  attributions: { source: GoldSpan | null; speaker: string }[];
  sourcing: { anonymous_sources: { text: string; count: number }[] };
}

/**
 * What the reference article asks that only entries written from it gave (removed in
 * issue 12, and not yet learned by general means): the nominal "The U.S. foreign
 * minister" for the secretary of state, and two outlets named only in the credit line.
 * Checked below as known gaps (`it.fails`): when a general method finds them, those tests
 * fail and this list shrinks.
 */
const KNOWN_GAPS = new Set(['The U.S. foreign minister', 'El País', 'Border Report', 'Milenio']);

describe.skipIf(!hasCorpus)('entities on the reference article', () => {
  let doc: Doc;
  let gold: Gold;
  const found = (g: GoldEntity): ResolvedEntity | undefined =>
    entities(doc).find((e) => e.name === g.name || e.mentions.some((m) => g.mentions.includes(m.text) && m.text === g.name));

  beforeAll(() => {
    const raw = readFileSync(SEED, 'utf8');
    const header = readDatelineHeader(raw);
    doc = analyse(raw.slice(header?.bodyStart ?? 0));
    gold = JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as Gold;
  });

  it('keeps every span inside the text', () => {
    expect(checkDoc(doc)).toEqual([]);
  });

  it('finds every gold entity with its type, roles and mentions', () => {
    for (const g of gold.entities) {
      if (KNOWN_GAPS.has(g.name)) continue;
      const e = found(g);
      expect(e, g.name).toBeDefined();
      expect(e?.type, g.name).toBe(g.type);
      for (const role of g.roles ?? []) expect(e?.roles, g.name).toContain(role);
      for (const mention of g.mentions) {
        if (KNOWN_GAPS.has(mention)) continue;
        // a gold mention may carry a determiner ours leaves out ("The United States")
        expect(
          e?.mentions.some((m) => m.text === mention || mention.endsWith(m.text)),
          `${g.name}: ${mention}`,
        ).toBe(true);
      }
    }
  });

  it('links every source span the gold gives Rubio, pronouns included, to Rubio', () => {
    const rubio = entities(doc).find((e) => e.name === 'Marco Rubio');
    expect(rubio?.roles).toEqual(['U.S. Secretary of State']);
    const sources = gold.attributions.filter((a) => a.speaker === 'rubio' && a.source).map((a) => a.source as GoldSpan);
    expect(sources.length).toBeGreaterThan(4);
    for (const s of sources) {
      if (KNOWN_GAPS.has(s.text)) continue;
      expect(
        rubio?.mentions.some((m) => m.start === s.start && m.end === s.end),
        s.text,
      ).toBe(true);
    }
  });

  it('resolves every gold source span to the gold speaker with entityForSpan', () => {
    const names: Record<string, string> = {};
    for (const g of gold.entities) names[g.id] = g.name;
    const anonymous = gold.sourcing.anonymous_sources.map((a) => a.text);
    for (const a of gold.attributions) {
      if (!a.source || KNOWN_GAPS.has(a.source.text)) continue;
      const e = entityForSpan(doc, a.source) as ResolvedEntity | undefined;
      const expected = names[a.speaker];
      if (expected) expect(e?.name, a.source.text).toBe(expected);
      else if (anonymous.includes(a.source.text)) expect(e?.anonymous, a.source.text).toBe(true);
    }
  });

  it('marks the outlets and the anonymous officials', () => {
    for (const name of ['NBC News']) {
      expect(entities(doc).find((e) => e.name === name)?.kind, name).toBe('news outlet');
    }
    for (const a of gold.sourcing.anonymous_sources) {
      const group = entities(doc).find((e) => e.anonymous && e.mentions.some((m) => m.text === a.text));
      expect(group?.count, a.text).toBe(a.count);
    }
  });

  it('links "The U.S. foreign minister" to the secretary of state', () => {
    const s = gold.attributions.find((a) => a.source?.text === 'The U.S. foreign minister')?.source;
    expect(s && (entityForSpan(doc, s) as ResolvedEntity | undefined)?.name).toBe('Marco Rubio');
  });

  it.fails('known gap: marks the outlets named only in the credit line', () => {
    for (const name of ['El País', 'Border Report', 'Milenio'])
      expect(entities(doc).find((e) => e.name === name)?.kind, name).toBe('news outlet');
  });

  it('tags every entity mention with its kind and rule in the output', () => {
    for (const e of entities(doc)) for (const m of e.mentions) expect(m.rule && m.kind, `${e.name}: ${m.text}`).toBeTruthy();
  });

  it('gives every mention of the internal layer a rule', () => {
    const mentions = doc.get('mentions');
    expect(mentions.length).toBeGreaterThan(30);
    for (const m of mentions) expect(m.rule, m.text).not.toBe('');
    const he = mentions.filter((m) => m.kind === 'pronoun' && m.text === 'he');
    expect(he.length).toBe(4);
  });
});
