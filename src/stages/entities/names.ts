import type { Token } from '../../doc/layers.js';
import { loadSupersenses, unpack } from '../attribution/supersenses.js';
import { contractType } from './entity-type.js';
import { GENDERED_TITLES, POSSESSIVE_MARKS } from './lexicon/pronouns.js';
import { LOCAL_OFFICES, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon/roles.js';
import type { WorkMention } from './mention.js';
import type { NerSpan } from './ner-spans.js';

const DETERMINERS = new Set(['the']);
/** Parts of speech a name does not start with ("Then Okafor", "But Ruiz"). */
const NOT_NAME_START = new Set(['ADV', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART', 'INTJ', 'PUNCT']);
const NOUN_PERSON = 18;

/**
 * A plural common noun for people ("Opponents", "Critics", "Officials" opening a
 * sentence): a word ending in -s whose singular's most frequent WordNet sense is
 * noun.person. Such a word is a group, not a person's name.
 */
function isPluralPersonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const nouns = loadSupersenses()?.nouns;
  if (!nouns) return false;
  for (const singular of [
    lower.slice(0, -1),
    lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : '',
    lower.endsWith('es') ? lower.slice(0, -2) : '',
  ]) {
    const packed = singular ? nouns.get(singular) : undefined;
    if (packed !== undefined) return unpack(packed)[0] === NOUN_PERSON;
  }
  return false;
}

/** Honorifics: part of what names a person, never a name or a place by themselves. */
const HONORIFICS = new Set(
  'mr mr. mrs mrs. ms ms. miss dr dr. sir dame madame mme mme. monsieur messrs messrs. señor señora sr. sra.'.split(' '),
);
const PRONOUN_WORDS = new Set('i we you he she it they me him her them my our your his its their'.split(' '));

/** True for a word that belongs to a title rather than a name ("President", "Mr.", "State"). */
export function isTitleWord(lower: string): boolean {
  return ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || GENDERED_TITLES.has(lower);
}

/**
 * Name mentions from the NER spans: leading "the" and trailing possessives dropped, titles
 * cut off the front of person names (the roles stage reads them back), then typed.
 */
export function nameMentions(text: string, tokens: readonly Token[], spans: readonly NerSpan[]): WorkMention[] {
  const out: WorkMention[] = [];
  for (const span of spans) {
    let a = span.start;
    let b = span.end;
    while (a < b && (DETERMINERS.has(tokens[a]!.text.toLowerCase()) || (b - a > 1 && NOT_NAME_START.has(tokens[a]!.pos)))) a++;
    while (b > a && POSSESSIVE_MARKS.has(tokens[b - 1]!.text)) b--;
    let type = span.type;
    // "Mr. Smith" tagged as a place or an organisation, or "Mr." alone: the honorific goes, the rest is a person
    const honorificBefore = a > 0 && HONORIFICS.has(tokens[a - 1]!.text.toLowerCase()) && tokens[a - 1]!.sentence === tokens[a]!.sentence;
    let honorificInside = false;
    while (a < b && HONORIFICS.has(tokens[a]!.text.toLowerCase())) {
      a++;
      honorificInside = true;
    }
    if (a >= b) continue;
    if (honorificBefore || honorificInside) type = 'PER';
    if (b - a === 1 && type === 'PER' && isPluralPersonNoun(tokens[a]!.text)) continue;
    if (b - a === 1 && PRONOUN_WORDS.has(tokens[a]!.text.toLowerCase()) && tokens[a]!.text !== 'US') continue;
    const split = titleInside(tokens, a, b);
    if (split !== undefined && type !== 'PER') {
      // "Springfield Mayor Tom Baker" tagged as one ORG: a place or body, a title, a person.
      if (split.title > a) {
        const local = LOCAL_OFFICES.has(tokens[split.title]!.text.toLowerCase());
        out.push(mention(text, tokens, a, split.title, local ? 'LOC' : type, span.sentence, 'title-split'));
      }
      out.push(mention(text, tokens, split.name, b, 'PER', span.sentence, 'title-split'));
      continue;
    }
    if (type === 'PER') while (b - a > 1 && isTitleWord(tokens[a]!.text.toLowerCase())) a++;
    const m = mention(text, tokens, a, b, type, span.sentence, type !== span.type ? 'honorific' : undefined);
    if (/\p{L}/u.test(m.name ?? '')) out.push(m);
  }
  return mergeCityRegion(text, tokens, out);
}

function mention(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  nerType: NerSpan['type'],
  sentence: number,
  why?: string,
): WorkMention {
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  const name = text.slice(start, end);
  const { type, rule } = contractType(nerType, name);
  return { start, end, tokStart: a, tokEnd: b, sentence, kind: 'name', type, rule: why ? `${rule}+${why}` : rule, name, cluster: -1 };
}

/** A role head inside a name followed by capitalised words: where the title and the person start. */
function titleInside(tokens: readonly Token[], a: number, b: number): { title: number; name: number } | undefined {
  for (let k = a; k < b - 1; k++) {
    if (!ROLE_HEADS.has(tokens[k]!.text.toLowerCase())) continue;
    let n = k + 1;
    while (n < b - 1 && isTitleWord(tokens[n]!.text.toLowerCase())) n++;
    if (tokens.slice(n, b).every((t) => /^\p{Lu}/u.test(t.text) && !isTitleWord(t.text.toLowerCase()))) return { title: k, name: n };
    return undefined;
  }
  return undefined;
}

/**
 * "Hamilton, Ontario": a place, a comma and a region that is not followed by another
 * place form one place name.
 */
function mergeCityRegion(text: string, tokens: readonly Token[], mentions: WorkMention[]): WorkMention[] {
  const out: WorkMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    const after = mentions[i + 2];
    if (
      next &&
      m.type === 'GPE' &&
      next.type === 'GPE' &&
      next.tokStart === m.tokEnd + 1 &&
      tokens[m.tokEnd]!.text === ',' &&
      !m.rule.includes('country') &&
      !next.rule.includes('country') &&
      !(after && after.type === 'GPE' && after.tokStart <= next.tokEnd + 2)
    ) {
      const following = tokens[next.tokEnd]?.text.toLowerCase();
      if (following !== 'and' && following !== 'or') {
        const name = text.slice(m.start, next.end);
        out.push({ ...m, end: next.end, tokEnd: next.tokEnd, name, rule: 'place/city-comma-region' });
        i++;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
