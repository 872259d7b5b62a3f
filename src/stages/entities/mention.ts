import type { EntityType, Token } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';

/**
 * How a mention names its referent. `titled` is a name with the title or honorific written
 * before it ("U.S. Secretary of State Ana Ruiz", "Mr. Okafor"); the same name has its own
 * `name` mention without them.
 */
export type MentionKind = 'name' | 'pronoun' | 'nominal' | 'apposition' | 'group' | 'titled';

/** One mention of an entity, with the rule that found or linked it (internal layer `mentions`). */
export interface Mention extends Span {
  /** Id of the entity it belongs to. */
  readonly entity: string;
  readonly kind: MentionKind;
  readonly rule: string;
}

declare module '../../doc/layers.js' {
  interface LayerMap {
    mentions: Mention[];
  }
}

/** A mention while the stage works: token range, type, and the cluster it joined. */
export interface WorkMention {
  start: number;
  end: number;
  /** Token range `[tokStart, tokEnd)` of the mention's name or head words. */
  tokStart: number;
  tokEnd: number;
  readonly sentence: number;
  kind: MentionKind;
  type: EntityType;
  rule: string;
  /** The proper name, without titles (name mentions). */
  name?: string;
  /** A title or position stated with the mention. */
  role?: string;
  /** Start offset of the title or honorific written right before the name (a `titled` mention runs from here to `end`). */
  titleStart?: number;
  /** True when the mention lies inside quotation marks. */
  quoted?: boolean;
  /** Index of its cluster, -1 until linked. */
  cluster: number;
  /** A mention this one must share a cluster with (an apposition's name). */
  anchor?: WorkMention;
  /** Gender a title states ("Mr.", "congresswoman"). */
  gender?: Gender;
}

export type Gender = 'm' | 'f' | '?';

/** Mentions believed to share one referent. */
export interface Cluster {
  readonly mentions: WorkMention[];
  type: EntityType;
  readonly roles: string[];
  gender: Gender;
  plural: boolean;
  kind?: string;
  anonymous?: boolean;
  count?: number;
  rule: string;
}

/**
 * Links the one-word pronoun `tokens[i]` ("he", "it", "who") to cluster `index`: the new
 * mention, typed as its cluster and tagged with `rule`, is added to the cluster and returned.
 */
export function linkPronoun(
  tokens: readonly Token[],
  i: number,
  clusters: Cluster[],
  index: number,
  rule: string,
  quoted?: boolean,
): WorkMention {
  const t = tokens[i]!;
  const cluster = clusters[index]!;
  const m: WorkMention = {
    start: t.start,
    end: t.end,
    tokStart: i,
    tokEnd: i + 1,
    sentence: t.sentence,
    kind: 'pronoun',
    type: cluster.type,
    rule,
    ...(quoted !== undefined && { quoted }),
    cluster: index,
  };
  cluster.mentions.push(m);
  return m;
}
