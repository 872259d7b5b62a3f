import type { Token } from '../../doc/layers.js';
import { type Cluster, linkPronoun, type WorkMention } from './mention.js';

/**
 * Relative pronouns right after a mention: "Ruiz, who said …", "the agency, which
 * reported …" — `who` links to a person or group, `which` to anything else
 * (`relative/adjacent`).
 */
export function linkRelatives(tokens: readonly Token[], clusters: Cluster[]): WorkMention[] {
  const byEnd = new Map<number, { m: WorkMention; c: number }>();
  clusters.forEach((c, index) => {
    for (const m of c.mentions) {
      const prev = byEnd.get(m.end);
      if (!prev || m.start < prev.m.start) byEnd.set(m.end, { m, c: index });
    }
  });
  const out: WorkMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    if (lower !== 'who' && lower !== 'which') continue;
    if (t.sentence !== tokens[i - 1]!.sentence) continue;
    const before = tokens[i - 1]!.text === ',' && i > 1 ? tokens[i - 2]! : tokens[i - 1]!;
    const found = byEnd.get(before.end);
    if (!found) continue;
    const cluster = clusters[found.c]!;
    const person = cluster.type === 'PERSON';
    if ((lower === 'who') !== person) continue;
    out.push(linkPronoun(tokens, i, clusters, found.c, 'relative/adjacent'));
  }
  return out;
}
