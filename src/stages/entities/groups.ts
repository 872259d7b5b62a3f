import type { Token } from '../../doc/layers.js';
import { numberWordsUpTo } from '../shared/number-words.js';
import type { WorkMention } from './mention.js';
import { tokenRange } from './token-index.js';

/** Counts a group phrase may open with: "four … officials". */
const NUMBERS = numberWordsUpTo(12);
const VAGUE = 'several|some|many|multiple|other|numerous|dozens of|a number of|a few';
const MODIFIER =
  "current|former|senior|top|high-ranking|mid-level|administration|government|military|intelligence|security|police|federal|western|european|defense|foreign|other|two|and|,|[\\p{Lu}][\\p{L}.'’-]*";
const HEAD =
  'officials|official|sources|source|people familiar with the (?:matter|plans?|discussions|talks|situation|decision)|people with knowledge of the (?:matter|plans?)|diplomats|diplomat|officers|aides|aide|advisers|advisors|lawmakers|insiders|analysts|witnesses|residents|experts|critics|police|authorities|protesters|activists|advocates|economists|scientists|researchers|investigators|prosecutors|observers|supporters|opponents|environmentalists|officers';
/** Alternatives whose first letter may be upper case too (sentence starts: "Officials said"). */
function anyCase(alternatives: string): string {
  return alternatives
    .split('|')
    .map((a) => (/^[a-z]/.test(a) ? `[${a[0]!.toUpperCase()}${a[0]}]${a.slice(1)}` : a))
    .join('|');
}
const GROUP = new RegExp(
  `(?<![\\p{L}\\d])(?:(${anyCase(`${Object.keys(NUMBERS).join('|')}|${VAGUE}`)}|\\d+)[ \\t\\u00a0]+)?((?:(?:${anyCase(MODIFIER)})[ \\t\\u00a0]+)*)(${anyCase(HEAD)})(?![\\p{L}])`,
  'gu',
);
const LEADING_NOT_GROUP = new Set(['VERB', 'ADP', 'AUX', 'PRON', 'DET', 'SCONJ', 'CCONJ', 'ADV', 'PART', 'PUNCT']);
/** Heads that make a group anonymous even without a number ("officials said"). */
const BARE_HEADS = /^(?:officials|sources|people|insiders|diplomats)/;
/** Heads that make an unnamed group only as the subject of a verb ("critics say", "police said"). */
const SUBJECT_HEADS =
  /^(?:analysts|lawmakers|witnesses|residents|experts|critics|police|authorities|protesters|activists|advocates|economists|scientists|researchers|investigators|prosecutors|observers|supporters|opponents|environmentalists|aides|advisers|advisors)$/;
const SINGULAR = /(?:official|source|diplomat|aide)$/;

/** A description of a group that leaves its members unnamed ("four current and former U.S. officials"). */
export interface GroupMention extends WorkMention {
  readonly count: number | null;
  /** The description without its number, lower-case: groups with the same one are merged. */
  readonly key: string;
}

/**
 * Anonymous sources: "four current and former U.S. officials", "a senior official",
 * "people familiar with the matter". Definite ones ("the officials") point back to a group
 * already seen and are left to the pronoun and nominal rules.
 */
export function anonymousGroups(text: string, tokens: readonly Token[], sentenceOf: (tok: number) => number): GroupMention[] {
  const out: GroupMention[] = [];
  for (const m of text.matchAll(GROUP)) {
    let start = m.index;
    const numberWord = m[1]?.toLowerCase();
    let mods = m[2] ?? '';
    const head = m[3]!.toLowerCase();
    // A capitalised word just before the group belongs to the sentence, not to it, unless it is part of the description.
    while (/^(?:and|,)\s+/.test(mods)) {
      start += mods.length - mods.replace(/^(?:and|,)\s+/, '').length;
      mods = mods.replace(/^(?:and|,)\s+/, '');
    }
    const before = text.slice(Math.max(0, start - 4), start).toLowerCase();
    if (/\bthe\s$/.test(before) || /\b(?:his|her|their|its|our)\s$/.test(text.slice(Math.max(0, start - 6), start).toLowerCase())) continue;
    const singular = SINGULAR.test(head);
    if (numberWord === undefined && !BARE_HEADS.test(head)) {
      const after = tokenRange(tokens, m.index + m[0].length, m.index + m[0].length + 1).a;
      const verb = tokens[after];
      if (!SUBJECT_HEADS.test(head) || verb === undefined || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) continue;
    }
    if (singular && numberWord !== 'a' && numberWord !== 'an' && numberWord !== 'one') continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 2);
    if (/^\s\p{Lu}/u.test(after) && singular) continue; // "official John Smith": a title
    let { a, b } = tokenRange(tokens, start, end);
    if (numberWord === undefined) {
      const headSentence = tokens[b - 1]!.sentence;
      while (a < b - 1 && (LEADING_NOT_GROUP.has(tokens[a]!.pos) || tokens[a]!.sentence !== headSentence)) a++;
      start = tokens[a]!.start;
    }
    if (a >= b) continue;
    const count = numberWord === undefined ? null : (NUMBERS[numberWord] ?? (/^\d+$/.test(numberWord) ? Number(numberWord) : null));
    const key = text
      .slice(numberWord === undefined ? start : m.index + m[0].length - mods.length - head.length, end)
      .toLowerCase()
      .replace(/\s+/g, ' ');
    out.push({
      start,
      end,
      tokStart: a,
      tokEnd: b,
      sentence: sentenceOf(a),
      kind: 'group',
      type: 'PERSON',
      rule: 'anonymous/description',
      name: text.slice(start, end),
      cluster: -1,
      count,
      key,
    });
  }
  return out;
}
