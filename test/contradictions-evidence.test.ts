import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';

const pipeline = defaultPipeline();

function evidencePairs(text: string) {
  const doc = new Doc({ id: 't', date: '2026-03-10', text, meta: {} });
  pipeline.run(doc);
  return doc.get('contradictions').filter((p) => p.rule === 'contradictions/evidence');
}

describe('contradictions/evidence: a finding set against what someone said', () => {
  it.each([
    [
      'a study that actually found otherwise',
      'Mayor Elena Varga said the bridge toll would lower costs for commuters in the harbor district. One study found the bridge toll would actually raise costs for commuters in the harbor district.',
      'statement-vs-report',
    ],
    [
      'other estimates substantially higher',
      'The transport office calculates that 4,000 commuters will use the new bridge every day. Other estimates put the number of daily commuters on the new bridge substantially higher.',
      'numbers-differ',
    ],
    [
      'a review of records after "but"',
      'Councillor Tomas Brek said the harbor contract had been signed by the mayor in secret, but a review of records shows the harbor contract was signed at a public council session.',
      'statement-vs-report',
    ],
  ])('pairs %s', (_name, text, kind) => {
    const pairs = evidencePairs(text);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.kind).toBe(kind);
  });

  it.each([
    [
      'a finding that agrees, with no contrasting word',
      'Mayor Elena Varga said the bridge toll would lower costs for commuters in the harbor district. One study found the bridge toll would lower costs for commuters in the harbor district.',
    ],
    [
      'a finding with nothing on its frame before it',
      'Senator Ilse Moor thanked her volunteers on Tuesday. In fact, a study found the bridge toll raised costs for commuters in the harbor district.',
    ],
    [
      'no finding at all',
      'Mayor Elena Varga said the bridge toll would lower costs. But Councillor Tomas Brek said it would actually raise them.',
    ],
  ])('pairs nothing for %s', (_name, text) => {
    expect(evidencePairs(text)).toEqual([]);
  });
});
