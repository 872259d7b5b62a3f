import { describe, expect, it } from 'vitest';
import { checkDoc } from '../src/doc/invariants.js';
import { analyse, entities, entityMentioning } from './entities-support.js';

describe('entities: people, roles and coreference on texts written for the test', () => {
  it.each([
    ['title before a name', 'Springfield Mayor Tom Baker said the bridge would reopen.', 'Tom Baker', 'Mayor of Springfield'],
    ['national title', 'Brazilian President Luiz Silva met reporters on Monday.', 'Luiz Silva', 'Brazilian President'],
    ['apposition', 'Jane Porter, the city finance director, said the budget was balanced.', 'Jane Porter', 'city finance director'],
    [
      'place and office read as one name',
      'Halvard Mayor Daniel Reyes urged both sides to return to the table.',
      'Daniel Reyes',
      'Mayor of Halvard',
    ],
  ])('%s', (_case, text, name, role) => {
    const doc = analyse(text);
    const e = entities(doc).find((x) => x.name === name);
    expect(e?.type).toBe('PERSON');
    expect(e?.roles).toContain(role);
    expect(entities(doc).filter((x) => x.type === 'ORG' && /Mayor/.test(x.name))).toEqual([]);
    expect(checkDoc(doc)).toEqual([]);
  });

  it.each([
    ['he → the man', 'Maria Lopez met John Carter in Madrid. He said the talks had gone well.', 'He', 'John Carter', 'pronoun/'],
    ['she → the woman', 'John Carter met Maria Lopez in Madrid. She said the talks had gone well.', 'She', 'Maria Lopez', 'pronoun/'],
    [
      'a known gender beats a nearer unknown',
      'Ruth Adler arrived first. Okonkwo Bayo came later. She said the talks had failed.',
      'She',
      'Ruth Adler',
      'pronoun/',
    ],
    [
      'role nominal → the office holder',
      'Foreign Minister Ana Ruiz arrived in Lima on Monday. The foreign minister said the talks had gone well.',
      'The foreign minister',
      'Ana Ruiz',
      'nominal/',
    ],
    [
      'object pronoun → the most recent person, not the subject',
      'Paul Grant asked Laura Diaz to apologise to Mark Evans for accusing him of lying.',
      'him',
      'Mark Evans',
      'pronoun/',
    ],
    [
      'a pronoun opening its sentence continues the subject that opened the one before',
      'Maria Lopez has faced questions since meeting Carlos Ruiz while the agency was investigating his wife, Elena Ruiz, over a loan she took. She said the meeting was brief.',
      'She',
      'Maria Lopez',
      'pronoun/',
    ],
    [
      'a possessor opening the sentence before is not its subject',
      "Maria Lopez's lawyer, Elena Ruiz, said on Monday that the loan was legal. She said the bank had erred.",
      'She',
      'Elena Ruiz',
      'pronoun/',
    ],
    [
      '"\'s" as "is" after a pronoun leaves it a subject',
      "Tom Baker said Smith is his third choice. He's leaning toward Jones, he said.",
      'he',
      'Tom Baker',
      'pronoun/',
    ],
    ['surname alone', 'Senator Paul Hendricks spoke first. Later, Hendricks left the chamber.', 'Hendricks', 'Paul Hendricks', 'alias/'],
  ])('%s', (_case, text, mention, name, rule) => {
    const doc = analyse(text);
    expect(entityMentioning(doc, mention)?.name).toBe(name);
    const m = doc.get('mentions').find((x) => x.text === mention);
    expect(m?.rule.startsWith(rule) || m?.rule.includes(rule)).toBe(true);
  });

  it.each([
    ['relative pronoun', 'The mayor thanked Peter Olsen, who said the town would recover.', 'who', 'Peter Olsen', 'relative/adjacent'],
    [
      '"it" said → the organisation',
      'Global Widgets Inc. lost money again. It said sales fell.',
      'It',
      'Global Widgets Inc.',
      'pronoun/it-organisation',
    ],
    [
      'organisation nominal',
      'The Environmental Protection Agency released new rules on Monday. The agency said the rules would cut emissions.',
      'The agency',
      'Environmental Protection Agency',
      'nominal/org-name-head',
    ],
    [
      'abbreviated title',
      'Sen. Laura Hicks spoke first. The senator said the bill was dead.',
      'The senator',
      'Laura Hicks',
      'nominal/same-role',
    ],
  ])('%s', (_case, text, mention, name, rule) => {
    const doc = analyse(text);
    expect(entityMentioning(doc, mention)?.name).toBe(name);
    expect(doc.get('mentions').find((x) => x.text === mention)?.rule).toBe(rule);
  });

  it.each([
    ['sentence-initial group', 'Critics said the plan was too costly.', 'Critics', undefined],
    ['counted group', 'Two officials said the talks failed.', 'Two officials', 2],
  ])('%s', (_case, text, mention, count) => {
    const group = entityMentioning(analyse(text), mention);
    expect(group?.anonymous).toBe(true);
    expect(group?.count).toBe(count);
  });

  it('gives a shared surname to the full name just before, else to the one introduced first', () => {
    const text =
      'Hillary Clinton spoke first. Later, former President Bill Clinton arrived. Clinton waved. Reporters waited. Clinton said the talks were long.';
    const doc = analyse(text);
    const owner = (at: number) => entities(doc).find((e) => e.mentions.some((m) => m.start === at))?.name;
    expect(owner(text.indexOf('Clinton waved'))).toBe('Bill Clinton');
    expect(owner(text.indexOf('Clinton said'))).toBe('Hillary Clinton');
  });

  it('names a person by a clean name, not by a headline read as a name', () => {
    const doc = analyse(
      'Obama Says New Museum Tells Hard Story\n\nMr. Obama opened the museum on Saturday. He said it would tell every story.',
    );
    const he = entityMentioning(doc, 'He');
    expect(he?.name).toBe('Obama');
  });

  it('leaves a report alone when no outlet is near', () => {
    const doc = analyse('A recent report said the mine was unsafe. Inspectors left on Monday.');
    expect(doc.get('mentions')).toEqual([]);
  });

  it('leaves "it" alone when no organisation was named, and in "it is"', () => {
    const doc = analyse('It rained all day. Global Widgets Inc. closed early. It is unclear why.');
    expect(doc.get('mentions').filter((m) => m.kind === 'pronoun')).toEqual([]);
  });

  it('makes outlets and anonymous groups entities', () => {
    const doc = analyse('Reuters reported on Friday that two senior officials had resigned. They declined to comment.');
    expect(entityMentioning(doc, 'Reuters')).toMatchObject({ type: 'ORG', kind: 'news outlet' });
    const group = entityMentioning(doc, 'two senior officials');
    expect(group).toMatchObject({ anonymous: true, count: 2 });
    expect(group?.mentions.map((m) => m.text)).toContain('They');
  });

  it('types places: cities and countries GPE, natural features LOC, nationalities NORP', () => {
    const doc = analyse('Flooding along the Danube River hit Budapest, the Hungarian government said, and spread toward Serbia.');
    expect(entityMentioning(doc, 'Budapest')?.type).toBe('GPE');
    expect(entityMentioning(doc, 'Serbia')?.type).toBe('GPE');
    expect(entityMentioning(doc, 'Hungarian')?.type).toBe('NORP');
    expect(entityMentioning(doc, 'Danube River')?.type).toBe('LOC');
  });
});

