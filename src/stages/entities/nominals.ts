import type { Token } from '../../doc/layers.js';
import { ROLE_HEADS, ROLE_MODIFIERS, ROLE_SYNONYMS } from './lexicon/roles.js';
import type { Cluster, WorkMention } from './mention.js';
import { samePlaceCluster } from './place-nominals.js';
import { tokenAtOrAfter } from './token-index.js';

const MAX_NOMINAL = 8;

interface Nominal {
  readonly mention: WorkMention;
  /** The role words without determiner and places, lower-case ("secretary of state"). */
  readonly key: string;
  readonly head: string;
  readonly places: string[];
}

/** Role key of a role string: lower-case, the places in it taken out. */
const ABBREVIATIONS: Record<string, string> = {
  'sen.': 'senator',
  'rep.': 'representative',
  'gov.': 'governor',
  'gen.': 'general',
  'lt.': 'lieutenant',
  'col.': 'colonel',
  'capt.': 'captain',
  'adm.': 'admiral',
  'sgt.': 'sergeant',
  'prof.': 'professor',
  'pres.': 'president',
};

export function roleKey(role: string, places: ReadonlySet<string>): { key: string; places: string[] } {
  let s = ` ${role
    .toLowerCase()
    .split(/\s+/)
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ')} `;
  const found: string[] = [];
  for (const p of places) {
    if (p && s.includes(` ${p} `)) {
      found.push(p);
      s = s.replaceAll(` ${p} `, ' ');
    }
  }
  const key = s
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(?:of|for)\s+|\s+(?:of|for)$/g, '');
  return { key, places: found };
}

function synonyms(a: string, b: string): boolean {
  return ROLE_SYNONYMS.some((group) => group.includes(a) && group.includes(b));
}

/**
 * Role nominals used alone: "The U.S. secretary of state", "the mayor" — a definite noun
 * phrase of title words, not followed by a name — linked to the person whose role it names
 * (same role, a synonym: "defense minister" ~ "secretary of defense", or the same head noun),
 * the most recently mentioned first; failing that, the one person introduced before it
 * with a role of the same place ("the U.S. foreign minister" → "U.S. Secretary of State X").
 */
export function linkRoleNominals(
  text: string,
  tokens: readonly Token[],
  sentenceEnd: (tok: number) => number,
  sentenceOf: (tok: number) => number,
  mentions: readonly WorkMention[],
  clusters: Cluster[],
  places: ReadonlySet<string>,
): WorkMention[] {
  const covered = new Uint8Array(tokens.length);
  const placeAt = new Map<number, WorkMention>();
  for (const m of mentions) {
    if (m.type === 'GPE' || m.type === 'NORP' || m.type === 'ORG') placeAt.set(m.tokStart, m);
    else for (let i = m.tokStart; i < m.tokEnd; i++) covered[i] = 1;
  }
  for (const c of clusters)
    for (const m of c.mentions) if (m.type === 'PERSON') for (let i = tokenAtOrAfter(tokens, m.start); i < m.tokEnd; i++) covered[i] = 1;
  const out: WorkMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'the' || covered[i]) continue;
    const end = sentenceEnd(i);
    let j = i + 1;
    let head = '';
    let afterOf = false;
    let goodEnd = -1;
    while (j < end && j - i <= MAX_NOMINAL) {
      const lower = tokens[j]!.text.toLowerCase();
      const place = placeAt.get(j);
      if (place) {
        j = place.tokEnd;
        if (afterOf) goodEnd = j;
      } else if (ROLE_HEADS.has(lower)) {
        head = lower;
        j++;
        goodEnd = j;
      } else if (ROLE_MODIFIERS.has(lower)) {
        j++;
        if (afterOf) goodEnd = j;
      } else if (lower === 'of' && head !== '' && j + 1 < end) {
        afterOf = true;
        j++;
      } else break;
    }
    // the phrase ends at its head noun or at the words of an "of" phrase after it ("secretary of state")
    j = goodEnd;
    if (!head || j <= i + 1 || covered[j - 1]) continue;
    const next = tokens[j];
    if (next && /^\p{Lu}/u.test(next.text) && next.pos === 'PROPN') continue; // a title before a name
    const phrase = text.slice(tokens[i + 1]!.start, tokens[j - 1]!.end);
    const { key, places: found } = roleKey(phrase, places);
    const mention: WorkMention = {
      start: tokens[i]!.start,
      end: tokens[j - 1]!.end,
      tokStart: i,
      tokEnd: j,
      sentence: sentenceOf(i),
      kind: 'nominal',
      type: 'PERSON',
      rule: '',
      role: phrase,
      cluster: -1,
    };
    const target =
      bestCluster({ mention, key, head, places: found }, clusters, places) ??
      samePlaceCluster(mention.start, found, clusters, (role) => roleKey(role, places).places);
    if (!target) continue;
    mention.rule = target.rule;
    mention.cluster = target.cluster;
    clusters[target.cluster]!.mentions.push(mention);
    out.push(mention);
    i = j - 1;
  }
  return out;
}

function bestCluster(n: Nominal, clusters: readonly Cluster[], places: ReadonlySet<string>): { cluster: number; rule: string } | undefined {
  let best: { cluster: number; rule: string; rank: number; last: number } | undefined;
  clusters.forEach((c, index) => {
    if (c.type !== 'PERSON' || c.anonymous) return;
    const before = c.mentions.filter((m) => m.start < n.mention.start);
    if (before.length === 0) return;
    const last = Math.max(...before.map((m) => m.start));
    for (const role of c.roles) {
      const r = roleKey(role, places);
      if (n.places.length > 0 && r.places.length > 0 && !n.places.some((p) => r.places.includes(p))) continue;
      const head = ABBREVIATIONS[n.head] ?? n.head;
      const rank = r.key === n.key ? 3 : synonyms(r.key, n.key) ? 2 : r.key.split(' ').includes(head) ? 1 : 0;
      if (rank === 0) continue;
      if (!best || rank > best.rank || (rank === best.rank && last > best.last)) {
        const rule = rank === 3 ? 'nominal/same-role' : rank === 2 ? 'nominal/synonym-role' : 'nominal/same-head';
        best = { cluster: index, rule, rank, last };
      }
    }
  });
  return best && { cluster: best.cluster, rule: best.rule };
}
