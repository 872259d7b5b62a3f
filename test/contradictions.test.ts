import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import { toOutput, validateOutput } from '../src/output/to-output.js';
import { frameKeys, loadSynonyms } from '../src/stages/claims/synonyms.js';
import { frameSimilarity } from '../src/stages/contradictions/similarity.js';

const pipeline = defaultPipeline();

function pairsOf(text: string) {
  const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
  pipeline.run(doc);
  validateOutput(toOutput(doc));
  return doc.get('contradictions');
}

describe('contradictions inside an invented article', () => {
  const found: [string, string, string][] = [
    [
      'Mayor Elena Varga said on Monday that the city will not close the Harbor Bridge. The Daily Ledger reported on Friday that the city was preparing to close the Harbor Bridge. Varga’s remarks were in contrast to the report.',
      'statement-vs-report',
      'contradictions/marker',
    ],
    [
      'Port engineers said 300 workers were repairing the Harbor Bridge. The dockworkers union said 120 workers were repairing the Harbor Bridge.',
      'numbers-differ',
      'contradictions/numbers',
    ],
    [
      'The Daily Ledger reported that Minister Tomas Brek had taken money from the Halvard builders. Brek denied that he had taken money from the Halvard builders.',
      'denial',
      'contradictions/denial',
    ],
  ];
  it.each(found)('finds %s', (text, kind, rule) => {
    const pairs = pairsOf(text);
    expect(pairs.map((p) => [p.kind, p.rule])).toContainEqual([kind, rule]);
    for (const p of pairs) {
      expect(p.a.span.text).toBe(text.slice(p.a.span.start, p.a.span.end));
      expect(p.confidence).toBeGreaterThan(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
    }
  });

  const none: [string, string][] = [
    [
      'one holder, consistent',
      'Mayor Elena Varga said the city will not close the Harbor Bridge. Varga said the Harbor Bridge will stay open all winter.',
    ],
    [
      'two holders, same figure',
      'Port engineers said 300 workers were repairing the Harbor Bridge. The dockworkers union said 300 workers were repairing the Harbor Bridge.',
    ],
    ['a contrast between people, not accounts', 'Varga spoke for an hour. In contrast, her rival Tomas Brek spoke for five minutes.'],
    ['a denial with nothing to deny', 'The minister denied wrongdoing. The weather was cold in Halvard on Monday.'],
    [
      'two fragments of one quotation',
      '“The city will not close the Harbor Bridge,” Mayor Elena Varga said on Monday. “The city will close the Harbor Bridge.”',
    ],
  ];
  it.each(none)('finds no pair: %s', (_name, text) => {
    expect(pairsOf(text)).toEqual([]);
  });
});

describe('one pair per two statements', () => {
  it('keeps the marker pair and no second pair for the report restated in the marker sentence', () => {
    const pairs = pairsOf(
      'Mayor Elena Varga said on Monday that the city will not close the Harbor Bridge. Varga’s remarks were in contrast to a recent report that the city was preparing to close the Harbor Bridge. The Daily Ledger reported on Friday that the city was preparing to close the Harbor Bridge.',
    );
    expect(pairs.map((p) => [p.kind, p.rule])).toEqual([['statement-vs-report', 'contradictions/marker']]);
  });
});

describe('frame similarity', () => {
  const synonyms = loadSynonyms();
  const bag = (...words: string[]) => words.map((w) => frameKeys(synonyms, w));
  it('fills one slot with WordNet synonyms (troop / force / military) and not with unrelated words', () => {
    expect(frameSimilarity(bag('send', 'troop'), bag('send', 'force'))).toBeGreaterThan(0.6);
    expect(frameSimilarity(bag('troop'), bag('military'))).toBeGreaterThan(0);
    expect(frameSimilarity(bag('send', 'troop'), bag('bake', 'bread'))).toBe(0);
    expect(frameSimilarity([], bag('troop'))).toBe(0);
  });
});
