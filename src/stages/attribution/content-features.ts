import type { Sentence } from '../../doc/layers.js';
import { SC_LABELS } from './tagger.js';

function bucket(d: number): string {
  if (d < 0) return 'none';
  if (d <= 2) return String(d);
  if (d <= 5) return '3-5';
  if (d <= 10) return '6-10';
  return 'far';
}

/**
 * Features for the content tagger from the source/cue tags: the tags around the token and
 * the distance to the nearest predicted cue and source on either side within the sentence.
 */
export function contentFeatures(scTags: Int8Array, sentences: readonly Sentence[], inside: Uint8Array): string[][] {
  const n = scTags.length;
  const out: string[][] = new Array(n);
  const tag = (i: number): string => (i < 0 || i >= n ? '-' : (SC_LABELS[scTags[i] as number] as string));
  const isCue = (i: number): boolean => scTags[i] === 3 || scTags[i] === 4;
  const isSource = (i: number): boolean => scTags[i] === 1 || scTags[i] === 2;
  for (const s of sentences) {
    const len = s.tokenEnd - s.tokenStart;
    const cueLeft = new Int32Array(len).fill(-1);
    const srcLeft = new Int32Array(len).fill(-1);
    const cueRight = new Int32Array(len).fill(-1);
    const srcRight = new Int32Array(len).fill(-1);
    let c = -1;
    let so = -1;
    for (let k = 0; k < len; k++) {
      if (c >= 0) cueLeft[k] = k - c;
      if (so >= 0) srcLeft[k] = k - so;
      if (isCue(s.tokenStart + k)) c = k;
      if (isSource(s.tokenStart + k)) so = k;
    }
    c = -1;
    so = -1;
    for (let k = len - 1; k >= 0; k--) {
      if (c >= 0) cueRight[k] = c - k;
      if (so >= 0) srcRight[k] = so - k;
      if (isCue(s.tokenStart + k)) c = k;
      if (isSource(s.tokenStart + k)) so = k;
    }
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const k = i - s.tokenStart;
      const cl = bucket(cueLeft[k] as number);
      const cr = bucket(cueRight[k] as number);
      out[i] = [
        `t=${tag(i)}`,
        `t-1=${tag(i - 1)}`,
        `t+1=${tag(i + 1)}`,
        `t-1+1=${tag(i - 1)}|${tag(i + 1)}`,
        `t-2=${tag(i - 2)}`,
        `cl=${cl}`,
        `cr=${cr}`,
        `sl=${bucket(srcLeft[k] as number)}`,
        `sr=${bucket(srcRight[k] as number)}`,
        `clr=${cl}|${cr}`,
        `clq=${cl}|${inside[i]}`,
        `crq=${cr}|${inside[i]}`,
      ];
    }
  }
  return out;
}
