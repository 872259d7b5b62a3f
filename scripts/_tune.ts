import { readBratSplit } from '../src/eval/attribution/corpus.js';
import { evaluateAttribution } from '../src/eval/attribution/run-eval.js';
import { prf } from '../src/eval/attribution/score.js';
import { Pipeline } from '../src/pipeline/pipeline.js';
import { createAttributionStage } from '../src/stages/attribution/attribution-stage.js';
import { loadModel } from '../src/stages/attribution/model-file.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const docs = readBratSplit('/work/shared/corpus/polnear/dev');
const model = loadModel();
for (const spec of process.argv.slice(2)) {
  const [b, i, q, qi] = spec.split(',').map(Number) as [number, number, number, number];
  const p = Pipeline.build([createTokensStage(), createAttributionStage(model, { sourceCue: [0, b, i, b, i], content: [0, q, qi] })]);
  const s = evaluateAttribution(p, docs);
  const f = (x: { tp: number; predicted: number; gold: number } | undefined) => prf(x!).f1.toFixed(1);
  console.log(
    spec,
    'ov.3',
    f(s.overlap.get(0.3)),
    'ov.8',
    f(s.overlap.get(0.8)),
    'S',
    f(s.exact.get('source')),
    'C',
    f(s.exact.get('cue')),
    'Q',
    f(s.exact.get('content')),
  );
}
