import type { Entity } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';
import { knownGender, type PreviousStatement, speakerEntity } from './gender.js';

/** Role nominals: "the Republican nominee", "The Indiana governor", and whom they stand for. */

/** A definite phrase for one person by a role: "the Republican nominee", "The Indiana governor". */
export const PERSON_NOMINAL =
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

/** Paragraphs back within which a role nominal nobody holds stands for the last speaker. */
const ROLE_PREVIOUS_PARAGRAPHS = 2;

/**
 * "Mike Pence says … ¶ … ¶ The Indiana governor said …": a definite role nominal that no
 * person of the article holds by name is the person who spoke last, within two paragraphs,
 * when the role's gender does not rule them out and the article gives them no other role (`speaker/role-nominal-previous`).
 */
export function roleNominalSpeaker(
  entities: readonly Entity[],
  source: Span,
  previous: PreviousStatement | null,
  paragraph: number,
): Entity | undefined {
  const m = PERSON_NOMINAL.exec(source.text.trim());
  if (!m || !previous || previous.speaker.anonymous || paragraph - previous.paragraph > ROLE_PREVIOUS_PARAGRAPHS) return undefined;
  const before = speakerEntity(previous.speaker, entities);
  if (before?.type !== 'PERSON') return undefined;
  const head = (m[1] as string).toLowerCase();
  // a speaker the article gives other roles ("Republican nominee Donald Trump") is not "the FBI director"
  if (before.roles.length > 0 && !before.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head))) return undefined;
  const gender = ROLE_GENDER[head] ?? '?';
  const known = knownGender(before);
  return gender !== '?' && known !== '?' && known !== gender ? undefined : before;
}
