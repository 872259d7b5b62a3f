import type { Token } from '../../doc/layers.js';
import { spanOf } from '../../doc/span.js';
import type { Quantity } from './claim.js';

const WORDS: ReadonlyMap<string, number> = new Map(
  [
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
  ]
    .flatMap((s) => s.split(' '))
    .map((w, i) => [w, i]),
);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/** The value of a number token ("1,200", "4.5", "twelve"), or null. */
export function numberValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (WORDS.has(lower)) return WORDS.get(lower) as number;
  const digits = lower.replace(/^[$£€]/, '').replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(digits)) return null;
  return Number(digits);
}

/**
 * Numbers with what they count: "300 troops" (300, troop), "$4 million" (4e6, $), "12
 * percent" / "12%" (12, percent). A year or a day of a date is no quantity (timexes cover
 * them: `inTimex`). Rule `claims/quantity`.
 */
export function readQuantities(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  inTimex: (start: number, end: number) => boolean,
): Quantity[] {
  const out: Quantity[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    let value = numberValue(t.text);
    if (value === null || inTimex(t.start, t.end)) continue;
    const currency = /^[$£€]/.test(t.text) || (i > from && /^[$£€]$/.test((tokens[i - 1] as Token).text));
    let j = i + 1;
    const scale = tokens[j] ? SCALES.get((tokens[j] as Token).text.toLowerCase()) : undefined;
    if (scale !== undefined) {
      value *= scale;
      j++;
    }
    let unit: string | null = currency ? '$' : null;
    for (let k = j; !unit && k < Math.min(to, j + 3); k++) {
      const u = tokens[k] as Token;
      if (u.text === '%' || u.lemma === 'percent') unit = 'percent';
      else if (u.pos === 'NOUN') unit = u.lemma.toLowerCase();
      else if (u.pos !== 'ADJ' && u.pos !== 'ADV') break;
    }
    if (!unit) continue;
    const before = i > from ? (tokens[i - 1] as Token) : undefined;
    const start = before && /^[$£€]$/.test(before.text) ? before.start : t.start;
    out.push({ value, unit, span: spanOf(text, start, (tokens[j - 1] as Token).end) });
    i = j - 1;
  }
  return out;
}