describe('entities: no wholesale invention', () => {
  const names = (text: string): string[] => entities(analyse(text)).map((e) => e.name);

  it.each([
    ['capitalised sentence starts', 'Yesterday the board met. However, nothing changed. Despite that, shares rose. Nobody knows why.', []],
    ['"May" the month', 'In May the company said profits rose. Sales fell in early May.', []],
    ['"Will" the verb', 'Will the council approve the budget? We will know next week.', []],
    ['time word before a title', 'Yesterday Mayor Baker opened the bridge.', ['Baker']],
    ['pronouns without antecedent', 'He said they would come back. She agreed.', []],
  ])('%s', (_case, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['headline in title case', 'Council Approves New Budget After Long Debate Over Taxes', 1],
    ['all-caps text', 'POLICE SAY STORM DAMAGE WORSE THAN EXPECTED ACROSS THE REGION AFTER WEEKEND RAINS', 1],
    ['all-caps with a place', 'STORM HITS FLORIDA COAST AS THOUSANDS FLEE', 2],
  ])('%s: at most a few entities', (_case, text, most) => {
    const doc = analyse(text);
    expect(entities(doc).length).toBeLessThanOrEqual(most);
    expect(checkDoc(doc)).toEqual([]);
  });

  it.each([[''], ['\n'], ['“”'], ['...'], ['he he he']])('copes with %j', (text) => {
    const doc = analyse(text);
    expect(Array.isArray(doc.get('entities'))).toBe(true);
    expect(checkDoc(doc)).toEqual([]);
  });
});
