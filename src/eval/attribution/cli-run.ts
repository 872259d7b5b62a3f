import { existsSync } from 'node:fs';
import { defaultStages } from '../../analysis/default-pipeline.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import { createAttributionStage } from '../../stages/attribution/attribution-stage.js';
import type { BoundaryBonus } from '../../stages/attribution/content-bounds.js';
import { loadModel } from '../../stages/attribution/model-file.js';
import { STEPS } from '../../stages/attribution/propose.js';
import { DEFAULT_BOOSTS } from '../../stages/attribution/tagger.js';
import { type GoldDoc, readBratSplit } from './corpus.js';
import type { AttributionEvalPipeline } from './eval-pipeline.js';
import { foldModelPath, foldOf } from './folds.js';
import { evaluateAttribution, evaluateAttributionOnPool, formatScores, headline, scoresToJson } from './run-eval.js';
import type { AttributionScores } from './score.js';
import { addScores, emptyScores } from './score.js';
import { handSpeakerMap, readHandSpeakers } from './speakers-file.js';

export interface AttributionEvalRun {
  readonly brat: string;
  readonly limit: number;
  readonly convention: 'dateline' | 'polnear';
  readonly model: boolean;
  readonly rankers: boolean;
  /** 0: score the committed model on the split; k ≥ 2: k-fold cross-validation by article. */
  readonly folds: number;
  readonly foldModels: string;
  readonly off: ReadonlySet<string>;
  readonly bonus?: BoundaryBonus;
  readonly speakers?: string;
  /** The taggers' decoding (default: the stage's, `DEFAULT_BOOSTS.decoding`). */
  readonly decoding?: 'greedy' | 'viterbi';
  readonly json: boolean;
  /** Threads that analyse (1: this one; more: worker threads, each building the pipeline from `eval-pipeline.ts`). */
  readonly jobs?: number;
}

function usage(message: string): Error {
  return Object.assign(new Error(message), { code: 'E_USAGE' });
}

/** Scores `docs` with the pipeline `run` describes (the model at `modelPath`, or `model` already loaded), on `run.jobs` threads. */
async function scoreWith(
  run: AttributionEvalRun,
  docs: readonly GoldDoc[],
  hand: ReturnType<typeof handSpeakerMap> | undefined,
  pipelineWith: (model: ReturnType<typeof loadModel> | undefined) => Pipeline,
  modelPath: string | undefined,
): Promise<AttributionScores> {
  const jobs = run.jobs ?? 1;
  if (jobs === 1)
    return evaluateAttribution(pipelineWith(modelPath === undefined || !run.model ? undefined : loadModel(modelPath)), docs, hand);
  const { createAnalysisPool } = await import('../../analysis/pool/analysis-pool.js');
  const options: AttributionEvalPipeline = {
    convention: run.convention,
    rankers: run.rankers,
    off: [...run.off],
    ...(run.bonus ? { bonus: run.bonus } : {}),
    ...(run.decoding ? { decoding: run.decoding } : {}),
    model: run.model,
    ...(modelPath === undefined ? {} : { modelPath }),
  };
  const recipe = { module: new URL('./eval-pipeline.js', import.meta.url).href, options };
  const pool = await createAnalysisPool({ jobs, recipe, layers: ['attributions'] });
  try {
    return await evaluateAttributionOnPool(pool, docs, hand);
  } finally {
    await pool.close();
  }
}

/** Runs `eval attribution` and returns what it prints. */
export async function runAttributionEval(run: AttributionEvalRun): Promise<string> {
  for (const step of run.off) if (!STEPS.includes(step)) throw usage(`--off: no step ${step}; steps: ${STEPS.join(', ')}`);
  const docs = readBratSplit(run.brat, run.limit);
  const hand = run.speakers ? handSpeakerMap(readHandSpeakers(run.speakers)) : undefined;
  const pipelineWith = (model: ReturnType<typeof loadModel> | undefined): Pipeline =>
    Pipeline.build(
      defaultStages().map((s) =>
        s.name === 'attribution'
          ? createAttributionStage({
              convention: run.convention,
              rankers: run.rankers,
              off: run.off,
              ...(run.bonus ? { boundaryBonus: run.bonus } : {}),
              ...(run.decoding ? { boosts: { ...DEFAULT_BOOSTS, decoding: run.decoding } } : {}),
              ...(run.model ? (model === undefined ? {} : { model }) : { model: null }),
            })
          : s,
      ),
    );
  if (run.folds === 0) {
    const scores = await scoreWith(run, docs, hand, pipelineWith, undefined);
    return run.json ? JSON.stringify(scoresToJson(scores)) : formatScores(scores, run.convention);
  }
  return crossValidate(run, docs, pipelineWith, hand);
}

async function crossValidate(
  run: AttributionEvalRun,
  docs: readonly GoldDoc[],
  pipelineWith: (model: ReturnType<typeof loadModel> | undefined) => Pipeline,
  hand: ReturnType<typeof handSpeakerMap> | undefined,
): Promise<string> {
  const k = run.folds;
  const pooled = emptyScores();
  const perFold: Record<string, number>[] = [];
  for (let i = 0; i < k; i++) {
    const path = foldModelPath(run.foldModels, i, k);
    if (run.model && !existsSync(path)) {
      throw Object.assign(
        new Error(
          `no fold model ${path}: train it with npx tsx scripts/train-attribution.ts --hold-out-fold ${i}/${k} --out-dir ${run.foldModels}`,
        ),
        {
          code: 'E_READ',
        },
      );
    }
    const held = docs.filter((d) => foldOf(d.id, k) === i);
    const scores = await scoreWith(run, held, hand, (model) => pipelineWith(run.model ? model : null), path);
    perFold.push(headline(scores));
    addScores(pooled, scores);
  }
  const keys = Object.keys(perFold[0] ?? {});
  const mean: Record<string, number> = {};
  const sd: Record<string, number> = {};
  for (const key of keys) {
    const xs = perFold.map((f) => f[key] as number);
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    mean[key] = m;
    sd[key] = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
  }
  if (run.json) return JSON.stringify({ folds: k, perFold, mean, sd, pooled: scoresToJson(pooled) });
  const lines = [`${k}-fold cross-validation by article (${docs.length} articles); F1 per fold, then mean ± sd`];
  lines.push(`${'fold'.padEnd(6)}${keys.map((x) => x.padStart(15)).join('')}`);
  perFold.forEach((f, i) => {
    lines.push(`${String(i).padEnd(6)}${keys.map((x) => (f[x] as number).toFixed(1).padStart(15)).join('')}`);
  });
  lines.push(
    `${'mean'.padEnd(6)}${keys.map((x) => `${(mean[x] as number).toFixed(1)} ± ${(sd[x] as number).toFixed(1)}`.padStart(15)).join('')}`,
  );
  lines.push('', 'pooled over folds:', formatScores(pooled, run.convention));
  return lines.join('\n');
}
