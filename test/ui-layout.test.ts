import { describe, expect, it } from 'vitest';
import { type Highlight, type HighlightNode, highlightsOf, nestHighlights, type ViewDocument } from '../src/ui/layout.js';

/** The article view's highlight tree (src/ui/layout.ts): nesting, cutting crossing spans, what hover shows. */

const h = (kind: Highlight['kind'], key: string, start: number, end: number): Highlight => ({ kind, key, start, end, info: key });

/** The tree as `kind:start-end[part]` strings, children in brackets. */
function shape(nodes: readonly HighlightNode[]): string {
  return nodes
    .map((n) => `${n.kind}:${n.start}-${n.end}${n.part ? `#${n.part}` : ''}${n.children.length ? `[${shape(n.children)}]` : ''}`)
    .join(' ');
}

describe('nestHighlights', () => {
  const cases: [string, Highlight[], string][] = [
    ['nothing', [], ''],
    ['side by side', [h('entity', 'b', 5, 9), h('entity', 'a', 0, 4)], 'entity:0-4 entity:5-9'],
    ['touching ends do not nest', [h('entity', 'a', 0, 4), h('timex', 'b', 4, 8)], 'entity:0-4 timex:4-8'],
    ['an entity inside a quote', [h('entity', 'e', 3, 6), h('attribution', 'q', 0, 10)], 'attribution:0-10[entity:3-6]'],
    [
      'the same words: the outer kind holds the inner',
      [h('timex', 't', 2, 5), h('entity', 'e', 2, 5), h('attribution', 'q', 2, 5)],
      'attribution:2-5[entity:2-5[timex:2-5]]',
    ],
    [
      'crossing: cut at the end of the first and continued',
      [h('attribution', 'q', 0, 10), h('entity', 'e', 8, 14)],
      'attribution:0-10[entity:8-10] entity:10-14#1',
    ],
    [
      'a cut piece nests in what follows',
      [h('timex', 't', 0, 6), h('entity', 'e', 4, 12), h('attribution', 'q', 6, 20)],
      'timex:0-6[entity:4-6] attribution:6-20[entity:6-12#1]',
    ],
  ];
  it.each(cases)('%s', (_name, highlights, expected) => {
    expect(shape(nestHighlights(highlights))).toBe(expected);
  });

  it('covers every highlighted character exactly as the spans do', () => {
    const spans = [h('attribution', 'q', 0, 30), h('source', 's', 25, 40), h('entity', 'e', 20, 28), h('timex', 't', 27, 35)];
    const covered = new Map<string, Set<number>>();
    const walk = (nodes: readonly HighlightNode[]) => {
      for (const n of nodes) {
        const set = covered.get(n.key) ?? new Set<number>();
        for (let i = n.start; i < n.end; i++) {
          expect(set.has(i), `${n.key} covers ${i} twice`).toBe(false);
          set.add(i);
        }
        covered.set(n.key, set);
        for (const c of n.children) expect(c.start >= n.start && c.end <= n.end).toBe(true);
        walk(n.children);
      }
    };
    walk(nestHighlights(spans));
    for (const s of spans) expect(covered.get(s.key)?.size, s.key).toBe(s.end - s.start);
  });
});

describe('highlightsOf', () => {
  const doc: ViewDocument = {
    text: 'Ada Brook said on Monday that the port would close.',
    entities: [{ id: 'e1', name: 'Ada Brook', type: 'PERSON', roles: ['mayor'], mentions: [{ start: 0, end: 9 }], rule: 'ner/model' }],
    attributions: [
      {
        id: 'a1',
        type: 'indirect',
        content: { start: 30, end: 50 },
        cue: { start: 10, end: 14 },
        source: { start: 0, end: 9 },
        speaker: { entity: 'e1', name: 'Ada Brook' },
        date: '2026-03-02',
        rule: 'attribution/model',
      },
      { id: 'a2', type: 'direct', content: { start: 0, end: 4 }, cue: null, source: null, speaker: null, date: null },
    ],
    timexes: [{ start: 18, end: 24, type: 'DATE', value: '2026-03-02', rule: 'time/weekday' }],
  };
  const byKey = new Map(highlightsOf(doc).map((x) => [x.key, x]));

  it('gives each annotation a kind, its span and what hover shows', () => {
    expect([...byKey.keys()].sort()).toEqual(['attribution:a1', 'attribution:a2', 'cue:a1', 'entity:e1:0', 'source:a1', 'timex:0']);
    expect(byKey.get('attribution:a1')).toMatchObject({ start: 30, end: 50, entity: 'Ada Brook' });
    expect(byKey.get('attribution:a1')?.info).toBe('indirect quote · speaker: Ada Brook · said: 2026-03-02 · rule: attribution/model');
    expect(byKey.get('timex:0')?.info).toBe('DATE 2026-03-02 · rule: time/weekday');
    expect(byKey.get('entity:e1:0')?.info).toBe('PERSON Ada Brook · roles: mayor · rule: ner/model');
  });

  it('adds no source, cue or speaker link that the annotation lacks', () => {
    expect(byKey.has('source:a2')).toBe(false);
    expect(byKey.has('cue:a2')).toBe(false);
    expect(byKey.get('attribution:a2')?.entity).toBeUndefined();
    expect(byKey.get('attribution:a2')?.info).toBe('direct quote · speaker: unresolved');
  });
});
