import type { Token } from '../../doc/layers.js';
import { LastMentionBefore } from './last-mention.js';
import type { Cluster, WorkMention } from './mention.js';

/** Head nouns of definite descriptions of organisations ("the agency", "the bank"). */
const ORG_NOUNS = new Set(
  'agency company firm bank union government campaign court ministry department group organization organisation party committee commission council administration board university hospital army military cartel fund foundation institute tribunal senate congress parliament club team league federation association airline'.split(
    ' ',
  ),
);
/** Head nouns that describe a news outlet ("the newspaper"). */
const OUTLET_NOUNS = new Set('newspaper paper network channel station magazine outlet website broadcaster daily tabloid agency'.split(' '));
const WINDOW = 6;

/**
 * "the agency", "the newspaper": a determiner and an organisation noun (one adjective may
 * stand between) linked to the most recent organisation whose name holds that noun
 * (`nominal/org-name-head`), or for news nouns to the most recent news outlet
 * (`nominal/outlet`). Nothing is linked when no such organisation was named.
 */
export function linkOrgNominals(tokens: readonly Token[], clusters: Cluster[], covered: (tok: number) => boolean): WorkMention[] {
  const out: WorkMention[] = [];
  // per organisation: its last mention so far, and whether a name of it holds a noun (was:
  // every mention of every organisation read again for each "the agency")
  const lastOf = clusters.map((c) => (c.type === 'ORG' ? new LastMentionBefore(c.mentions) : undefined));
  const namedOf = clusters.map(() => new Map<string, boolean>());
  const holdsNoun = (c: Cluster, index: number, noun: string): boolean => {
    const known = namedOf[index]?.get(noun);
    if (known !== undefined) return known;
    const named = c.mentions.some((m) => m.kind === 'name' && (m.name ?? '').toLowerCase().split(/\s+/).includes(noun));
    namedOf[index]?.set(noun, named);
    return named;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'the' || covered(i)) continue;
    let j = i + 1;
    if (tokens[j]!.pos === 'ADJ' && j + 1 < tokens.length) j++;
    const head = tokens[j]!;
    const noun = head.text.toLowerCase();
    if (head.sentence !== tokens[i]!.sentence || covered(j) || (!ORG_NOUNS.has(noun) && !OUTLET_NOUNS.has(noun))) continue;
    const next = tokens[j + 1];
    if (next && (next.pos === 'PROPN' || next.text.toLowerCase() === 'of')) continue; // "the Bank of X", "the company Acme"
    let best: { c: number; start: number; rule: string } | undefined;
    clusters.forEach((c, index) => {
      if (c.type !== 'ORG') return;
      const last = lastOf[index]?.before(tokens[i]!.start);
      if (!last || head.sentence - last.sentence > WINDOW) return;
      const named = holdsNoun(c, index, noun);
      const rule = named ? 'nominal/org-name-head' : OUTLET_NOUNS.has(noun) && c.kind === 'news outlet' ? 'nominal/outlet' : undefined;
      if (rule && (!best || last.start > best.start)) best = { c: index, start: last.start, rule };
    });
    if (!best) continue;
    const m: WorkMention = {
      start: tokens[i]!.start,
      end: head.end,
      tokStart: i,
      tokEnd: j + 1,
      sentence: head.sentence,
      kind: 'nominal',
      type: 'ORG',
      rule: best.rule,
      cluster: best.c,
    };
    clusters[best.c]!.mentions.push(m);
    lastOf[best.c]?.appended(clusters[best.c]!.mentions.length - 1);
    out.push(m);
    i = j;
  }
  return out;
}
