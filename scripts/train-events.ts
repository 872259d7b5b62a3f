/**
 * Trains the event trigger tagger on TempEval-3 TimeBank + AQUAINT and writes
 * models/events.bin.gz. `--folds K` first reports K-fold cross-validation by document.
 *
 *   npm run train:events -- [--timeml ../shared/corpus/tempeval3] [--folds 5] [--epochs 12]
 */
import { parseArgs } from 'node:util';
import { readEventCorpus } from '../src/eval/events/corpus.js';
import { crossValidate } from '../src/eval/events/cross-validate.js';
import { summarizeEvents } from '../src/eval/events/score.js';
import { saveEventsModel } from '../src/stages/events/model-file.js';
import { DEFAULT_EVENT_TRAINING, trainEvents } from '../src/stages/events/train.js';

const { values } = parseArgs({
  options: {
    timeml: { type: 'string', default: '../shared/corpus/tempeval3' },
    folds: { type: 'string', default: '0' },
    epochs: { type: 'string', default: String(DEFAULT_EVENT_TRAINING.epochs) },
  },
});
const options = { ...DEFAULT_EVENT_TRAINING, epochs: Number(values.epochs) };
const t0 = performance.now();
const docs = readEventCorpus(values.timeml);
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
const gold = docs.reduce((n, d) => n + d.events.length, 0);
console.log(`${docs.length} documents, ${tokens} tokens, ${gold} events (${docs.reduce((n, d) => n + d.unaligned, 0)} on no token)`);
const folds = Number(values.folds);
if (folds > 1) {
  const s = summarizeEvents(crossValidate(docs, folds, options));
  const f = (x: number): string => x.toFixed(2);
  console.log(`${folds}-fold CV: trigger P ${f(s.trigger.p)} R ${f(s.trigger.r)} F1 ${f(s.trigger.f)}; class F1 ${f(s.class.f)}`);
}
const model = trainEvents(docs, options);
saveEventsModel(model, { trainedOn: 'TempEval-3 TimeBank + AQUAINT (TBAQ)', documents: docs.length, events: gold, ...options });
console.log(`wrote models/events.bin.gz in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
