import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc/doc.js';
import { checkDoc } from '../src/doc/invariants.js';
import type { Entity, Timex } from '../src/doc/layers.js';
import { spanOf } from '../src/doc/span.js';
import { Pipeline, type StageProblem } from '../src/pipeline/pipeline.js';
import type { Stage } from '../src/pipeline/stage.js';
import { createAttributionStage } from '../src/stages/attribution/attribution-stage.js';
import type { AttributionRecord } from '../src/stages/speakers/assemble.js';
import { createSpeakersStage } from '../src/stages/speakers/speakers-stage.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const pipeline = Pipeline.build([createTokensStage(), createAttributionStage(), createSpeakersStage()]);

function analyse(text: string, p = pipeline): { doc: Doc; problems: StageProblem[]; attributions: AttributionRecord[] } {
  const doc = new Doc({ id: 't', date: null, text, meta: {} });
  const problems = p.run(doc);
  expect(checkDoc(doc, ['tokens', 'attributions'])).toEqual([]);
  return { doc, problems, attributions: doc.get('attributions') as AttributionRecord[] };
}

describe('attribution stage: negative cases (no attribution invented)', () => {
  it.each([
    ['scare quotes', 'The so-called “experts” were wrong about the budget again this year.', '“experts”'],
    ['a title in quotes', 'She watched “The Godfather” on Sunday night with two old friends.', '“The Godfather”'],
    ['a nickname', 'Dwayne “The Rock” Johnson arrived at the premiere in Toronto on Friday.', '“The Rock”'],
    ['straight scare quotes', 'The "reform" left the tax code much as it was before the vote.', '"reform"'],
  ])('%s', (_name, text, quoted) => {
    const { attributions } = analyse(text);
    expect(attributions.filter((a) => a.content.text.includes(quoted) && a.type === 'direct')).toEqual([]);
  });

  it('reports an unbalanced quotation mark and goes on', () => {
    const { problems } = analyse('The minister said “we will stay here for the whole week and longer.\n\nThe meeting ended at noon.');
    expect(problems.map((p) => p.rule)).toContain('attribution/unbalanced-quote');
  });

  it.each([
    ['a paragraph ending on its closing mark', 'She said: “We are done.”\n\nThe talks resumed on Friday.'],
    ['a quote closed mid-paragraph', '“We are done,” she said on Monday.\n\nThe talks resumed on Friday.'],
    ['a quote continued in the next paragraph', '“We are done with this.\n\n“The talks are over,” she said.'],
  ])('reports no unbalanced quotation for %s', (_name, text) => {
    const { problems } = analyse(text);
    expect(problems.map((p) => p.rule)).not.toContain('attribution/unbalanced-quote');
  });

  it('gives a quotation with no speaker anywhere a null speaker, not a guess', () => {
    const { attributions } = analyse('“We will never give up on this town, not now and not ever.”');
    expect(attributions.length).toBeLessThanOrEqual(1);
    for (const a of attributions) expect(a.speaker).toBeNull();
  });
});

describe('attribution stage: what is no statement', () => {
  it.each([
    [
      'the addressee of "told" before a second quotation',
      '“We have waited a long time for this deal,” she told reporters outside the town hall. “If they want peace, they know where we are.”',
      'reporters outside',
    ],
    [
      'the addressee of "told" after a quotation',
      '“No farmer should lose a farm to the weather,” Mendel told the county council in Arlow. He added that the fund would grow.',
      'county council',
    ],
    [
      'a request for anonymity',
      'One of the negotiators, who asked not to be named because the talks are private, said a deal could come on Friday.',
      'not to be named',
    ],
  ])('%s', (_name, text, words) => {
    const { attributions } = analyse(text);
    expect(attributions.filter((a) => a.content.text.startsWith(words) || a.content.text.startsWith(words.split(' ')[0] ?? ''))).toEqual(
      [],
    );
  });

  it('gives the speaker of a request for anonymity to the cue after it', () => {
    const { attributions } = analyse(
      'One of the negotiators, who asked not to be named because the talks are private, said a deal could come on Friday.',
    );
    const said = attributions.find((a) => a.cue?.text === 'said');
    expect(said?.speaker?.name).toBe('One of the negotiators');
  });
});

