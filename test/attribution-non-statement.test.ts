import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import type { Attribution } from '../src/doc/layers.js';
import { nonStatement } from '../src/stages/attribution/non-statement.js';

// Sentences written for this project (no corpus text).
const pipeline = defaultPipeline();
function run(text: string): { doc: Doc; attributions: Attribution[] } {
  const doc = new Doc({ id: 't', date: '2026-03-06', text, meta: {} });
  pipeline.run(doc);
  return { doc, attributions: doc.get('attributions') };
}

/** The kind the rule gives the cue written in `cue`, found in `text`. */
function kindOf(text: string, cue: string): string | null {
  const { doc } = run(text);
  const start = text.indexOf(cue);
  return nonStatement(doc.get('tokens'), { start, end: start + cue.length, text: cue });
}

describe('cues that say nothing was said', () => {
  it.each([
    ['Mayor Teresa Okafor has not mentioned the strike since Monday.', 'mentioned', 'negated'],
    ['Mayor Teresa Okafor did not address the strike at the rally.', 'address', 'negated'],
    ["Mayor Teresa Okafor didn't comment on the strike.", 'comment on', 'negated'],
    ['Mayor Teresa Okafor never commented on the strike.', 'commented on', 'negated'],
    ['Mayor Teresa Okafor thought the strike would end by Friday.', 'thought', 'mental-state'],
    ['Mayor Teresa Okafor knows nothing about the port.', 'knows', 'mental-state'],
    // negatives: statements stay statements
    ['Mayor Teresa Okafor said the strike would end by Friday.', 'said', null],
    ['Mayor Teresa Okafor has mentioned the strike twice since Monday.', 'mentioned', null],
    ['Mayor Teresa Okafor told reporters that the port would not close.', 'told', null],
    ['Mayor Teresa Okafor is proposing a new tram line.', 'is proposing', null],
  ])('%s (%s) → %s', (text, cue, kind) => {
    expect(kindOf(text, cue)).toBe(kind);
  });
  it('no cue, no verdict', () => {
    expect(nonStatement([], null)).toBeNull();
  });
});

describe('the stage marks them and keeps them', () => {
  it('a negated cue is kept as an attribution (PolNeAR annotates it), marked', () => {
    const { attributions } = run('Mayor Teresa Okafor has not mentioned whether the port would close.');
    const marked = attributions.filter((a) => a.nonStatement === 'negated');
    expect(marked.length).toBeLessThanOrEqual(attributions.length);
    for (const a of attributions) if (/mention/.test(a.cue?.text ?? '')) expect(a.nonStatement).toBe('negated');
  });
  it('negative: a plain statement carries no mark', () => {
    const { attributions } = run('Mayor Teresa Okafor said the port would close on Monday.');
    expect(attributions).toHaveLength(1);
    expect(attributions[0]?.nonStatement).toBeUndefined();
  });
});
