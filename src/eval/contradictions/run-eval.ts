import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPipeline } from '../../analysis/default-pipeline.js';
import { Doc } from '../../doc/doc.js';
import { denialBaseline } from './baseline.js';
import { type PairItem, type PairScores, type Reported, scorePairs } from './score-pairs.js';

export function readPairSet(path: string): PairItem[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { items: PairItem[] }).items;
}

/** The date in a PolNeAR file name (`outlet_YYYY-MM-DD_slug.txt`), else null. */
function dateOf(doc: string): string | null {
  return /_(\d{4}-\d{2}-\d{2})_/.exec(doc)?.[1] ?? null;
}

/** Runs every stage on each labelled document and scores dateline and the denial baseline, per split. */
export function evaluatePairs(items: readonly PairItem[], corpus: string): Record<string, { dateline: PairScores; baseline: PairScores }> {
  const pipeline = defaultPipeline();
  const out: Record<string, { dateline: PairScores; baseline: PairScores }> = {};
  for (const split of ['train', 'dev'] as const) {
    const part = items.filter((i) => i.split === split);
    if (part.length === 0) continue;
    const system: Reported[] = [];
    const baseline: Reported[] = [];
    for (const id of [...new Set(part.map((i) => i.doc))]) {
      const doc = new Doc({ id, date: dateOf(id), text: readFileSync(join(corpus, id), 'utf8'), meta: {} });
      pipeline.run(doc);
      for (const p of doc.get('contradictions'))
        system.push({ doc: id, kind: p.kind, a: [p.a.span.start, p.a.span.end], b: [p.b.span.start, p.b.span.end] });
      baseline.push(...denialBaseline(id, doc.text, doc.get('sentences')));
    }
    out[split] = { dateline: scorePairs(part, system), baseline: scorePairs(part, baseline) };
  }
  return out;
}
