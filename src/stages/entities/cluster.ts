import type { EntityType } from '../../doc/layers.js';
import type { GroupMention } from './groups.js';
import { genderOfFirstName } from './lexicon/first-names.js';
import type { Cluster, WorkMention } from './mention.js';
import { MIN_VARIANT_LENGTH, surnameVariant } from './surname-variant.js';

/** Other names of the same place or body, by normalised key. */
const ALIASES: Record<string, string> = {
  us: 'united states',
  usa: 'united states',
  america: 'united states',
  'united states of america': 'united states',
  uk: 'united kingdom',
  britain: 'united kingdom',
  'great britain': 'united kingdom',
  un: 'united nations',
  eu: 'european union',
  uae: 'united arab emirates',
};
const DISPLAY: Record<string, string> = {
  'united states': 'United States',
  'united kingdom': 'United Kingdom',
  'united nations': 'United Nations',
  'european union': 'European Union',
};

export function nameKey(name: string): string {
  const k = name
    .toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return ALIASES[k] ?? k;
}

/** The display name an alias key stands for ("U.S." → "United States"), if any. */
export function aliasDisplay(name: string): string | undefined {
  return DISPLAY[nameKey(name)];
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function newCluster(m: WorkMention, rule: string): Cluster {
  return { mentions: [m], type: m.type, roles: [], gender: m.gender ?? '?', plural: false, rule };
}

/**
 * Groups name mentions into clusters: the same name (or a listed alias: "U.S." and
 * "United States"), a person's surname or first name alone after the full name, an
 * acronym after the words it abbreviates, and anonymous groups with the same description.
 * Names that are not `isNameLike` (a headline read as a name) lend no parts to others.
 */
export function clusterNames(
  mentions: readonly WorkMention[],
  groups: readonly GroupMention[],
  isNameLike: (m: WorkMention) => boolean = () => true,
  dominance = SAME_NAME_DOMINANCE,
): Cluster[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, number>();
  const parts = new PartIndex();
  const join = (m: WorkMention, c: number, rule: string): void => {
    m.cluster = c;
    if (m.rule.startsWith('ner/') && rule !== 'alias/same-name') m.rule = `${m.rule}+${rule}`;
    clusters[c]!.mentions.push(m);
  };
  const names = mentions.filter((m) => m.kind === 'name').sort((a, b) => a.start - b.start);
  // Longest names first so that "Ruiz" finds "Ana Ruiz" wherever it comes.
  const byLength = [...names].sort((a, b) => (b.name?.length ?? 0) - (a.name?.length ?? 0) || a.start - b.start);
  for (const m of byLength) {
    const key = `${m.type}:${nameKey(m.name ?? '')}`;
    const same = byKey.get(key);
    if (same !== undefined) {
      join(m, same, 'alias/same-name');
      continue;
    }
    const part = parts.find(m);
    if (part !== undefined) {
      join(m, part.cluster, part.rule);
      continue;
    }
    byKey.set(key, clusters.push(newCluster(m, m.rule.startsWith('ner/') ? 'ner/perceptron-conll2003' : m.rule)) - 1);
    m.cluster = clusters.length - 1;
    if (isNameLike(m)) parts.addName(m, m.cluster, m.type);
  }
  const groupKeys = new Map<string, number>();
  for (const g of groups) {
    const same = groupKeys.get(g.key);
    if (same !== undefined) {
      g.rule = 'anonymous/same-description';
      join(g, same, 'anonymous/same-description');
      if (g.count !== null) clusters[same]!.count ??= g.count;
      continue;
    }
    const c = newCluster(g, 'anonymous/description');
    c.anonymous = true;
    if (g.count !== null) c.count = g.count;
    c.plural = g.count !== 1;
    g.cluster = clusters.push(c) - 1;
    groupKeys.set(g.key, g.cluster);
  }
  const live = mergeSameNameTypes(clusters, byKey, dominance);
  for (const c of live) {
    c.mentions.sort((a, b) => a.start - b.start);
    c.type = votedType(c);
  }
  return live;
}

interface PartEntry {
  readonly cluster: number;
  readonly start: number;
  readonly sentence: number;
  readonly rule: string;
}

/** A full name at most this many sentences before a shorter one claims it outright. */
const NEAR_SENTENCES = 2;

/**
 * Where shorter names may find their cluster: a person's last words and first word, an
 * acronym's letters. Filled as longer names are clustered.
 */
class PartIndex {
  readonly #map = new Map<string, PartEntry[]>();

  addName(m: WorkMention, cluster: number, type: EntityType): void {
    const words = (m.name ?? '').split(/\s+/);
    if (words.length < 2) return;
    if (type === 'PERSON') {
      for (let k = 1; k < words.length; k++)
        this.#put(`p:${words.slice(-k).join(' ')}`, { cluster, start: m.start, sentence: m.sentence, rule: 'alias/surname' });
      this.#put(`p:${words[0]}`, { cluster, start: m.start, sentence: m.sentence, rule: 'alias/first-name' });
    }
    const letters = initials(m.name ?? '');
    if (letters.length > 1) this.#put(`a:${letters}`, { cluster, start: m.start, sentence: m.sentence, rule: 'alias/acronym' });
  }

  /** The one person written before whose surname `name` misspells (`surname-variant.ts`). */
  #variant(name: string, before: number): { cluster: number; rule: string } | undefined {
    if (name.length < MIN_VARIANT_LENGTH) return undefined;
    let found: number | undefined;
    for (const [key, list] of this.#map) {
      if (!key.startsWith('p:') || !surnameVariant(name, key.slice(2))) continue;
      for (const e of list) {
        if (e.rule !== 'alias/surname' || e.start >= before) continue;
        if (found !== undefined && found !== e.cluster) return undefined;
        found = e.cluster;
      }
    }
    return found === undefined ? undefined : { cluster: found, rule: 'alias/surname-variant' };
  }

  #put(key: string, e: PartEntry): void {
    const list = this.#map.get(key);
    if (list) list.push(e);
    else this.#map.set(key, [e]);
  }

  /**
   * The cluster a shorter name belongs to: the full name just before it (within two
   * sentences) if there is one, else the full name written most often, else the one the
   * article introduced first (its main subject, as news goes).
   */
  find(m: WorkMention): { cluster: number; rule: string } | undefined {
    const name = m.name ?? '';
    const words = name.split(/\s+/);
    let list: PartEntry[] | undefined;
    if (m.type === 'PERSON' || (words.length === 1 && m.type !== 'NORP')) list = this.#map.get(`p:${name}`);
    if (!list && words.length === 1 && /^\p{Lu}{2,}s?$/u.test(name)) list = this.#map.get(`a:${name.replace(/s$/, '')}`);
    if (!list && words.length === 1 && m.type !== 'NORP') return this.#variant(name, m.start);
    if (!list) return undefined;
    let near: PartEntry | undefined;
    for (const e of list) if (e.start < m.start && m.sentence - e.sentence <= NEAR_SENTENCES && (!near || e.start > near.start)) near = e;
    if (near) return { cluster: near.cluster, rule: near.rule };
    const counts = new Map<number, number>();
    for (const e of list) counts.set(e.cluster, (counts.get(e.cluster) ?? 0) + 1);
    let best: PartEntry | undefined;
    for (const e of list) {
      if (!best) best = e;
      else {
        const d = counts.get(e.cluster)! - counts.get(best.cluster)!;
        if (d > 0 || (d === 0 && e.start < best.start)) best = e;
      }
    }
    return best && { cluster: best.cluster, rule: best.rule };
  }
}

