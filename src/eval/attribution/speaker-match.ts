import type { AttributionUnit } from './units.js';

const HONORIFIC =
  /^(mr|mrs|ms|miss|dr|sen|senator|rep|representative|gov|governor|president|pres|gen|general|secretary|sec|judge|justice|mayor|prof|professor|rev|sir|dame|lord|lady|st|vice|former|the|a|an)$/;
const PRONOUN = /^(he|she|they|it|i|we|you|him|her|them|us|me|who|which|that)$/i;

/**
 * The words of a name, lower-cased, honorifics, possessives and punctuation left out; where
 * the name has capitalised words, only those ("the Clinton campaign" → clinton).
 */
export function nameWords(name: string): string[] {
  const words = name
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 0 && !HONORIFIC.test(w.toLowerCase()));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  return (capitalised.length > 0 ? capitalised : words).map((w) => w.toLowerCase());
}

/**
 * The name a gold source states in so many words: its first run of capitalised words that
 * is not a modifier ("Trump's campaign manager Kellyanne Conway" → Kellyanne Conway;
 * "Clinton campaign officials" → none), or null for pronouns and common-noun phrases
 * ("he", "the senator", "officials"), whose person only a hand resolution can say.
 */
export function statedName(source: string): string | null {
  const trimmed = source.trim();
  if (PRONOUN.test(trimmed)) return null;
  const words = trimmed.split(/\s+/);
  let i = 0;
  while (i < words.length) {
    if (!/^\p{Lu}/u.test(words[i] as string) || /^(The|A|An)$/.test(words[i] as string)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && /^(\p{Lu}|Mc|de$|van$|von$)/u.test(words[j] as string) && !/[,;:]$/.test(words[j - 1] as string)) j++;
    const run = words.slice(i, j).join(' ');
    const next = words[j];
    const possessive = /['’]s$/.test(words[j - 1] as string);
    const modifier =
      next !== undefined && /^\p{Ll}/u.test(next) && !/^(of|and|who|said|,)$/.test(next) && !/,$/.test(words[j - 1] as string);
    if (!possessive && !modifier && nameWords(run).length > 0) return run.replace(/[,.;:]+$/, '');
    i = j;
  }
  return null;
}

/** Whether two names can name the same person: one's words all among the other's. */
export function namesAgree(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  const inY = x.every((w) => y.includes(w));
  const inX = y.every((w) => x.includes(w));
  return inY || inX;
}

/**
 * Whether the prediction's resolved speaker is the gold unit's speaker: true / false, or
 * null where the gold speaker is not known (no source; a pronoun or common-noun source
 * without a hand resolution), which is left out of the accuracy.
 */
export function sameSpeaker(text: string, gold: AttributionUnit, predicted: AttributionUnit): boolean | null {
  const goldName = gold.speaker ?? (gold.source ? statedName(text.slice(gold.source.start, gold.source.end)) : null);
  if (!goldName) return null;
  return predicted.speaker ? namesAgree(goldName, predicted.speaker) : false;
}
