import type { Token } from '../../doc/layers.js';
import { GENDERED_TITLES } from './lexicon/pronouns.js';
import { LOCAL_OFFICES, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon/roles.js';
import { MONTHS_DAYS } from './lexicon/words.js';
import type { WorkMention } from './mention.js';

/** Capitalised words that open sentences and are no place ("Yesterday Mayor X said"). */
const NOT_PLACES = new Set([
  ...MONTHS_DAYS,
  ...'yesterday today tomorrow tonight meanwhile earlier later now then also but and so when while after before'.split(' '),
]);
const LINKS = new Set(['of', 'for', 'and', '-']);
const MAX_ROLE_TOKENS = 10;
const APPOSITION_END = new Set([',', '.', ';', ':', '(', ')', '—', '–', '"', '“', '”']);

/** Honorifics that state no gender ("Dr. Amara Osei"): part of the titled mention, no role. */
const PLAIN_HONORIFICS = new Set(['dr', 'dr.', 'prof', 'prof.']);

function isRoleWord(lower: string): boolean {
  return ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower) || GENDERED_TITLES.has(lower) || PLAIN_HONORIFICS.has(lower);
}

/**
 * Titles written before a person's name ("U.S. Secretary of State Ana Ruiz",
 * "Springfield Mayor Tom Baker"): the role is read off, the title's start kept beside the
 * name (`titleStart`: a `titled` mention, the name mention stays the name alone), and
 * names inside it that are only title words ("State") dropped. Places inside it stay.
 */
export function titlesBeforeNames(
  text: string,
  tokens: readonly Token[],
  sentenceStart: (tok: number) => number,
  mentions: WorkMention[],
): WorkMention[] {
  const byEnd = new Map<number, WorkMention>();
  for (const m of mentions) byEnd.set(m.tokEnd, m);
  const drop = new Set<WorkMention>();
  const added: WorkMention[] = [];
  for (const person of mentions) {
    if (person.type !== 'PERSON' || person.kind !== 'name') continue;
    const floor = sentenceStart(person.tokStart);
    let a = person.tokStart;
    let steps = 0;
    const inside: WorkMention[] = [];
    while (a > floor && steps < MAX_ROLE_TOKENS) {
      const prev = tokens[a - 1]!;
      const lower = prev.text.toLowerCase();
      const named = byEnd.get(a);
      if (named && named !== person && named.type !== 'PERSON' && endsInLocalOffice(tokens, named)) {
        // "Halvard Mayor Daniel Reyes" read as one organisation "Halvard Mayor": the words
        // before the office are the place, the office is a title word.
        const place = placeOfOffice(text, tokens, named.tokStart, named.tokEnd - 1, person.sentence);
        drop.add(named);
        added.push(place);
        inside.push(place);
        a = named.tokStart;
      } else if (named && named !== person && named.type !== 'PERSON') {
        inside.push(named);
        a = named.tokStart;
      } else if (isRoleWord(lower) || (LINKS.has(lower) && a !== person.tokStart)) {
        a--;
      } else if (
        prev.pos === 'PROPN' &&
        /^\p{Lu}/u.test(prev.text) &&
        !NOT_PLACES.has(lower) &&
        LOCAL_OFFICES.has(tokens[a]!.text.toLowerCase())
      ) {
        // "Springfield Mayor Tom Baker" where the model missed the place: the capitalised words before a local office
        let p = a - 1;
        while (p > floor && tokens[p - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[p - 1]!.text) && !byEnd.has(p)) p--;
        const place = placeOfOffice(text, tokens, p, a, person.sentence);
        added.push(place);
        inside.push(place);
        a = p;
      } else break;
      steps++;
    }
    while (a < person.tokStart && (LINKS.has(tokens[a]!.text.toLowerCase()) || tokens[a]!.text === '-')) a++;
    if (a === person.tokStart) continue;
    const words = tokens.slice(a, person.tokStart).map((t) => t.text.toLowerCase());
    const honorific = words.find((w) => GENDERED_TITLES.has(w));
    if (honorific) person.gender = GENDERED_TITLES.get(honorific);
    const role = roleText(text, tokens, a, person.tokStart, inside);
    if (!role && !honorific && !words.some((w) => PLAIN_HONORIFICS.has(w))) continue;
    if (role) person.role = role;
    person.titleStart = tokens[a]!.start;
    for (const m of inside) if (m.type !== 'GPE' && m.type !== 'NORP' && onlyRoleWords(tokens, m)) drop.add(m);
  }
  return [...mentions.filter((m) => !drop.has(m)), ...added].sort((x, y) => x.start - y.start);
}

