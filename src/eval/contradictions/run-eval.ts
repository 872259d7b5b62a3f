import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPipeline } from '../../analysis/default-pipeline.js';
import { Doc } from '../../doc/doc.js';
import { portableClaims } from '../../stages/claims/portable.js';
import { loadSynonyms } from '../../stages/claims/synonyms.js';
import { crossPairs, type DocClaim } from '../../stages/contradictions/cross.js';
import { denialBaseline } from './baseline.js';
import { type PairItem, type PairScores, type Reported, reportedAcross, reportedInside, scorePairs } from './score-pairs.js';

export function readPairSet(path: string): PairItem[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { items: PairItem[] }).items;
}

/** The date in a PolNeAR file name (`outlet_YYYY-MM-DD_slug.txt`), else null. */
function dateOf(doc: string): string | null {
  return /_(\d{4}-\d{2}-\d{2})_/.exec(doc)?.[1] ?? null;
}

/** The documents an item points into. */
function docsOf(item: PairItem): string[] {
  return item.docB ? [item.doc, item.docB] : [item.doc];
}

/**
 * Runs every stage on each labelled document and scores dateline (pairs inside each document,
 * and across the split's documents) and the denial baseline, per split (`only`: one split).
 */
export function evaluatePairs(
  items: readonly PairItem[],
  corpus: string,
  only?: string,
): Record<string, { dateline: PairScores; baseline: PairScores }> {
  const pipeline = defaultPipeline();
  const synonyms = loadSynonyms();
  const out: Record<string, { dateline: PairScores; baseline: PairScores }> = {};
  for (const split of ['train', 'dev'] as const) {
    if (only && split !== only) continue;
    const part = items.filter((i) => i.split === split);
    if (part.length === 0) continue;
    const system: Reported[] = [];
    const baseline: Reported[] = [];
    const claims: DocClaim[] = [];
    for (const id of [...new Set(part.flatMap(docsOf))]) {
      const doc = new Doc({ id, date: dateOf(id), text: readFileSync(join(corpus, id), 'utf8'), meta: {} });
      pipeline.run(doc);
      for (const p of doc.get('contradictions')) system.push(reportedInside(id, p));
      for (const c of portableClaims(doc.get('claims'), synonyms)) claims.push({ doc: id, claim: c });
      baseline.push(...denialBaseline(id, doc.text, doc.get('sentences')));
    }
    for (const p of crossPairs(claims)) system.push(reportedAcross(p));
    out[split] = { dateline: scorePairs(part, system), baseline: scorePairs(part, baseline) };
  }
  return out;
}
