import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readNameLines } from '../src/stages/entities/lexicon/first-names.js';

const require = createRequire(import.meta.url);

describe('entities/lexicon/first-names: the name files read as lines', () => {
  it.each(['en', 'es', 'fr', 'it', 'de', 'tr'])('%s: the same map, in the same order, as running the file', (lang) => {
    const file = `gender-detection-from-name/names/${lang}`;
    const read = readNameLines(readFileSync(require.resolve(file), 'utf8'));
    expect([...(read ?? [])]).toEqual([...(require(file) as Map<string, string>)]);
  });

  it.each([
    ['another statement', "const x = new Map([\n  ['ann', 'female'],\n]);\nx.set('bo', 'male');\nmodule.exports = x;\n"],
    ['an escaped quote', "const x = new Map([\n  ['o\\'hara', 'female'],\n]);\nmodule.exports = x;\n"],
  ])('leaves a file with %s to be run', (_, source) => {
    expect(readNameLines(source)).toBeUndefined();
  });
});