/** A name of two or more words whose last is a local office ("Halvard Mayor"). */
function endsInLocalOffice(tokens: readonly Token[], m: WorkMention): boolean {
  return m.tokEnd - m.tokStart >= 2 && LOCAL_OFFICES.has(tokens[m.tokEnd - 1]!.text.toLowerCase());
}

/** The place an office is named after, tokens `[a, b)`, as a GPE mention. */
function placeOfOffice(text: string, tokens: readonly Token[], a: number, b: number, sentence: number): WorkMention {
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  return {
    start,
    end,
    tokStart: a,
    tokEnd: b,
    sentence,
    kind: 'name',
    type: 'GPE',
    rule: 'role/place-of-office',
    name: text.slice(start, end),
    cluster: -1,
  };
}

function onlyRoleWords(tokens: readonly Token[], m: WorkMention): boolean {
  for (let i = m.tokStart; i < m.tokEnd; i++) {
    const lower = tokens[i]!.text.toLowerCase();
    if (!isRoleWord(lower) && !LINKS.has(lower)) return false;
  }
  return true;
}

/** The role a title phrase `[a, b)` states, honorifics left out; local offices as "Mayor of Place". */
function roleText(text: string, tokens: readonly Token[], a: number, b: number, inside: readonly WorkMention[]): string | undefined {
  while (a < b && GENDERED_TITLES.has(tokens[a]!.text.toLowerCase()) && !ROLE_HEADS.has(tokens[a]!.text.toLowerCase())) a++;
  if (a >= b) return undefined;
  const hasHead = tokens.slice(a, b).some((t) => ROLE_HEADS.has(t.text.toLowerCase()));
  if (!hasHead) return undefined;
  const place = inside.find((m) => m.tokStart === a && m.type === 'GPE');
  if (place && b - place.tokEnd === 1 && LOCAL_OFFICES.has(tokens[b - 1]!.text.toLowerCase())) {
    return `${tokens[b - 1]!.text} of ${place.name ?? text.slice(place.start, place.end)}`;
  }
  return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
}

/**
 * Appositions after a person's name: "Ana Ruiz, the U.S. secretary of state, said" →
 * role "U.S. secretary of state", and the phrase becomes a mention of the same person.
 */
export function appositions(
  text: string,
  tokens: readonly Token[],
  sentenceEnd: (tok: number) => number,
  mentions: readonly WorkMention[],
): WorkMention[] {
  const out: WorkMention[] = [];
  for (const person of mentions) {
    if (person.type !== 'PERSON' || person.kind !== 'name') continue;
    const last = sentenceEnd(person.tokStart);
    if (person.tokEnd >= last || tokens[person.tokEnd]!.text !== ',') continue;
    let a = person.tokEnd + 1;
    const phraseStart = a;
    if (a < last && ['the', 'a', 'an'].includes(tokens[a]!.text.toLowerCase())) a++;
    let b = a;
    let head = false;
    while (b < last && b - a < MAX_ROLE_TOKENS && !APPOSITION_END.has(tokens[b]!.text)) {
      const t = tokens[b]!;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ') break;
      if (ROLE_HEADS.has(t.text.toLowerCase())) head = true;
      b++;
    }
    if (!head || b === a || b >= last || !APPOSITION_END.has(tokens[b]!.text)) continue;
    if (!person.role) person.role = text.slice(tokens[a]!.start, tokens[b - 1]!.end);
    out.push({
      start: tokens[phraseStart]!.start,
      end: tokens[b - 1]!.end,
      tokStart: a,
      tokEnd: b,
      sentence: person.sentence,
      kind: 'apposition',
      type: 'PERSON',
      rule: 'role/apposition',
      role: text.slice(tokens[a]!.start, tokens[b - 1]!.end),
      cluster: -1,
      anchor: person,
    });
  }
  return out;
}
