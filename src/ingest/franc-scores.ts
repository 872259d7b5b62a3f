import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/**
 * franc-min's `francAll(value, { minLength })` (6.2.0), the same ranking computed faster:
 * franc looks every trigram of the sample up in one plain object per language (82 for
 * Latin script), which was ~5% of `extract`. Here each script's models are one Map from a
 * trigram to its rank in every language, so a trigram is looked up once. Distances are
 * sums of integers (exact in any order), ranked by the same stable sort, normalised by
 * the same formula. `test/franc-scores.test.ts` compares the two.
 */

/** franc's constants: longest sample read, and the distance of a trigram a language lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptModel {
  readonly languages: readonly string[];
  /** Per trigram (by `trigramKey`), its rank in each language's model (−1: not in that model). */
  readonly ranks: ReadonlyMap<number, Int16Array>;
}

/**
 * A trigram's three UTF-16 code units as one number, so that no string is made: below 2^30
 * (a small integer, cheap as a Map key) when each unit is below 1024, as Latin script's are,
 * else 2^30 plus all 48 bits (exact). One number per trigram, one trigram per number.
 */
function trigramKey(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  const c = s.charCodeAt(i + 2);
  if (a < 1024 && b < 1024 && c < 1024) return (a << 20) | (b << 10) | c;
  return 1073741824 + a * 4294967296 + b * 65536 + c;
}

const models = new Map<string, ScriptModel>();

function scriptModel(script: string): ScriptModel | undefined {
  let m = models.get(script);
  if (m !== undefined) return m;
  const byLanguage = data[script];
  if (byLanguage === undefined) return undefined;
  const languages = Object.keys(byLanguage);
  const ranks = new Map<number, Int16Array>();
  languages.forEach((language, l) => {
    const list = (byLanguage[language] as string).split('|');
    // franc keeps the first index of a trigram listed twice (it fills its object from the end down)
    for (let r = 0; r < list.length; r++) {
      const tri = list[r] as string;
      if (tri.length !== 3) throw new Error(`franc-scores: trigram ${JSON.stringify(tri)} of ${language} is not 3 code units`);
      const key = trigramKey(tri, 0);
      let row = ranks.get(key);
      if (row === undefined) {
        row = new Int16Array(languages.length).fill(-1);
        ranks.set(key, row);
      }
      if (row[l] === -1) row[l] = r;
    }
  });
  m = { languages, ranks };
  models.set(script, m);
  return m;
}

/** The script whose expression matches the most characters (the first on ties), and its share. */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const found = value.match(expressions[script] as RegExp);
    const count = (found ? found.length : 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/**
 * The sample's trigrams with their counts, fewest first (ties in order of first occurrence),
 * as trigram-utils' `asTuples` (2.0.1) gives them: ASCII marks and digits to spaces, white
 * space collapsed, trimmed, lower-cased, padded with a space each side. (Its object keeps
 * keys in insertion order here: no trigram is an array index, the digits are gone.)
 */
function countedTrigrams(value: string): [number, number][] {
  const clean = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const t = trigramKey(clean, i);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[1] - b[1]);
}

/** `francAll(value, { minLength })`: [language, score] pairs, best first (score 1). */
export function francScores(value: string, minLength: number): [string, number][] {
  if (!value || value.length < minLength) return [['und', 1]];
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  const model = script === undefined ? undefined : scriptModel(script);
  if (script === undefined || model === undefined) {
    if (script === undefined || share === 0) return [['und', 1]];
    return [[script, 1]];
  }
  const L = model.languages.length;
  // integer sums: the same in any order; a trigram no language has adds MAX_DIFFERENCE to each
  const distance = new Int32Array(L);
  let inNone = 0;
  for (const [tri, count] of countedTrigrams(sample)) {
    const row = model.ranks.get(tri);
    if (row === undefined) {
      inNone++;
      continue;
    }
    for (let l = 0; l < L; l++) {
      const rank = row[l] as number;
      distance[l] = (distance[l] as number) + (rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1));
    }
  }
  const ranked: [string, number][] = model.languages.map((language, l) => [language, (distance[l] as number) + inNone * MAX_DIFFERENCE]);
  if (ranked.length === 0) return [['und', 1]];
  ranked.sort((a, b) => a[1] - b[1]);
  const min = (ranked[0] as [string, number])[1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const r of ranked) r[1] = 1 - (r[1] - min) / max || 0;
  return ranked;
}
