import { readFileSync } from 'node:fs';
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
    const file = `gender-detection-from-name/names/${LANGUAGES[k]}`;
    m = readNameLines(readFileSync(require.resolve(file), 'utf8')) ?? (require(file) as NameMap);
    loaded[k] = m;
  }
  return m;
}

/** One name a line in the package's files: `  ['name', 'gender'],`. */
const NAME_LINE = /^ {2}\['([^'\\\n]*)', '([a-z]+)'\],?$/;

/**
 * A name file's map read as lines rather than run as JavaScript (the English list: ~40% less
 * time at start-up, docs/scale.md "Start-up"): the file is `const x = new Map([`, one entry a
 * line, `]);`, `module.exports = x;`. Undefined when any other line is met: the caller then
 * runs the file.
 */
export function readNameLines(source: string): NameMap | undefined {
  const lines = source.split('\n');
  const m = new Map<string, string>();
  let frame = 0;
  for (const line of lines) {
    const hit = NAME_LINE.exec(line);
    if (hit) m.set(hit[1] as string, hit[2] as string);
    else if (/^(const \w+ = new Map\(\[|\]\);|module\.exports = \w+;|)$/.test(line)) frame++;
    else return undefined;
  }
  return frame >= 3 ? m : undefined;
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
