import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { Doc } from '../src/doc/doc.js';
import type { Attribution } from '../src/doc/layers.js';
import { nonStatement, titleEnd } from '../src/stages/attribution/non-statement.js';

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
    ['Mayor Teresa Okafor declined to comment on the strike.', 'declined to comment on', 'refusal'],
    ['Mayor Teresa Okafor refused to say whether the port would close.', 'refused to say', 'refusal'],
    // negatives: statements stay statements
    ['Mayor Teresa Okafor said the strike would end by Friday.', 'said', null],
    ['Mayor Teresa Okafor has mentioned the strike twice since Monday.', 'mentioned', null],
    ['Mayor Teresa Okafor told reporters that the port would not close.', 'told', null],
    ['Mayor Teresa Okafor declined the invitation and said the port would stay open.', 'said', null],
    ['Mayor Teresa Okafor is proposing a new tram line.', 'is proposing', null],
    // deeds, not sayings
    ['Mayor Teresa Okafor released her tax returns on Friday.', 'released', 'act'],
    ['Mayor Teresa Okafor unveiled a list of endorsements.', 'unveiled', 'act'],
    ['Mayor Teresa Okafor addressed the dockworkers union on Friday.', 'addressed', 'act'],
    ['Mayor Teresa Okafor has embraced the council budget.', 'has', 'act'],
    ['Mayor Teresa Okafor plans to call on voters to register.', 'plans to call on', 'act'],
    ['The mayor will speak at noon. She’ll present her tram plan in Harbourside.', '’ll present', 'act'],
    ['The mayor will speak at noon. She will present her tram plan in Harbourside.', 'will present', 'act'],
    // negatives: a that-clause or a quotation after the deed is what was said
    ['Mayor Teresa Okafor disclosed that the port would close.', 'disclosed', null],
    ['Mayor Teresa Okafor released a statement saying the port would close.', 'saying', null],
    ['Mayor Teresa Okafor has called the strike a mistake.', 'has called', null],
    ['The mayor spoke at noon. She’ll say more on Friday, she said.', 'said', null],
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

describe('the title line of a plain-text article', () => {
  const text = 'Okafor says port will close.\n\nMayor Teresa Okafor said the port would close on Monday. The council agreed.';
  function attributionsOf(kind: string | undefined): Attribution[] {
    const doc = new Doc({ id: 't', date: '2026-03-06', text, meta: kind ? { kind } : {} });
    pipeline.run(doc);
    return doc.get('attributions');
  }
  it('a statement inside the title is marked headline, the body is not', () => {
    const as = attributionsOf('plain-text');
    for (const a of as) {
      if (a.content.end <= text.indexOf('\n')) expect(a.nonStatement).toBe('headline');
      else expect(a.nonStatement).toBeUndefined();
    }
    expect(as.some((a) => a.content.start > text.indexOf('\n'))).toBe(true);
    expect(as.some((a) => a.nonStatement === 'headline')).toBe(true);
  });
  it('negative: documents that are not plain text (a web page keeps its title apart) have no title block', () => {
    const doc = new Doc({ id: 't', date: null, text, meta: {} });
    expect(titleEnd(doc)).toBe(-1);
    for (const a of attributionsOf(undefined)) expect(a.nonStatement).toBeUndefined();
  });
  it('negative: a one-paragraph text has no title block', () => {
    const one = 'Mayor Teresa Okafor said the port would close on Monday.';
    const doc = new Doc({ id: 't', date: null, text: one, meta: { kind: 'plain-text' } });
    pipeline.run(doc);
    expect(titleEnd(doc)).toBe(-1);
  });
});