describe('attribution stage: reported speech in our own sentences', () => {
  it.each([
    ['X said that', 'The mayor said that taxes will fall next year.', 'The mayor', 'said', 'taxes will fall next year'],
    [
      'postposed direct quote',
      '“We will win this election easily,” the senator said.',
      'the senator',
      'said',
      'We will win this election easily',
    ],
    [
      'postposed indirect',
      'Taxes will fall next year, the mayor said on Monday.',
      'the mayor',
      // the day of saying is not the cue's: taking it lost exact cues on every CV fold (docs/attribution.md)
      'said',
      'Taxes will fall next year',
    ],
  ])('%s', (_name, text, source, cue, content) => {
    const { attributions } = analyse(text);
    const a = attributions.find((x) => x.content.text.includes(content));
    expect(a?.source?.text).toBe(source);
    expect(a?.cue?.text).toBe(cue);
    expect(a?.speaker?.name).toBe(source);
  });

  it('carries the speaker to a pronoun and to a continuing quote, never naming "he"', () => {
    const text =
      'The governor said that the bridge will open in May.\n\n“It is ready,” he said. “We have waited for this bridge for many long years.”';
    const { attributions } = analyse(text);
    expect(attributions.length).toBeGreaterThanOrEqual(2);
    for (const a of attributions) expect(a.speaker?.name).toBe('The governor');
    expect(attributions.some((a) => ['attribution/continuing-quote', 'attribution/split-continuation'].includes(a.rule ?? ''))).toBe(true);
  });
});

describe('attribution stage: speakers from entities, dates from timexes', () => {
  const text = 'Mayor Ann Lee said on Monday that taxes will fall next year. “We are ready for this,” she said.';
  const find = (s: string, from = 0): { start: number; end: number } => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length };
  };
  const given: Stage = {
    name: 'given',
    requires: ['tokens'],
    provides: ['entities', 'timexes'],
    run(doc) {
      const lee = find('Ann Lee');
      const she = find('she');
      const entities: Entity[] = [
        {
          id: 'e1',
          name: 'Ann Lee',
          type: 'PERSON',
          roles: ['Mayor'],
          mentions: [spanOf(text, lee.start, lee.end), spanOf(text, she.start, she.end)],
        },
      ];
      const monday = find('Monday');
      const said = find('said');
      const timexes: (Timex & { anchor: { start: number; end: number } })[] = [
        { ...spanOf(text, monday.start, monday.end), type: 'DATE', value: '2025-11-10', anchor: said },
      ];
      doc.set('entities', entities);
      doc.set('timexes', timexes);
    },
  };
  const withLayers = Pipeline.build([createTokensStage(), given, createAttributionStage(), createSpeakersStage()]);

  it('names the entity and dates both statements, the second one inherited', () => {
    const { attributions } = analyse(text, withLayers);
    expect(attributions.map((a) => a.speaker)).toEqual([
      { entity: 'e1', name: 'Ann Lee' },
      { entity: 'e1', name: 'Ann Lee' },
    ]);
    expect(attributions.map((a) => [a.date, a.dateSource])).toEqual([
      ['2025-11-10', 'stated'],
      ['2025-11-10', 'inherited'],
    ]);
  });
});

describe('attribution stage without the learned model (lexicon rules only)', () => {
  const rulesOnly = Pipeline.build([createTokensStage(), createAttributionStage({ model: null }), createSpeakersStage()]);
  it.each([
    ['X said that', 'The mayor said that taxes will fall next year.', 'The mayor', 'said', 'that taxes will fall next year'],
    [
      'postposed indirect',
      'Taxes will fall next year, the mayor said on Monday.',
      'the mayor',
      // the day of saying is not the cue's: taking it lost exact cues on every CV fold (docs/attribution.md)
      'said',
      'Taxes will fall next year',
    ],
    [
      'postposed direct',
      '“We will win this election easily,” the senator said.',
      'the senator',
      'said',
      '“We will win this election easily,”',
    ],
  ])('%s', (_name, text, source, cue, content) => {
    const { attributions } = analyse(text, rulesOnly);
    expect(attributions.map((a) => [a.source?.text, a.cue?.text, a.content.text])).toEqual([[source, cue, content]]);
  });

  it.each([
    ['no speech verb', 'The mayor cut taxes last year and plans more cuts.'],
    ['a scare quote', 'The so-called “experts” were wrong about the budget again this year.'],
  ])('finds nothing in a sentence with %s', (_name, text) => {
    expect(analyse(text, rulesOnly).attributions).toEqual([]);
  });
});

describe('attribution stage: a relative clause in the source runs to the comma before the cue', () => {
  it.each([
    [
      'Mayor Elena Sorvino, who had backed the project since her 2024 campaign, said she would sign the measure on Friday.',
      'Mayor Elena Sorvino, who had backed the project since her 2024 campaign,',
    ],
  ])('%s', (text, source) => {
    const { attributions } = analyse(text);
    expect(attributions.map((a) => a.source?.text)).toContain(source);
  });

  it('leaves a source without a relative clause as it was', () => {
    const { attributions } = analyse('The mayor said that taxes will fall next year.');
    expect(attributions[0]?.source?.text).toBe('The mayor');
  });
});
