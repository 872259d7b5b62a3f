import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseInputs } from '../../analysis/analyse.js';
import { defaultPipeline } from '../../analysis/default-pipeline.js';
import { analysisVersion } from '../../store/analysis-version.js';
import { Store } from '../../store/store.js';
import { type BaselineArticle, everyVerbNearName } from './baseline.js';
import { readTimelines } from './gold.js';
import { emptyTimelineCounts, type PredictedMention, scoreTimeline, summarizeTimeline, type TimelineScores } from './score.js';

export interface TimelineEvalResult {
  readonly articles: number;
  readonly timelines: number;
  readonly dateline: TimelineScores;
  readonly baseline: TimelineScores;
  readonly perEntity: { entity: string; dateline: TimelineScores; baseline: TimelineScores }[];
  readonly seconds: number;
}

/**
 * SemEval-2015 Task 4 (track A, from raw text) as a user would run it: `ingest` the
 * articles into a fresh temporary store, then `timeline ENTITY` for each target entity;
 * its `event` items are scored against the gold timeline, beside the every-verb baseline.
 */
export async function evaluateTimelines(dir: string, limit = 10000): Promise<TimelineEvalResult> {
  const t0 = performance.now();
  const docsPath = join(dir, 'docs.jsonl');
  const gold = readTimelines(join(dir, 'timelines.jsonl'));
  const articles = readFileSync(docsPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as BaselineArticle);
  const tmp = mkdtempSync(join(tmpdir(), 'dateline-timeline-'));
  const store = await Store.open({ db: join(tmp, 'eval.db'), write: true });
  const all = emptyTimelineCounts();
  const allBase = emptyTimelineCounts();
  const perEntity: TimelineEvalResult['perEntity'] = [];
  try {
    const pipeline = defaultPipeline();
    const version = analysisVersion(pipeline);
    for await (const result of analyseInputs(pipeline, [docsPath])) {
      if (result.ok) await store.add([{ output: result.output }], version);
    }
    for (const g of gold) {
      const rows = await store.timeline({ entity: g.name, limit });
      const predicted: PredictedMention[] = rows
        .filter((r) => r.kind === 'event')
        .map((r) => ({ doc_id: r.doc_id, start: r.start, end: r.end, date: r.date }));
      const mine = emptyTimelineCounts();
      const base = emptyTimelineCounts();
      scoreTimeline(g, predicted, mine);
      scoreTimeline(g, everyVerbNearName(articles, g.entity), base);
      for (const [into, from] of [
        [all, mine],
        [allBase, base],
      ] as const) {
        into.gold += from.gold;
        into.predicted += from.predicted;
        into.linked += from.linked;
        into.dated += from.dated;
      }
      perEntity.push({ entity: g.entity, dateline: summarizeTimeline(mine), baseline: summarizeTimeline(base) });
    }
  } finally {
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return {
    articles: articles.length,
    timelines: gold.length,
    dateline: summarizeTimeline(all),
    baseline: summarizeTimeline(allBase),
    perEntity,
    seconds: (performance.now() - t0) / 1000,
  };
}
