/**
 * Cross-validated score of the names `extract` states: each fold's model (written by
 * `npm run train:ner -- --cv-dir DIR`) reads its held-out train documents through the
 * tokens and entities stages (the stages that make the `entities` layer `extract`
 * prints), scored with conlleval exact spans. Model-only F1 of the same fold beside.
 *
 *   npx tsx scripts/cv-ner-pipeline.ts --cv-dir DIR --epoch N [--folds 5 --train FILE --dominance N]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll } from '../src/eval/ner/iob-reader.js';
import { scorePipeline } from '../src/eval/ner/pipeline-eval.js';
import { NerScorer, prf } from '../src/eval/ner/span-scorer.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { createEntitiesStage } from '../src/stages/entities/entities-stage.js';
import { loadNerModel } from '../src/stages/entities/ner/model.js';
import { docContext, prepareSentence } from '../src/stages/entities/ner/sentence.js';
import { TAGS } from '../src/stages/entities/ner/tags.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const trainPath = args.get('train') ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'conll2003', 'train.txt');
const folds = Number(args.get('folds') ?? 5);
const cvDir = args.get('cv-dir') ?? '/tmp/ner-cv';
const epoch = Number(args.get('epoch') ?? 20);
const dominance = args.has('dominance') ? Number(args.get('dominance')) : undefined;
const docs = parseConll(readFileSync(trainPath, 'utf8'));
const core = ['PER', 'ORG', 'LOC'];
const pipeF1: number[] = [];
const modelF1: number[] = [];
const perType = new NerScorer();
for (let k = 0; k < folds; k++) {
  const held = docs.filter((_, i) => i % folds === k);
  const model = loadNerModel(join(cvDir, `fold-${k}-epoch-${epoch}.bin.gz`));
  const pipeline = Pipeline.build([
    createTokensStage(),
    createEntitiesStage({ model, ...(dominance !== undefined && { sameNameDominance: dominance }) }),
  ]);
  const { scorer } = scorePipeline(held, pipeline);
  for (const [t, s] of scorer.byType) {
    const e = perType.entry(t);
    e.tp += s.tp;
    e.fp += s.fp;
    e.fn += s.fn;
  }
  const alone = new NerScorer();
  for (const d of held) {
    const prepared = d.sentences.map((s) => prepareSentence(s.words));
    const ctx = docContext(prepared);
    for (const [i, p] of prepared.entries()) {
      const predicted = Array.from(model.tag(p, ctx), (t) => TAGS[t]!);
      alone.add(d.sentences[i]!.tags, predicted);
    }
  }
  pipeF1.push(prf(scorer.micro(core)).f1);
  modelF1.push(prf(alone.micro(core)).f1);
  console.log(`fold ${k + 1}: through pipeline ${pipeF1[k]!.toFixed(2)}, model alone ${modelF1[k]!.toFixed(2)}`);
}
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]): number => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
for (const t of [...core, 'MISC']) console.log(`${t}: ${prf(perType.micro([t])).f1.toFixed(2)} (pooled over folds, through pipeline)`);
console.log(
  `${folds}-fold CV, epoch ${epoch}: PER/ORG/LOC through pipeline ${mean(pipeF1).toFixed(2)} ± ${sd(pipeF1).toFixed(2)}, model alone ${mean(modelF1).toFixed(2)} ± ${sd(modelF1).toFixed(2)}`,
);
