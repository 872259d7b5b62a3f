import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { francAll } from 'franc-min';
import { data } from 'franc-min/data.js';
import { describe, expect, it } from 'vitest';
import { francScores } from '../src/ingest/franc-scores.js';
import { MIN_DETECT_CHARS } from '../src/ingest/language.js';

// francScores must rank exactly as francAll does (same languages, same order, same scores):
// it replaced francAll in detectLanguage for speed only.

/** A deterministic text in a language: its model's trigrams, picked by a small generator. */
function textOf(model: string, seed: number, length: number): string {
  const trigrams = model.split('|');
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += trigrams[x % trigrams.length];
    if (x % 5 === 0) out += ', ';
  }
  return out;
}

const generated: [string, string][] = [];
for (const [script, languages] of Object.entries(data)) {
  for (const [language, model] of Object.entries(languages)) {
    generated.push([`${script}/${language}`, textOf(model, language.charCodeAt(0) * 31 + language.length, 600)]);
  }
}

const SMALL: [string, string][] = [
  ['empty', ''],
  ['short', 'Hello there.'],
  ['digits only', '1234567890 '.repeat(20)],
  ['marks only', '!!! ??? ... ;;; '.repeat(12)],
  ['Greek', 'Η Ελλάδα είναι μια χώρα στη νοτιοανατολική Ευρώπη με πλούσια ιστορία και πολιτισμό. '.repeat(3)],
  ['Cyrillic', 'Москва является столицей России и крупнейшим городом страны по численности населения. '.repeat(3)],
  ['Han', '北京是中华人民共和国的首都，也是全国的政治中心和文化中心。'.repeat(8)],
  ['mixed', 'The minister said 42 times that it was “fine”; 1999–2001 — ok? Straße, café, naïve. '.repeat(4)],
  ['tabs and lines', 'one\ttwo\n\nthree   four\r\nfive six seven eight nine ten eleven twelve '.repeat(5)],
];

const samplesDir = join(import.meta.dirname, '..', 'samples');
const samples: [string, string][] = existsSync(samplesDir)
  ? readdirSync(samplesDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(samplesDir, f), 'utf8').slice(0, 1500)])
  : [];

describe('francScores = francAll', () => {
  it.each([...SMALL, ...samples, ...generated])('%s', (_name, text) => {
    for (const minLength of [10, MIN_DETECT_CHARS]) {
      expect(francScores(text, minLength)).toEqual(francAll(text, { minLength }));
    }
  });

  it('the generated texts reach many different languages (not all und)', () => {
    const best = new Set(generated.map(([, text]) => (francScores(text, 10)[0] as [string, number])[0]));
    expect(best.size).toBeGreaterThan(40);
  });
});
