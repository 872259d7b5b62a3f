import { describe, expect, it } from 'vitest';
import { SAME_PLACE_RULE } from '../src/stages/entities/place-nominals.js';
import { analyse, entityMentioning } from './entities-support.js';

/** Definite role nominals resolved by their head word or, failing that, their place modifier. */
describe('role nominals on texts written for the test', () => {
  it.each([
    [
      'same place, different head → the one person of that place',
      'Brazilian Secretary of State Ana Ruiz arrived in Lima on Monday. The Brazilian foreign minister said the talks had gone well.',
      'The Brazilian foreign minister',
      'Ana Ruiz',
      SAME_PLACE_RULE,
    ],
    [
      'same head beats the place rule',
      'Sen. Laura Hicks spoke first. The senator said the bill was dead.',
      'The senator',
      'Laura Hicks',
      'nominal/same-role',
    ],
    [
      'only people named before the nominal count',
      'Brazilian Secretary of State Ana Ruiz arrived on Monday. The Brazilian foreign minister spoke. Brazilian President Luiz Silva stayed home.',
      'The Brazilian foreign minister',
      'Ana Ruiz',
      SAME_PLACE_RULE,
    ],
    [
      'organisation modifier, different head',
      'FBI Director Jane Doe testified on Tuesday. The FBI chief said the inquiry would continue.',
      'The FBI chief',
      'Jane Doe',
      SAME_PLACE_RULE,
    ],
  ])('%s', (_case, text, mention, name, rule) => {
    const doc = analyse(text);
    expect(entityMentioning(doc, mention)?.name).toBe(name);
    expect(doc.get('mentions').find((x) => x.text === mention)?.rule).toBe(rule);
  });

  it.each([
    [
      'two people with the same place modifier',
      'Brazilian Secretary of State Ana Ruiz met Brazilian President Luiz Silva on Monday. The Brazilian foreign minister said the talks had gone well.',
      'The Brazilian foreign minister',
    ],
    [
      'no place modifier in common',
      'Brazilian Secretary of State Ana Ruiz arrived in Lima on Monday. The Peruvian foreign minister said the talks had gone well.',
      'The Peruvian foreign minister',
    ],
    [
      'no place modifier at all and a different head',
      'Brazilian Secretary of State Ana Ruiz arrived in Lima on Monday. The foreign minister said the talks had gone well.',
      'The foreign minister',
    ],
    [
      'another organisation, same head',
      'FBI Director Jane Doe testified on Tuesday. The CIA director said the inquiry would continue.',
      'The CIA director',
    ],
  ])('%s → unresolved', (_case, text, mention) => {
    const doc = analyse(text);
    expect(entityMentioning(doc, mention)).toBeUndefined();
  });
});
