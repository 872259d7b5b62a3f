import type { Token } from '../../doc/layers.js';
import type { Cluster, WorkMention } from './mention.js';

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its']);
const REPORT_NOUNS = new Set(['report', 'story', 'article', 'investigation', 'reporting', 'broadcast', 'exclusive']);
const WINDOW = 2;

/**
 * "a recent report", "the report": a report named near a news outlet that reports
 * ("NBC News reported …" in the next sentence) is that outlet's, as a source of claims
 * (`nominal/report-of-outlet`). The nearest outlet within two sentences, before or after.
 */
export function linkReportNominals(tokens: readonly Token[], clusters: Cluster[], covered: (tok: number) => boolean): WorkMention[] {
  const outlets = clusters.map((c, index) => ({ c, index })).filter((x) => x.c.kind === 'news outlet');
  if (outlets.length === 0) return [];
  const out: WorkMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!DETERMINERS.has(tokens[i]!.text.toLowerCase()) || covered(i)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 3 && tokens[j]!.pos === 'ADJ') j++;
    const noun = tokens[j];
    if (!noun || noun.sentence !== tokens[i]!.sentence || !REPORT_NOUNS.has(noun.text.toLowerCase()) || covered(j)) continue;
    let best: { index: number; distance: number } | undefined;
    for (const { c, index } of outlets) {
      for (const m of c.mentions) {
        if (m.kind !== 'name') continue;
        const distance = Math.abs(m.sentence - noun.sentence) + (m.start > noun.start ? 0.5 : 0);
        if (distance <= WINDOW + 0.5 && (!best || distance < best.distance)) best = { index, distance };
      }
    }
    if (!best) continue;
    const m: WorkMention = {
      start: tokens[i]!.start,
      end: noun.end,
      tokStart: i,
      tokEnd: j + 1,
      sentence: noun.sentence,
      kind: 'nominal',
      type: 'ORG',
      rule: 'nominal/report-of-outlet',
      cluster: best.index,
    };
    clusters[best.index]!.mentions.push(m);
    out.push(m);
    i = j;
  }
  return out;
}
