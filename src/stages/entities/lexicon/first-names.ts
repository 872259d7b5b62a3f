import { createRequire } from 'node:module';
import type { Gender } from '../mention.js';

/**
 * First names and the gender they usually mark, from the `gender-detection-from-name`
 * package (MIT; English, Spanish, French, Italian, German and Turkish name lists, each
 * name with one gender). Loaded once, on first use.
 */
type NameMap = ReadonlyMap<string, string>;
const LANGUAGES = ['en', 'es', 'fr', 'it', 'de', 'tr'] as const;

/** Each language's list, loaded when first needed (the lists are 2 MB of source: ~120 ms in all). */
const loaded: (NameMap | undefined)[] = LANGUAGES.map(() => undefined);

function list(k: number): NameMap {
  let m = loaded[k];
  if (m === undefined) {
    const require = createRequire(import.meta.url);
    m = require(`gender-detection-from-name/names/${LANGUAGES[k]}`) as NameMap;
    loaded[k] = m;
  }
  return m;
}

/** The English first-name list (lower case), which the NER model's first-name flag reads. */
export function englishFirstNames(): NameMap {
  return list(0);
}

/**
 * The gender a first name usually marks (the English list first, then the others, each
 * read only when the ones before it do not tell), '?' when unknown.
 */
export function genderOfFirstName(name: string): Gender {
  const lower = name.toLowerCase();
  for (let k = 0; k < LANGUAGES.length; k++) {
    const g = list(k).get(lower);
    if (g === 'male') return 'm';
    if (g === 'female') return 'f';
  }
  return '?';
}
