import { createRequire } from 'node:module';
import type { Gender } from '../mention.js';

/**
 * First names and the gender they usually mark, from the `gender-detection-from-name`
 * package (MIT; English, Spanish, French, Italian, German and Turkish name lists, each
 * name with one gender). Loaded once, on first use.
 */
type NameMap = ReadonlyMap<string, string>;
const LANGUAGES = ['en', 'es', 'fr', 'it', 'de', 'tr'] as const;

let english: NameMap | undefined;
let all: NameMap[] | undefined;

function maps(): NameMap[] {
  if (!all) {
    const require = createRequire(import.meta.url);
    all = LANGUAGES.map((l) => require(`gender-detection-from-name/names/${l}`) as NameMap);
    english = all[0];
  }
  return all;
}

/** The English first-name list (lower case), which the NER model's first-name flag reads. */
export function englishFirstNames(): NameMap {
  maps();
  return english!;
}

/** The gender a first name usually marks (the English list first, then the others), '?' when unknown. */
export function genderOfFirstName(name: string): Gender {
  const lower = name.toLowerCase();
  for (const m of maps()) {
    const g = m.get(lower);
    if (g === 'male') return 'm';
    if (g === 'female') return 'f';
  }
  return '?';
}
