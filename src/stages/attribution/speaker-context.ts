import type { Entity, Speaker } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';

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

const MALE = /^(he|him|his|himself)$/i;
const FEMALE = /^(she|her|hers|herself)$/i;

/** 'm' / 'f' from the personal pronouns among an entity's mentions (the majority), '?' without any. */
export function entityGender(entity: Entity | undefined): 'm' | 'f' | '?' {
  if (!entity) return '?';
  // counted once per mention list (was: every mention once per attribution)
  const known = genders.get(entity.mentions);
  if (known !== undefined && known.count === entity.mentions.length) return known.gender;
  const gender = countGender(entity);
  genders.set(entity.mentions, { count: entity.mentions.length, gender });
  return gender;
}

const genders = new WeakMap<readonly Span[], { readonly count: number; readonly gender: 'm' | 'f' | '?' }>();

function countGender(entity: Entity): 'm' | 'f' | '?' {
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

/** A definite phrase for one person by a role: "the Republican nominee", "The Indiana governor". */
const PERSON_NOMINAL =
  /^the\s+(?:[\p{L}.'’-]+\s+){0,3}(nominee|candidate|front-?runner|governor|senator|director|secretary|president|lady|mogul|billionaire|businessman|businesswoman|congressman|congresswoman|chairman|chairwoman|mayor|judge|attorney general|speaker|professor|lawyer|attorney|economist|pollster|strategist|analyst|author|columnist|reporter|ambassador|minister|prosecutor|sheriff|chief|commissioner|spokesman|spokeswoman|actor|actress|comedian|host)$/iu;
/** Roles so tied to the person an article is about that, with no one named in that role, they mean its most-mentioned person. */
const PROTAGONIST_ROLES = new Set([
  'nominee',
  'candidate',
  'frontrunner',
  'front-runner',
  'lady',
  'mogul',
  'billionaire',
  'businessman',
  'businesswoman',
]);
const ROLE_ABBREVIATIONS: Record<string, string> = { governor: 'gov.', senator: 'sen.', president: 'pres.' };
/** Role heads that state a gender. */
const ROLE_GENDER: Record<string, 'm' | 'f'> = {
  businessman: 'm',
  congressman: 'm',
  chairman: 'm',
  businesswoman: 'f',
  congresswoman: 'f',
  chairwoman: 'f',
  lady: 'f',
};

/** An entity's gender: what the entities stage read (title, first name, pronouns), else its pronoun mentions. */
function knownGender(e: Entity): 'm' | 'f' | '?' {
  const g = (e as { gender?: string }).gender;
  return g === 'm' || g === 'f' ? g : entityGender(e);
}

/**
 * The person a definite role nominal source stands for: the person last mentioned before it
 * whose roles name that head ("Indiana Gov. Mike Pence" for "The Indiana governor"), else,
 * for a candidate's role ("the Republican nominee", "the former first lady"), the person
 * mentioned most often before it (at least three times).
 */
export function roleNominalPerson(entities: readonly Entity[], source: Span): Entity | undefined {
  const m = PERSON_NOMINAL.exec(source.text.trim());
  if (!m) return undefined;
  const head = (m[1] as string).toLowerCase();
  const short = ROLE_ABBREVIATIONS[head];
  let byRole: Entity | undefined;
  let byRoleAt = -1;
  let salient: Entity | undefined;
  let salientCount = 0;
  const gender = ROLE_GENDER[head] ?? '?';
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    // "the New York businessman" is no woman, "the former first lady" no man
    if (gender !== '?' && knownGender(e) !== '?' && knownGender(e) !== gender) continue;
    const before = e.mentions.filter((x) => x.end <= source.start);
    if (before.length === 0) continue;
    const last = Math.max(...before.map((x) => x.start));
    const hasRole = e.roles.some((r) => {
      const words = r.toLowerCase().split(/\s+/);
      return words.includes(head) || (short !== undefined && words.includes(short));
    });
    if (hasRole && last > byRoleAt) {
      byRole = e;
      byRoleAt = last;
    }
    if (before.length > salientCount) {
      salient = e;
      salientCount = before.length;
    }
  }
  if (byRole) return byRole;
  return PROTAGONIST_ROLES.has(head) && salientCount >= 3 ? salient : undefined;
}

/** The statement before, as the speaker flow sees it. */
export interface PreviousStatement {
  readonly speaker: Speaker;
  readonly paragraph: number;
  /** Where its content ends (offset): a mention after it is news since. */
  readonly end: number;
  /** Where its content starts (offset), when known: a mention inside is someone it spoke of. */
  readonly start?: number;
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
  const before = speakerEntity(previous.speaker, entities);
  // a named person (not a group: "Federal investigators", "some lawmakers"; not an
  // unresolved word: "Allies", "Q") whose gender nothing states
  if (before?.type !== 'PERSON' || knownGender(before) !== '?' || !NAME_LIKE.test(before.name) || before.name.length < 3) return false;
  const chosen = speakerEntity(resolved.speaker, entities);
  if (chosen?.type !== 'PERSON') return false;
  const start = previous.start;
  // (mentions inside this statement's own quotation are no news either)
  const own = (m: Span): boolean => content !== undefined && m.start >= content.start && m.end <= content.end;
  const inside = chosen.mentions.filter((m) => m.end <= source.start && m.end > start && !own(m) && !isPersonPronoun(m));
  // named inside the statement's content, and not named since (he/she since are coreference's own guesses)
  return inside.length > 0 && inside.every((m) => m.end <= previous.end);
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
