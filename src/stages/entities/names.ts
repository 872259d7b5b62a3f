import type { Token } from '../../doc/layers.js';
import { contractType } from './entity-type.js';
import { GENDERED_TITLES } from './lexicon/pronouns.js';
import { ROLE_HEADS, ROLE_MODIFIERS } from './lexicon/roles.js';
import type { WorkMention } from './mention.js';
import type { NerSpan } from './ner-spans.js';

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const DETERMINERS = new Set(['the']);

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
    while (a < b && DETERMINERS.has(tokens[a]!.text.toLowerCase())) a++;
    while (b > a && POSSESSIVE.has(tokens[b - 1]!.text)) b--;
    if (span.type === 'PER') while (b - a > 1 && isTitleWord(tokens[a]!.text.toLowerCase())) a++;
    if (a >= b) continue;
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    const name = text.slice(start, end);
    if (!/\p{L}/u.test(name)) continue;
    const { type, rule } = contractType(span.type, name);
    out.push({ start, end, tokStart: a, tokEnd: b, sentence: span.sentence, kind: 'name', type, rule, name, cluster: -1 });
  }
  return mergeCityRegion(text, tokens, out);
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
