import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let shared: WinkMethods | undefined;

/** The one wink-nlp instance of the process (its model takes ~100 ms to load). */
export function wink(): WinkMethods {
  shared ??= winkNLP(model, ['sbd', 'pos']);
  return shared;
}
