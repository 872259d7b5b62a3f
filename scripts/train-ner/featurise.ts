import { readFileSync } from 'node:fs';
import { type ConllDoc, parseConll } from '../../src/eval/ner/iob-reader.js';
import { MAX_FEATURES, tokenFeatures } from '../../src/stages/entities/ner/features.js';
import { docContext, prepareSentence } from '../../src/stages/entities/ner/sentence.js';
import { tagIndex } from '../../src/stages/entities/ner/tags.js';

/** Sentences as feature hashes, flat: hashes[offsets[i]..offsets[i+1]] for token i. */
export interface Featurised {
  hashes: Uint32Array;
  offsets: Int32Array;
  sentStart: Int32Array;
  gold: Uint8Array;
  gold_tags: string[][];
  /** History key per token (lower-cased capitalised word). */
  keys: (string | undefined)[];
  /** Sentence index where each document starts, and one past the last. */
  docStart: Int32Array;
}

export function featurise(path: string): Featurised {
  return featuriseDocs(parseConll(readFileSync(path, 'utf8')));
}

export function featuriseDocs(docs: readonly ConllDoc[]): Featurised {
  const hashes: number[] = [];
  const offsets: number[] = [];
  const sentStart: number[] = [0];
  const gold: number[] = [];
  const goldTags: string[][] = [];
  const keys: (string | undefined)[] = [];
  const docStart: number[] = [0];
  const buf = new Uint32Array(MAX_FEATURES);
  for (const d of docs) {
    const prepared = d.sentences.map((s) => prepareSentence(s.words));
    const ctx = docContext(prepared);
    prepared.forEach((p, si) => {
      const tags = d.sentences[si]!.tags;
      for (let i = 0; i < p.words.length; i++) {
        offsets.push(hashes.length);
        const n = tokenFeatures(p, ctx, i, buf);
        for (let k = 0; k < n; k++) hashes.push(buf[k]!);
        gold.push(tagIndex(tags[i]!));
        keys.push(p.historyKeys[i]);
      }
      goldTags.push(tags);
      sentStart.push(gold.length);
    });
    docStart.push(goldTags.length);
  }
  offsets.push(hashes.length);
  return {
    hashes: Uint32Array.from(hashes),
    offsets: Int32Array.from(offsets),
    sentStart: Int32Array.from(sentStart),
    gold: Uint8Array.from(gold),
    gold_tags: goldTags,
    keys,
    docStart: Int32Array.from(docStart),
  };
}

/** The documents `keep` (indices, in order) of a featurised corpus, as a corpus of their own. */
export function subset(f: Featurised, keep: readonly number[]): Featurised {
  const hashes: number[] = [];
  const offsets: number[] = [];
  const sentStart: number[] = [0];
  const gold: number[] = [];
  const goldTags: string[][] = [];
  const keys: (string | undefined)[] = [];
  const docStart: number[] = [0];
  for (const d of keep) {
    for (let s = f.docStart[d]!; s < f.docStart[d + 1]!; s++) {
      for (let i = f.sentStart[s]!; i < f.sentStart[s + 1]!; i++) {
        offsets.push(hashes.length);
        for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) hashes.push(f.hashes[k]!);
        gold.push(f.gold[i]!);
        keys.push(f.keys[i]);
      }
      goldTags.push(f.gold_tags[s]!);
      sentStart.push(gold.length);
    }
    docStart.push(goldTags.length);
  }
  offsets.push(hashes.length);
  return {
    hashes: Uint32Array.from(hashes),
    offsets: Int32Array.from(offsets),
    sentStart: Int32Array.from(sentStart),
    gold: Uint8Array.from(gold),
    gold_tags: goldTags,
    keys,
    docStart: Int32Array.from(docStart),
  };
}
