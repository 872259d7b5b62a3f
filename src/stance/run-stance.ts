import { readFile } from 'node:fs/promises';
import { defaultPipeline } from '../analysis/default-pipeline.js';
import { Doc } from '../doc/doc.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { loadSynonyms } from '../stages/claims/synonyms.js';
import { createEntitiesStage } from '../stages/entities/entities-stage.js';
import { createTokensStage } from '../stages/tokens/tokens-stage.js';
import { DEFAULT_STANCE_PARAMS, readClaim, type Stance, type StanceParams, stanceOf } from './stance.js';

export interface StancePair {
  readonly id: string;
  readonly claim: string;
  readonly text: string;
}

export type StancePairs = { ok: true; items: StancePair[] } | { ok: false; code: 'E_READ' | 'E_JSON' | 'E_FIELD'; message: string };

/** Reads `{"id", "claim", "text"}` lines; the first bad line stops it, naming the line. */
export async function readStancePairs(path: string): Promise<StancePairs> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    return {
      ok: false,
      code: 'E_READ',
      message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}): check the path`,
    };
  }
  const items: StancePair[] = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return { ok: false, code: 'E_JSON', message: `line ${i + 1} is not JSON` };
    }
    const v = value as Record<string, unknown>;
    if (typeof v.claim !== 'string' || typeof v.text !== 'string' || (typeof v.id !== 'string' && typeof v.id !== 'number'))
      return { ok: false, code: 'E_FIELD', message: `line ${i + 1} needs "id", "claim" and "text" (strings)` };
    items.push({ id: String(v.id), claim: v.claim, text: v.text });
  }
  return { ok: true, items };
}

export interface StanceOutput {
  readonly id: string;
  readonly stance: Stance;
  readonly score: number;
}

/** Analyses each claim (tokens, entities) and article (every stage), and judges the stance. Articles repeated across pairs are analysed once. */
export function* judgeStances(items: readonly StancePair[], params: StanceParams = DEFAULT_STANCE_PARAMS): Generator<StanceOutput> {
  const synonyms = loadSynonyms();
  const claimPipeline = Pipeline.build([createTokensStage(), createEntitiesStage()]);
  const articlePipeline = defaultPipeline();
  const articles = new Map<string, Doc>();
  for (const item of items) {
    const claimDoc = new Doc({ id: `${item.id}/claim`, date: null, text: item.claim, meta: {} });
    claimPipeline.run(claimDoc);
    let article = articles.get(item.text);
    if (!article) {
      article = new Doc({ id: `${item.id}/text`, date: null, text: item.text, meta: {} });
      articlePipeline.run(article);
      if (articles.size > 64) articles.clear();
      articles.set(item.text, article);
    }
    const r = stanceOf(readClaim(claimDoc, synonyms), article, synonyms, params);
    yield { id: item.id, stance: r.stance, score: r.score };
  }
}
