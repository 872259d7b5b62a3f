import winkNLP, { type Model, type WinkMethods } from 'wink-nlp';
import { winkModel } from './wink-model.js';

/** The parts of wink's loaded core model that grow as it reads: one per lexical feature. */
interface GrowingFeature {
  hash: Record<string, number>;
  list: string[];
  index: number;
}

interface CoreModel {
  readonly features: Record<string, GrowingFeature>;
  readonly packing: { readonly efList: readonly string[] };
}

interface Instance {
  readonly nlp: WinkMethods;
  readonly lexeme: GrowingFeature;
  /** Lexemes below this index are the model's own; above, words met in some document. */
  readonly intrinsic: number;
  /** Extractable features (shape, suffix …) and the size of their model-given lists. */
  readonly features: readonly [GrowingFeature, number][];
  /** Lexemes from here on were added by the document being read. */
  mark: number;
}

/**
 * After this many out-of-vocabulary lexemes have piled up (wink never frees them), a fresh
 * instance replaces the old one: ~0.3 s once per a few thousand articles, memory bounded.
 */
const RENEW_AFTER = 200_000;

let shared: Instance | undefined;
let metaCER: unknown;
let model: Model | undefined;

function createInstance(): Instance {
  let core: CoreModel | undefined;
  model ??= winkModel();
  // wink loads the core model through `model.core()`; this wrapper keeps a handle on it.
  const loader = Object.create(model) as typeof model;
  (loader as { core: () => unknown }).core = () => {
    core = (model as unknown as { core: () => CoreModel }).core();
    return core;
  };
  // The model's `metaCER()` stringifies its JSON again on every call (a string that grows
  // until "Invalid string length" by the sixth instance): keep the first answer.
  (loader as { metaCER: () => unknown }).metaCER = () => {
    metaCER ??= (model as unknown as { metaCER: () => unknown }).metaCER();
    return metaCER;
  };
  const nlp = winkNLP(loader, ['sbd', 'pos']);
  if (core === undefined) throw new Error('wink: the core model was not loaded through model.core()');
  const c: CoreModel = core;
  const lexeme = c.features.lexeme as GrowingFeature;
  const features = c.packing.efList
    .map((name) => c.features[name])
    .filter((f): f is GrowingFeature => f !== undefined && Array.isArray(f.list))
    .map((f): [GrowingFeature, number] => [f, f.list.length]);
  return { nlp, lexeme, intrinsic: lexeme.list.length, features, mark: lexeme.list.length };
}

/**
 * Forgets what wink learnt from the last document. wink adds every unknown word to its
 * lexicon, and its tokenizer splits a word differently once that word is "known"
 * ("extract B" gave 1,996 tokens, "extract A B" 1,988 for B): so the lexemes a document
 * added are removed from the lookup table (their slots stay, as wink's packed feature
 * array is indexed by them) and the feature value lists go back to the model's own.
 */
function forget(instance: Instance): void {
  const { lexeme } = instance;
  for (let i = instance.mark; i < lexeme.list.length; i++) {
    const word = lexeme.list[i] as string;
    if (lexeme.hash[word] === i) delete lexeme.hash[word];
  }
  instance.mark = lexeme.list.length;
  for (const [f, size] of instance.features) {
    for (let i = size; i < f.list.length; i++) {
      const value = f.list[i] as string;
      if (f.hash[value] === i) delete f.hash[value];
    }
    f.list.length = size;
    f.index = size;
  }
}

function instance(): Instance {
  if (shared === undefined || shared.lexeme.list.length - shared.intrinsic > RENEW_AFTER) shared = createInstance();
  return shared;
}

/** The one wink-nlp instance of the process (its model takes ~200 ms to load). */
export function wink(): WinkMethods {
  return instance().nlp;
}

/**
 * Runs `read` on wink as if it had never read another document: what `read` returns must
 * not hold wink objects (copy the values out), as the words they point at are forgotten.
 */
export function withFreshWink<T>(read: (nlp: WinkMethods) => T): T {
  const current = instance();
  forget(current);
  try {
    return read(current.nlp);
  } finally {
    forget(current);
  }
}
