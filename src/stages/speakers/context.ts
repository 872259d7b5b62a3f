import type { Entity, Speaker } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';
import { entityGender, isPersonPronoun, knownGender, type PreviousStatement, pronounGender, speakerEntity } from './gender.js';
import { outsideQuote } from './quoted.js';
import { roleNominalPerson, roleNominalSpeaker } from './roles.js';

/**
 * What the article around a source says about who it is, for sources the entities layer
 * leaves unresolved or resolves against the flow of the article: organisation nominals
 * ("the company", "it"), and "he"/"she" right after the same person's statement.
 */

/** Heads of a definite phrase that stands for an organisation: "the company", "the social media company". */
const ORG_NOMINAL =
  /^(?:the|this)\s+(?:[\p{Ll}-]+\s+){0,3}(company|firm|group|organi[sz]ation|agency|network|newspaper|paper|outlet|magazine|website|site|channel|bank|union|association|department|ministry|committee|institute|foundation|university|charity|corporation|giant|startup|broadcaster|publication|wire|pollster|watchdog|(?:news|wire) service)$/iu;

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

/** Characters before a source within which "the company" looks for its organisation. */
const ORG_WINDOW = 1200;

/**
 * Second thoughts on a resolved speaker from the flow of the article: an organisation
 * nominal or "it" with no entity of its own is the organisation just mentioned
 * (`speaker/organisation-nominal`, `speaker/it-organisation`; "it" never takes the
 * previous speaker's name); "he"/"she" right after a statement of a person of that gender, in the same
 * paragraph or the one before, is that person (one the article already calls he/she) (`speaker/pronoun-continuity`), unless the
 * entity coreference chose someone mentioned since that statement.
 */
export function refineSpeaker(
  resolved: { speaker: Speaker | null; rule: string },
  source: Span | null,
  entities: readonly Entity[] | undefined,
  previous: PreviousStatement | null,
  paragraph: number,
  content?: Span,
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
  if (resolved.speaker?.entity == null) {
    const person = roleNominalPerson(entities, source);
    if (person) return { speaker: named(person), rule: 'speaker/role-nominal' };
    const speaker = roleNominalSpeaker(entities, source, previous, paragraph);
    if (speaker) return { speaker: named(speaker), rule: 'speaker/role-nominal-previous' };
  }
  if (BARE_CAMPAIGN.test(source.text.trim()) && resolved.speaker?.entity == null) {
    const candidate = campaignOf(entities, source, previous, paragraph);
    if (candidate) return { speaker: candidate, rule: 'speaker/campaign-nominal' };
  }
  if (isOrganisationNominal(source.text) && resolved.speaker?.entity == null) {
    // "Politifact examined the charge … The news service pointed to …": a previous
    // speaker the entities layer missed, named by a one-word name, is the organisation
    const unlisted = previous && !previous.speaker.anonymous && previous.speaker.entity == null && paragraph - previous.paragraph <= 2;
    const recent = recentOrganisation(entities, source.start, ORG_WINDOW);
    // …unless an organisation has been named since ("… the State Department turn down … The agency")
    const since = recent?.mentions.some((m) => previous !== null && m.start >= previous.end && m.end <= source.start);
    if (unlisted && !since && ONE_NAME.test(previous.speaker.name.trim()))
      return { speaker: previous.speaker, rule: 'speaker/organisation-nominal-previous' };
    const org = asOrg ?? recent;
    return org ? { speaker: named(org), rule: 'speaker/organisation-nominal' } : resolved;
  }
  const outside = outsideQuote(resolved, source, entities, content);
  if (outside) return { speaker: named(outside), rule: 'speaker/pronoun-outside-quote' };
  if (spokenOf(resolved, source, entities, previous, paragraph, content))
    return { speaker: previous?.speaker ?? null, rule: 'speaker/pronoun-after-speaker' };
  if (!isPersonPronoun(source) || !previous || previous.speaker.anonymous || !previous.speaker.entity) return resolved;
  if (paragraph - previous.paragraph > 1 || resolved.speaker?.entity === previous.speaker.entity) return resolved;
  const before = speakerEntity(previous.speaker, entities);
  if (before?.type !== 'PERSON') return resolved;
  // a person already called by this pronoun, or one not yet called anything when the
  // coreference chose nobody called so either
  const chosen = speakerEntity(resolved.speaker, entities);
  const g = pronounGender(source.text);
  const was = entityGender(before);
  if (was !== g && (was !== '?' || entityGender(chosen) === g)) return resolved;
  if (chosen?.mentions.some((m) => m.start >= previous.end && m.end <= source.start && !isPersonPronoun(m))) return resolved;
  return { speaker: previous.speaker, rule: 'speaker/pronoun-continuity' };
}

