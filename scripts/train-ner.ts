/**
 * Trains the NER tagger: an averaged perceptron with greedy decoding over hashed
 * features and the document's prediction history (documents shuffled, sentences in
 * order) on CoNLL-2003 train. The model is trained on all of train (written after every
 * epoch); the number of epochs kept is chosen by k-fold cross-validation on train (mean
 * PER/ORG/LOC F1 of the held-out folds); valid.txt is only reported, never used for a
 * choice. Writes models/ner-perceptron.bin.gz, and with --cv-dir the fold models of
 * epochs 10+ (for `scripts/cv-ner-pipeline.ts`, which scores them through the pipeline).
 *
 *   npm run train:ner [-- --train FILE --valid FILE --folds 5 --epochs N --fixed-epochs N
 *                         --min-count N --prune W --seed N --out FILE --cv-dir DIR --fold K]
 *
 * --fold K runs only fold K of the CV (0-based) and prints its held-out curve.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prf } from '../src/eval/ner/span-scorer.js';
import { featurise, subset } from './train-ner/featurise.js';
import { quantise } from './train-ner/quantise.js';
import { coreF1, evaluateRows, featureTable, rowsOf, trainPerceptron } from './train-ner/train.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'conll2003');
const trainPath = args.get('train') ?? join(corpus, 'train.txt');
const validPath = args.get('valid') ?? join(corpus, 'valid.txt');
const maxEpochs = Number(args.get('epochs') ?? 20);
const fixedEpochs = args.has('fixed-epochs') ? Number(args.get('fixed-epochs')) : undefined;
const folds = Number(args.get('folds') ?? 5);
const minCount = Number(args.get('min-count') ?? 1);
const seed = Number(args.get('seed') ?? 12345);
const outPath = args.get('out') ?? join(import.meta.dirname, '..', 'models', 'ner-perceptron.bin.gz');
const cvDir = args.get('cv-dir');
const pruneBelow = Number(args.get('prune') ?? 0.02);

const onlyFold = args.has('fold') ? Number(args.get('fold')) : undefined;
const t0 = Date.now();
const all = featurise(trainPath);
const valid = featurise(validPath);
const nDocs = all.docStart.length - 1;
console.log(
  `featurised ${all.gold.length} train tokens (${nDocs} documents) and ${valid.gold.length} valid tokens in ${Date.now() - t0} ms`,
);

if (onlyFold !== undefined) {
  // one fold of the CV alone (folds can run as separate processes; their curves average by hand)
  crossValidate([onlyFold]);
  process.exit(0);
}

// 1. The model on all of train, written after every epoch (the CV below picks which one is kept).
const table = featureTable(all, minCount);
console.log(`${table.ids.size} features kept (count ≥ ${minCount})`);
const trainRows = rowsOf(all, table);
const validRows = rowsOf(valid, table);
const epochFile = (e: number): string => `${outPath}.epoch-${e}`;
const validF1: number[] = [];
const lastEpoch = fixedEpochs ?? maxEpochs;
trainPerceptron(all, trainRows, table.ids.size, lastEpoch, seed, (epoch, avg, errors) => {
  const scorer = evaluateRows(validRows, valid, avg);
  validF1[epoch] = coreF1(scorer);
  console.log(
    `all train, epoch ${epoch}: ${errors} errors; valid (reported, never used to choose) PER/ORG/LOC F1 ${validF1[epoch]!.toFixed(2)}, all ${prf(scorer.micro()).f1.toFixed(2)}`,
  );
  if (fixedEpochs === undefined || epoch === fixedEpochs)
    writeFileSync(epochFile(epoch), quantise(avg, table.keyList, epoch, pruneBelow).file);
});

// 2. k-fold CV on train (documents i mod k): mean held-out PER/ORG/LOC F1 after each epoch.
function crossValidate(which: readonly number[]): Float64Array {
  const sums = new Float64Array(maxEpochs + 1);
  for (const k of which) {
    const tf = Date.now();
    const ids = Array.from({ length: nDocs }, (_, i) => i);
    const fit = subset(
      all,
      ids.filter((i) => i % folds !== k),
    );
    const held = subset(
      all,
      ids.filter((i) => i % folds === k),
    );
    const foldTable = featureTable(fit, minCount);
    const fitRows = rowsOf(fit, foldTable);
    const heldRows = rowsOf(held, foldTable);
    const line: string[] = [];
    if (cvDir) mkdirSync(cvDir, { recursive: true });
    trainPerceptron(fit, fitRows, foldTable.ids.size, maxEpochs, seed, (epoch, avg) => {
      const f1 = coreF1(evaluateRows(heldRows, held, avg));
      sums[epoch]! += f1 / folds;
      line.push(f1.toFixed(2));
      if (cvDir && epoch >= 10)
        writeFileSync(join(cvDir, `fold-${k}-epoch-${epoch}.bin.gz`), quantise(avg, foldTable.keyList, epoch, pruneBelow).file);
    });
    console.log(`fold ${k + 1}/${folds}: held-out PER/ORG/LOC F1 by epoch ${line.join(' ')} (${Date.now() - tf} ms)`);
  }
  return sums;
}

let epochs = lastEpoch;
if (fixedEpochs === undefined && folds > 1) {
  const means = crossValidate(Array.from({ length: folds }, (_, k) => k));
  epochs = 1;
  for (let e = 1; e <= maxEpochs; e++) if (means[e]! > means[epochs]! + 1e-9) epochs = e;
  console.log(
    `CV mean PER/ORG/LOC F1 by epoch: ${Array.from(means.subarray(1), (v) => v.toFixed(2)).join(' ')}; chosen ${epochs} epochs (${means[epochs]!.toFixed(2)})`,
  );
}
const file = readFileSync(epochFile(epochs));
writeFileSync(outPath, file);
for (let e = 1; e <= lastEpoch; e++) rmSync(epochFile(e), { force: true });
console.log(
  `kept the all-train model after ${epochs} epochs (valid F1 ${validF1[epochs]!.toFixed(2)}, reported only); wrote ${outPath} (${(file.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
