import { analyse } from '../analysis/analyse.js';
import { defaultPipeline } from '../analysis/default-pipeline.js';
import { checkDate } from '../ingest/dates.js';
import { analysisVersion } from '../store/analysis-version.js';
import type { AddOutcome } from '../store/write-batch.js';
import type { NewArticle } from './api-schemas.js';
import { HttpError } from './http-error.js';
import type { ServerContext } from './server-context.js';

export interface IngestResult {
  readonly id: number;
  readonly doc_id: string;
  readonly outcome: AddOutcome;
}

/** Analyses a posted article with the default pipeline and stores it, as `dateline ingest` would. */
export async function ingestOne(ctx: ServerContext, article: NewArticle): Promise<IngestResult> {
  if (article.text.includes('\u0000')) throw new HttpError(400, 'E_BINARY', 'the text holds NUL characters: it is binary, not text');
  const date = article.date ? checkDate(article.date, 'date') : null;
  ctx.pipeline ??= defaultPipeline();
  const meta = {
    source: 'POST /api/articles',
    kind: 'api',
    ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(article.outlet ? { outlet: article.outlet } : {}),
  };
  const result = analyse(ctx.pipeline, { id: article.id, date, text: article.text, meta });
  if (!result.ok) throw result.error;
  const [outcome] = await ctx.store.add(
    [{ output: result.output, outlet: article.outlet ?? null, title: article.title ?? null, url: article.url ?? null }],
    analysisVersion(ctx.pipeline),
  );
  const stored = await ctx.store.article(article.id);
  if (!outcome || !stored) throw new Error(`the posted article ${article.id} was not stored`);
  return { id: stored.id, doc_id: article.id, outcome };
}