/** One capitalised word with a capital or lower-case letters after it ("Politifact", "WikiLeaks"). */
const ONE_NAME = /^\p{Lu}[\p{L}.-]{2,}$/u;

/** A source's words that name someone: capitalised ("Wimes", "Ana Ruiz"), no pronoun. */
const NAME_LIKE = /^(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}$/u;

/**
 * "Ms. Wimes said the campaign took voters for granted and must now win her back. “…,” she
 * said.": he/she right after a statement whose speaker's gender the article never states
 * (a named person never called he or she nor named with a gendered first name or title;
 * not a group, not an organisation), where coreference chose a
 * person mentioned only inside that statement's content, is the speaker of that statement
 * (`speaker/pronoun-after-speaker`). A speaker called by the other pronoun, or a person
 * named again since the statement (outside this statement's own content), keeps coreference's choice.
 */
function spokenOf(
  resolved: { speaker: Speaker | null },
  source: Span,
  entities: readonly Entity[],
  previous: PreviousStatement | null,
  paragraph: number,
  content: Span | undefined,
): boolean {
  if (!isPersonPronoun(source) || !previous || previous.start === undefined || previous.speaker.anonymous) return false;
  if (paragraph - previous.paragraph > 1 || resolved.speaker?.entity == null) return false;
  if (resolved.speaker.entity === previous.speaker.entity) return false;
  if (!namedSpeaker(previous.speaker, entities, pronounGender(source.text))) return false;
  const chosen = speakerEntity(resolved.speaker, entities);
  if (chosen?.type !== 'PERSON') return false;
  const start = previous.start;
  // (mentions inside this statement's own quotation are no news either)
  const own = (m: Span): boolean => content !== undefined && m.start >= content.start && m.end <= content.end;
  const inside = chosen.mentions.filter((m) => m.end <= source.start && m.end > start && !own(m) && !isPersonPronoun(m));
  // named inside the statement's content, and not named since (he/she since are coreference's own guesses)
  return inside.length > 0 && inside.every((m) => m.end <= previous.end);
}

/**
 * A named person (not a group: "Federal investigators", "some lawmakers"; not an unresolved
 * word: "Allies", "Q") whom nothing calls by the other pronoun: one of no stated gender, one
 * the article calls by this very pronoun, or a name the entities layer missed ("Wines
 * believes …", a misspelt second mention).
 */
function namedSpeaker(speaker: Speaker, entities: readonly Entity[], g: 'm' | 'f' | '?'): boolean {
  const name = speaker.name.trim();
  if (!NAME_LIKE.test(name) || name.length < 3) return false;
  const before = speakerEntity(speaker, entities);
  if (!before) return speaker.entity === null && !isPronounText(name);
  if (before.type !== 'PERSON') return false;
  const known = knownGender(before);
  return known === '?' || known === g;
}

function isPronounText(text: string): boolean {
  return /^(?:he|she|they|it|we|i|you|who|which|that)$/i.test(text);
}

/** "the campaign", "The campaign": whose, the article says before. */
const BARE_CAMPAIGN = /^the\s+campaign$/i;

/**
 * Whose campaign "the campaign" is: the most-mentioned person so far (at least three
 * mentions), or the person who spoke in this paragraph or the one before when the article
 * has mentioned them at least half as often. The campaign is not the person: the speaker is named "<surname> campaign",
 * with no entity and marked anonymous, as "Clinton's campaign" is (`proxy-source.ts`).
 */
function campaignOf(entities: readonly Entity[], source: Span, previous: PreviousStatement | null, paragraph: number): Speaker | null {
  const count = (e: Entity): number => e.mentions.filter((m) => m.end <= source.start).length;
  let person: Entity | undefined;
  let most = 0;
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const n = count(e);
    if (n > most) {
      person = e;
      most = n;
    }
  }
  if (most < 3) return null;
  // the person who just spoke, when the article speaks of them about as much (a candidate,
  // not the spokesman or adviser quoted once)
  const before =
    previous && paragraph - previous.paragraph <= 1 && !previous.speaker.anonymous ? speakerEntity(previous.speaker, entities) : undefined;
  if (before?.type === 'PERSON' && 2 * count(before) >= most) person = before;
  const surname = person?.name.split(/\s+/).pop();
  return surname ? { entity: null, name: `${surname} campaign`, anonymous: true } : null;
}
