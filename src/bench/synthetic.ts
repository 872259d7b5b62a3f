import type { Attribution, Entity, Timex } from '../doc/layers.js';
import type { Span } from '../doc/span.js';
import type { DocumentOutput } from '../output/schema.js';

/**
 * A synthetic news corpus for benchmarks and tests: invented names and sentences from
 * a seeded generator, with the annotations a pipeline would give them (entities with
 * mentions, quotes with speakers, dates). No corpus text.
 */

const FIRST = [
  'Ada',
  'Bram',
  'Cleo',
  'Dario',
  'Edda',
  'Fenn',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kira',
  'Luca',
  'Mara',
  'Nils',
  'Orla',
  'Piet',
];
const LAST = [
  'Alder',
  'Brook',
  'Castell',
  'Dunmore',
  'Ellery',
  'Fairholt',
  'Garrow',
  'Holm',
  'Iver',
  'Jessop',
  'Kell',
  'Lowry',
  'Marsh',
  'Norcott',
];
const LAST2 = ['', 'ton', 'wick', 'by', 'ley', 'stone', 'field', 'more'];
const ORGS = [
  'Harbour Board',
  'Transit Authority',
  'Farmers Union',
  'Water Council',
  'Port Workers Guild',
  'Energy Agency',
  'Rail Company',
];
const PLACES = ['Halvard', 'Brentwick', 'Osterby', 'Marlow Bay', 'Keswin', 'Tallis', 'Dunport', 'Eastmere', 'Ravensholm', 'Corwick'];
const ROLES = ['minister', 'spokesperson', 'chair', 'mayor', 'director', 'union leader'];
const TOPICS = ['the budget', 'the strike', 'the new rail line', 'water prices', 'the harbour works', 'the election', 'the drought'];
const VERBS = ['would be delayed', 'was on track', 'needed more money', 'had been settled', 'was under review', 'would go ahead'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const FILLER = [
  'Similar talks stalled twice last year after the two sides failed to agree on a timetable',
  'Residents have complained for months about delays, rising costs and a lack of information',
  'The proposal would need the approval of the regional assembly before it could take effect',
  'Critics argue that the plan does little for smaller towns along the coast',
  'A report published in the spring estimated the cost at several million a year',
  'Local businesses said they were preparing for disruption whatever the outcome',
  'The figures could not be independently verified',
  'Earlier this month a similar dispute was settled after three days of negotiations',
];

/** mulberry32: a small seeded PRNG, so a corpus is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** How many distinct people the generator can name. */
export const PEOPLE = FIRST.length * LAST.length * LAST2.length;

/** The person number `n` (stable across runs). */
export function personName(n: number): string {
  const first = FIRST[n % FIRST.length];
  const rest = Math.floor(n / FIRST.length);
  return `${first} ${LAST[rest % LAST.length]}${LAST2[Math.floor(rest / LAST.length) % LAST2.length]}`;
}

class TextBuilder {
  text = '';
  add(part: string): Span {
    const start = this.text.length;
    this.text += part;
    return { start, end: this.text.length, text: part };
  }
}

function isoDate(day: number): string {
  return new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** Article `i` of a corpus: its `dateline/1` object (text and annotations) and an outlet. */
export function syntheticArticle(i: number, seed = 1): { output: DocumentOutput; outlet: string } {
  const random = rng(seed * 1_000_003 + i);
  const day = Math.floor(random() * 2_000);
  const date = isoDate(day);
  const b = new TextBuilder();
  const people = Array.from({ length: 2 + Math.floor(random() * 3) }, () => Math.floor(random() ** 2 * PEOPLE));
  const entities: Entity[] = [];
  const attributions: Attribution[] = [];
  const timexes: Timex[] = [];
  const place = pick(random, PLACES);
  const org = pick(random, ORGS);
  const placeMentions: Span[] = [];
  const orgMentions: Span[] = [];
  b.add(`${place.toUpperCase()} — `);
  b.add('The ');
  orgMentions.push(b.add(org));
  b.add(` in `);
  placeMentions.push(b.add(place));
  b.add(` met on `);
  const weekday = pick(random, WEEKDAYS);
  timexes.push({ ...b.add(weekday), type: 'DATE', value: isoDate(day - 1 - Math.floor(random() * 5)), rule: 'synthetic' });
  b.add(` to discuss ${pick(random, TOPICS)}.\n\n`);
  people.forEach((n, k) => {
    const name = personName(n);
    const surname = name.split(' ').at(-1) ?? name;
    const role = pick(random, ROLES);
    const mentions: Span[] = [];
    const source = b.add(name);
    mentions.push(source);
    b.add(`, the ${role}, `);
    const cue = b.add('said');
    b.add(' that ');
    const content = b.add(`${pick(random, TOPICS)} ${pick(random, VERBS)}`);
    b.add('. ');
    attributions.push({
      id: `a${k}`,
      type: 'indirect',
      content,
      cue,
      source,
      speaker: { entity: `p${k}`, name },
      date: null,
      rule: 'synthetic',
    });
    b.add('“We will see what the ');
    orgMentions.push(b.add(org));
    b.add(' does next,” ');
    mentions.push(b.add(surname));
    b.add(' told reporters in ');
    placeMentions.push(b.add(place));
    b.add('.\n\n');
    const quote = b.text.lastIndexOf('“We will');
    const end = b.text.indexOf('”', quote) + 1;
    attributions.push({
      id: `a${k}q`,
      type: 'direct',
      content: { start: quote, end, text: b.text.slice(quote, end) },
      cue: null,
      source: mentions[1] ?? null,
      speaker: { entity: `p${k}`, name },
      date: null,
      rule: 'synthetic',
    });
    entities.push({ id: `p${k}`, name, type: 'PERSON', roles: [role], mentions, rule: 'synthetic' });
  });
  const filler = 4 + Math.floor(random() * 8);
  for (let k = 0; k < filler; k++) b.add(`${pick(random, FILLER)}${k % 3 === 2 ? '.\n\n' : '. '}`);
  b.add(`The talks continue next week, officials said.`);
  entities.push({ id: 'o0', name: org, type: 'ORG', roles: [], mentions: orgMentions, rule: 'synthetic' });
  entities.push({ id: 'g0', name: place, type: 'GPE', roles: [], mentions: placeMentions, rule: 'synthetic' });
  return {
    output: { schema: 'dateline/1', id: `synthetic-${seed}-${i}`, date, text: b.text, entities, attributions, timexes, events: [] },
    outlet: pick(random, ['Harbor Post', 'Valley Ledger', 'Coast Courier']),
  };
}
