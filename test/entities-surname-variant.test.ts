import { describe, expect, it } from 'vitest';
import { oneEditApart, surnameVariant } from '../src/stages/entities/surname-variant.js';

describe('a misspelt second mention of a surname', () => {
  it.each([
    ['Marrowby', 'Marrowbey', true], // a letter dropped
    ['Okaforro', 'Okaforo', true], // a letter added
    ['Quorinna', 'Quorinne', true], // a letter changed
    ['McLanney', 'McClanney', true], // case aside
    // negatives
    ['Marrow', 'Marrow', false], // the same name is no variant
    ['Kessel', 'Kettle', false], // two letters apart
    ['Bosh', 'Bush', false], // too short to tell
    ['Narrowby', 'Marrowby', false], // another first letter
    ['Marrowbys', 'Marrowby', false], // "the Marrowbys", a family
    ['Dov Kessel', 'Dov Kessell', false], // one word only
  ])('%s for %s → %s', (name, surname, expected) => {
    expect(surnameVariant(name, surname)).toBe(expected);
  });
  it.each([
    ['abc', 'abd', true],
    ['abc', 'abcd', true],
    ['abcd', 'abc', true],
    ['abc', 'abc', false],
    ['abc', 'acb', false],
    ['abc', 'a', false],
  ])('oneEditApart(%s, %s) → %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
  });
});
