import type { Entity, Speaker } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';

/**
 * What the article around a source says about who it is, for sources the entities layer
 * leaves unresolved or resolves against the flow of the article: organisation nominals
 * ("the company", "it"), and "he"/"she" right after the same person's statement.
 */

/** Heads of a definite phrase that stands for an organisation: "the company", "the social media company". */
const ORG_NOMINAL =
  /^(?:the|this)\s+(?:[\p{Ll}-]+\s+){0,3}(company|firm|group|organi[sz]ation|agency|network|newspaper|paper|outlet|magazine|website|site|channel|bank|union|association|department|ministry|committee|institute|foundation|university|charity|corporation|giant|startup|broadcaster|publication)$/iu;

/** Whether a source is a definite common-noun phrase for an organisation. */
export function isOrganisationNominal(text: string): boolean {
  return ORG_NOMINAL.test(text.trim());
}

/**
 * The organisation mentioned last before `at` and at most `window` characters before it
 * (an organisation nominal or "it" names one the article has just spoken of).
 */
export function recentOrganisation(entities: readonly Entity[], at: number, window: number): Entity | undefined {
  let best: Entity | undefined;
  let bestStart = -1;
  for (const e of entities) {
    if (e.type !== 'ORG') continue;
    for (const m of e.mentions) {
      if (m.end <= at && m.start > bestStart && at - m.end <= window) {
        best = e;
        bestStart = m.start;
      }
    }
  }
  return best;
}

const MALE = /^(he|him|his|himself)$/i;
const FEMALE = /^(she|her|hers|herself)$/i;

/** 'm' / 'f' from the personal pronouns among an entity's mentions (the majority), '?' without any. */
export function entityGender(entity: Entity | undefined): 'm' | 'f' | '?' {
  if (!entity) return '?';
  let m = 0;
  let f = 0;
  for (const x of entity.mentions) {
    const t = x.text.trim();
    if (MALE.test(t)) m++;
    else if (FEMALE.test(t)) f++;
  }
  return m > f ? 'm' : f > m ? 'f' : '?';
}

/** The gender a singular personal pronoun states ('?' for anything else). */
export function pronounGender(text: string): 'm' | 'f' | '?' {
  const t = text.trim();
  return MALE.test(t) ? 'm' : FEMALE.test(t) ? 'f' : '?';
}

/** The entity a speaker names, when it has one. */
export function speakerEntity(speaker: Speaker | null, entities: readonly Entity[] | undefined): Entity | undefined {
  if (!speaker?.entity || !entities) return undefined;
  return entities.find((e) => e.id === speaker.entity);
}

/** Whether the span's text is a source pronoun for one person: "he", "she". */
export function isPersonPronoun(source: Span | null): boolean {
  return source !== null && pronounGender(source.text) !== '?';
}

/** The statement before, as the speaker flow sees it. */
export interface PreviousStatement {
  readonly speaker: Speaker;
  readonly paragraph: number;
  /** Where its content ends (offset): a mention after it is news since. */
  readonly end: number;
}

/** Characters before a source within which "the company" looks for its organisation. */
const ORG_WINDOW = 1200;

/**
 * Second thoughts on a resolved speaker from the flow of the article: an organisation
 * nominal or "it" with no entity of its own is the organisation just mentioned
 * (`speaker/organisation-nominal`, `speaker/it-organisation`; "it" never takes the
 * previous speaker's name); "he"/"she" right after a statement of a person of that gender, in the same
 * paragraph or the one before, is that person (`speaker/pronoun-continuity`), unless the
 * entity coreference chose someone mentioned since that statement.
 */
export function refineSpeaker(
  resolved: { speaker: Speaker | null; rule: string },
  source: Span | null,
  entities: readonly Entity[] | undefined,
  previous: PreviousStatement | null,
  paragraph: number,
): { speaker: Speaker | null; rule: string } {
  if (!source || !entities) return resolved;
  const named = (e: Entity): Speaker => ({ entity: e.id, name: e.name });
  // an organisation speaks as "the company": the previous speaker if it is no he or
  // she and names somebody, else the organisation mentioned last
  const previousOrg =
    previous && !previous.speaker.anonymous && previous.speaker.entity && paragraph - previous.paragraph <= 2
      ? speakerEntity(previous.speaker, entities)
      : undefined;
  const asOrg = previousOrg && previousOrg.type !== 'GPE' && entityGender(previousOrg) === '?' ? previousOrg : undefined;
  if (isOrganisationNominal(source.text) && resolved.speaker?.entity == null) {
    const org = asOrg ?? recentOrganisation(entities, source.start, ORG_WINDOW);
    return org ? { speaker: named(org), rule: 'speaker/organisation-nominal' } : resolved;
  }
  if (!isPersonPronoun(source) || !previous || previous.speaker.anonymous || !previous.speaker.entity) return resolved;
  if (paragraph - previous.paragraph > 1 || resolved.speaker?.entity === previous.speaker.entity) return resolved;
  const before = speakerEntity(previous.speaker, entities);
  if (!before || before.type !== 'PERSON') return resolved;
  const g = entityGender(before);
  if (g !== '?' && g !== pronounGender(source.text)) return resolved;
  const chosen = speakerEntity(resolved.speaker, entities);
  if (chosen?.mentions.some((m) => m.start >= previous.end && m.end <= source.start && !isPersonPronoun(m))) return resolved;
  return { speaker: previous.speaker, rule: 'speaker/pronoun-continuity' };
}
