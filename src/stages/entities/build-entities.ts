import type { Entity, Token } from '../../doc/layers.js';
import { type Span, spanOf } from '../../doc/span.js';
import { aliasDisplay } from './cluster.js';
import type { Cluster, Mention, MentionKind, WorkMention } from './mention.js';
import { isNameLike } from './name-like.js';

/** A mention as the output shows it: the span, how it names the entity, and the rule that linked it. */
export interface EntityMention extends Span {
  readonly kind: MentionKind;
  readonly rule: string;
}

/** An entity of the contract with the optional fields this stage adds. */
export interface ResolvedEntity extends Entity {
  readonly mentions: EntityMention[];
  readonly aliases?: string[];
  /** What sort of ORG or group it is ("news outlet"). */
  readonly kind?: string;
  /** A group whose members the text does not name ("four U.S. officials"). */
  readonly anonymous?: boolean;
  readonly count?: number;
  readonly gender?: 'm' | 'f';
}

function slug(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'entity';
}

/**
 * The longest proper name of a cluster, or the alias' full form ("U.S." → "United
 * States"); names holding a verb or pronoun are passed over while a cleaner one exists.
 */
function canonicalName(c: Cluster, text: string, tokens: readonly Token[]): string {
  let best = '';
  let bestClean = false;
  for (const m of c.mentions) {
    if (m.kind !== 'name' && m.kind !== 'group') continue;
    const name = m.name ?? text.slice(m.start, m.end);
    const full = aliasDisplay(name) ?? name;
    const clean = m.kind !== 'name' || isNameLike(tokens, m);
    if ((clean && !bestClean) || (clean === bestClean && full.length > best.length)) {
      best = full;
      bestClean = clean;
    }
  }
  return best;
}

/** The `titled` mentions of names written with a title or honorific before them. */
function titled(mentions: readonly WorkMention[]): WorkMention[] {
  const out: WorkMention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'name' || m.titleStart === undefined || m.titleStart >= m.start) continue;
    out.push({ ...m, start: m.titleStart, kind: 'titled', rule: 'role/title-before-name', titleStart: undefined });
  }
  return out;
}

/** Turns clusters into contract entities (ordered by first mention) and the internal mention layer. */
export function buildEntities(
  text: string,
  tokens: readonly Token[],
  clusters: readonly Cluster[],
): { entities: ResolvedEntity[]; mentions: Mention[] } {
  const live = clusters.filter((c) => c.mentions.some((m) => m.kind === 'name' || m.kind === 'group'));
  const first = new Map<Cluster, number>(
    live.map((c) => [c, c.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY)]),
  );
  live.sort((a, b) => first.get(a)! - first.get(b)!);
  const used = new Set<string>();
  const entities: ResolvedEntity[] = [];
  const mentions: Mention[] = [];
  for (const c of live) {
    const name = canonicalName(c, text, tokens);
    let id = slug(name);
    for (let k = 2; used.has(id); k++) id = `${slug(name)}-${k}`;
    used.add(id);
    const sorted = [...c.mentions, ...titled(c.mentions)].sort((a, b) => a.start - b.start || b.end - a.end);
    const spans: WorkMention[] = [];
    for (const m of sorted) {
      const prev = spans[spans.length - 1];
      if (prev && prev.start === m.start && prev.end === m.end) continue;
      spans.push(m);
    }
    // each span once, written out as literals (object spread of a span was most of this function's time)
    const own = spans.map((m) => spanOf(text, m.start, m.end));
    const aliases = [...new Set(sorted.filter((m) => m.kind === 'name' && m.name && m.name !== name).map((m) => m.name as string))];
    entities.push({
      id,
      name,
      type: c.type,
      roles: [...c.roles],
      mentions: own.map((s, k) => ({
        start: s.start,
        end: s.end,
        text: s.text,
        kind: (spans[k] as WorkMention).kind,
        rule: (spans[k] as WorkMention).rule,
      })),
      rule: c.rule,
      ...(aliases.length > 0 && { aliases }),
      ...(c.kind && { kind: c.kind }),
      ...(c.anonymous && { anonymous: true }),
      ...(c.count !== undefined && { count: c.count }),
      ...(c.type === 'PERSON' && c.gender !== '?' && { gender: c.gender }),
    });
    spans.forEach((m, k) => {
      const s = own[k] as Span;
      mentions.push({ start: s.start, end: s.end, text: s.text, entity: id, kind: m.kind, rule: m.rule });
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions };
}
