import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Model } from 'wink-nlp';

/**
 * wink's English model (`wink-eng-lite-web-model` 1.8.x) put together from its own files, with
 * a cheaper core loader. The package's entry point `require`s its 3 MB core JSON when it is
 * imported (kept for the life of the process in require's cache) and makes each core model as
 * `JSON.parse(JSON.stringify(json))`; here the JSON is read and parsed once per core model,
 * only when wink asks for it: ~0.1 s less at start-up (docs/scale.md, "Start-up"). What `core()`
 * returns is what the package's `core()` returns (test/wink-model.test.ts compares them).
 */
const require = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';
const CORE_JSON = `${DIST}languages/cur/models/eng-core-web-model.json`;

type Layout = Record<string, [number, number, number, number, number]>;
interface Feature {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface RawCore {
  packing: { layout: Layout; efList: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

function bufferFromBase64(data: string): ArrayBuffer {
  const decoded = atob(data);
  const bytes = new Uint8Array(decoded.length);
  for (let k = 0; k < decoded.length; k += 1) bytes[k] = decoded.charCodeAt(k);
  return bytes.buffer;
}

/**
 * A feature's list as a dictionary object (word → index), as the package makes it: the
 * lexeme table (87k words) and the prefix, suffix and shape lists.
 * A `Map` behind a `Proxy` was tried (issue #18, start-up: ~50 ms less to build) and undone:
 * every lookup through the proxy made the tokens stage 19% slower on PolNeAR train
 * (`npm run bench`, 3,842 → 4,578 ms), far more than it saved once.
 */
function dictionary(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
  return hash;
}

/** read-core-model.js and load-core-model.js of the package, on a fresh parse of the JSON. */
function core(): RawCore {
  const model = JSON.parse(readFileSync(require.resolve(CORE_JSON), 'utf8')) as RawCore;
  const { packing, features, pos } = model;
  model.lexicon = new Uint32Array(bufferFromBase64(model.lexicon as string));
  model.xpansions = new Uint32Array(bufferFromBase64(model.xpansions as string));
  for (const f in packing.layout) {
    if (packing.layout[f]?.[3] !== 0) continue;
    const feature = features[f] as Feature;
    feature.hash = dictionary(feature.list);
  }
  const lexeme = features.lexeme as Feature;
  lexeme.hash = dictionary(lexeme.list);
  const clusters = (features.posClusters as Feature).list as unknown as (string | Set<number>)[];
  for (let k = 0; k < clusters.length; k += 1) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  }
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] as Layout[string];
    const feature = features[f] as Feature;
    if (layout[3] === 0) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/** The model object wink-nlp takes: the package's `model.js`, with `core` above. */
export function winkModel(): Model {
  const part = (name: string): unknown => require(`${DIST}${name}.js`);
  return {
    __proto__: null,
    core,
    sbd: part('load-sbd-model'),
    pos: part('load-pos-model'),
    ner: part('load-ner-model'),
    negation: part('load-negation-model'),
    sa: part('load-sa-model'),
    metaCER: part('load-cer-meta-model'),
    featureFn: part('feature'),
    addons: {
      __proto__: null,
      stem: part('porter-stemmer'),
      lemmatize: part('lemmatize'),
      readabilityStats: part('readability-stats'),
      wordVectors: undefined,
    },
  } as unknown as Model;
}
