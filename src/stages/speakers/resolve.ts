import type { Entity, Speaker } from '../../doc/layers.js';
import { overlapLength, type Span } from '../../doc/span.js';
import { PRONOUNS } from '../attribution/lexicon.js';
import { bestEntityFor } from '../entities/lookup.js';
import { IndexCache } from '../shared/interval-index.js';
import { proxyEnd } from './proxy-source.js';

/** A speaker with the rule that resolved it. */
export interface ResolvedSpeaker {
  readonly speaker: Speaker | null;
  readonly rule: string;
}

export function isPronoun(text: string): boolean {
  return PRONOUNS.has(text.trim().toLowerCase());
}

/** Heads of a phrase that names nobody: "officials", "a person familiar with …", "sources". */
const UNNAMED =
  /\b(officials?|sources?|people|persons?|aides?|advisers?|advisors?|someone|anyone|analysts?|experts?|critics?|opponents?|supporters?|residents?|witnesses|observers|insiders?|diplomats?|staffers?|employees?|members?|strategists?|operatives?|donors?|voters?|individuals?|spokes(?:man|men|woman|women|person|people)|representatives?)\b/i;

/** Whether a source names nobody in particular: "two people familiar with the talks", "officials". */
export function isAnonymousSource(text: string): boolean {
  // "Council member Walter Briggs": a phrase that ends in a full name names someone
  return UNNAMED.test(text) && !/\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+[,.]?$/u.test(text.trim());
}

function named(entity: Entity, anonymous = false): Speaker {
  return anonymous ? { entity: entity.id, name: entity.name, anonymous: true } : { entity: entity.id, name: entity.name };
}

/**
 * Resolves who is speaking: the entity whose mention heads the source (the part before its
 * first comma first; "a spokeswoman for X" and "X's campaign" are not X: `proxy-source.ts`); a name that only modifies the
 * source's head noun ("the [Brentwick] city council", "the [Clinton] campaign") is not the
 * speaker, the phrase is. Without an entity, the source's words, unless they are a
 * pronoun, in which case the previous named speaker (`previous`); with no source at all,
 * the previous speaker when the content continues a quotation (`continuing`); otherwise
 * nobody (null, never a guess). Sources that name nobody are marked `anonymous`.
 */
export function resolveSpeaker(
  source: Span | null,
  entities: readonly Entity[] | undefined,
  previous: Speaker | null,
  continuing: boolean,
  subjectless = false,
): ResolvedSpeaker {
  if (source === null) {
    if (continuing && previous) return { speaker: previous, rule: 'speaker/continuing-quote' };
    if (subjectless && previous) return { speaker: previous, rule: 'speaker/participle-subject' };
    return { speaker: null, rule: 'speaker/none' };
  }
  // "Clinton's campaign", "a spokeswoman for Clinton": not Clinton's words; "Clinton's
  // campaign manager Robby Mook": the person named after the proxy noun
  const proxy = proxyEnd(source.text);
  if (proxy >= 0) {
    const after =
      proxy < source.text.length && entities ? bestEntityFor(entities, { start: source.start + proxy, end: source.end }) : undefined;
    if (after) return { speaker: named(after), rule: 'speaker/proxy-named' };
    const speaker: Speaker = { entity: null, name: source.text, anonymous: true };
    return { speaker, rule: 'speaker/proxy' };
  }
  const anonymous = isAnonymousSource(source.text);
  const entity = entities ? (headEntity(entities, source) ?? bestEntityFor(entities, source)) : undefined;
  if (entity && !modifierOnly(entity, source)) return { speaker: named(entity, isAnonymousSource(entity.name)), rule: 'speaker/entity' };
  if (isPronoun(source.text)) {
    if (previous) return { speaker: previous, rule: 'speaker/pronoun-previous' };
    return { speaker: null, rule: 'speaker/pronoun-unresolved' };
  }
  const speaker: Speaker = anonymous ? { entity: null, name: source.text, anonymous: true } : { entity: null, name: source.text };
  return { speaker, rule: anonymous ? 'speaker/anonymous' : 'speaker/source-text' };
}

const mentionIndex = new IndexCache<Span>((m) => m);

/**
 * Whether the entity's mention only modifies the source's head: a common noun follows it
 * ("the Brentwick city council", "Clinton campaign officials").
 */
function modifierOnly(entity: Entity, source: Span): boolean {
  // the mentions overlapping the source (by index, in list order; was every mention of the
  // entity once per attribution): the first that shares the most
  let best: Span | undefined;
  for (const i of mentionIndex.of(entity.mentions).all(source.end, source.start)) {
    const m = entity.mentions[i] as Span;
    if (overlapLength(m, source) > 0 && (!best || overlapLength(m, source) > overlapLength(best, source))) best = m;
  }
  if (!best || best.end >= source.end) return false;
  const rest = source.text.slice(best.end - source.start);
  if (/^['’]s\b/.test(rest) || /^\s*[,(]/.test(rest)) return false;
  const next = /^\s+(\p{L}+)/u.exec(rest)?.[1];
  if (!next || !/^\p{Ll}/u.test(next)) return false;
  return !/^(of|and|who|which|that|in|at|on|for|from|to|with|said|says|told)$/.test(next);
}

/**
 * "Okafor, who heads the Coastal Dockworkers Union,": the phrase before the source's first
 * comma names the speaker; an organisation in the relative clause or apposition does not.
 */
function headEntity(entities: readonly Entity[], source: Span): Entity | undefined {
  const comma = source.text.indexOf(',');
  if (comma <= 0) return undefined;
  return bestEntityFor(entities, { start: source.start, end: source.start + comma });
}