/** A name typed one way this many times more often than another way is one entity; closer counts are two (a team and its city). */
export const SAME_NAME_DOMINANCE = 3;

/**
 * Clusters of the same name with different types: the smaller joins the larger when the
 * larger has at least `dominance` times its mentions (a tagging slip), else both stay
 * ("Seattle" the team, ORG, and "Seattle" the city, GPE). Mention `cluster` indices are renumbered.
 */
function mergeSameNameTypes(clusters: Cluster[], byKey: ReadonlyMap<string, number>, dominance: number): Cluster[] {
  const byName = new Map<string, number[]>();
  for (const [key, c] of byKey) {
    const name = key.slice(key.indexOf(':') + 1);
    const list = byName.get(name);
    if (list) list.push(c);
    else byName.set(name, [c]);
  }
  const gone = new Set<number>();
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => clusters[b]!.mentions.length - clusters[a]!.mentions.length);
    const big = clusters[list[0]!]!;
    for (const c of list.slice(1)) {
      const small = clusters[c]!;
      if (big.mentions.length < dominance * small.mentions.length) continue;
      for (const m of small.mentions) {
        m.cluster = list[0]!;
        if (m.rule.startsWith('ner/')) m.rule = `${m.rule}+alias/same-name-other-type`;
        big.mentions.push(m);
      }
      gone.add(c);
    }
  }
  if (gone.size === 0) return clusters;
  const index = new Map<number, number>();
  const out: Cluster[] = [];
  clusters.forEach((c, i) => {
    if (!gone.has(i)) index.set(i, out.push(c) - 1);
  });
  for (const c of out) for (const m of c.mentions) m.cluster = index.get(m.cluster) ?? m.cluster;
  return out;
}

/** Whether a name opens with a word the first-name lists know ("Donald Trump"; not "Wilayat Twitter"). */
function givenNameFirst(name: string | undefined): boolean {
  const words = (name ?? '').split(/\s+/);
  return words.length > 1 && genderOfFirstName(words[0] as string) !== '?';
}

/** A mention joined to a person's full name by its surname or first name ("Trump" after "Donald Trump"). */
const PERSON_PART = /\+alias\/(?:surname|first-name|surname-variant)$/;

/**
 * The type most name mentions carry; ties go to the longest name's type. A surname or first
 * name joined to a person's full name that opens with a known given name votes PERSON,
 * whatever the tagger called it alone ("Trump" tagged ORG in "the Trump vs. Clinton
 * election" after "Donald Trump" is still the person; "Twitter" after "Wilayat Twitter" is not).
 */
function votedType(c: Cluster): EntityType {
  const votes = new Map<EntityType, number>();
  const founder = c.mentions.reduce<WorkMention | undefined>(
    (a, m) => (m.kind === 'name' && (!a || (m.name?.length ?? 0) > (a.name?.length ?? 0)) ? m : a),
    undefined,
  );
  const person = c.type === 'PERSON' && givenNameFirst(founder?.name);
  for (const m of c.mentions) {
    if (m.kind !== 'name' && m.kind !== 'group') continue;
    const type = PERSON_PART.test(m.rule) && person ? 'PERSON' : m.type;
    votes.set(type, (votes.get(type) ?? 0) + (m.name?.length ?? 1));
  }
  let best: EntityType = c.type;
  let max = -1;
  for (const [t, v] of votes) {
    if (v > max) {
      max = v;
      best = t;
    }
  }
  return best;
}
