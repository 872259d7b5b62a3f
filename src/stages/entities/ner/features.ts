import { featureOf, mixInt, mixStr, seed } from '../../../learn/feature-keys.js';
import type { DocContext, PreparedSentence } from './sentence.js';
import { isCapitalised } from './shape.js';

/** Most features one token can have: the size of the buffer `tokenFeatures` fills. */
export const MAX_FEATURES = 64;

const BOS = '<s>';
const EOS = '</s>';

function at(list: readonly string[], i: number): string {
  return i < 0 ? BOS : i >= list.length ? EOS : list[i]!;
}

function pair(template: number, a: string, b: string): number {
  return mixStr(mixStr(seed(template), a), b);
}

/**
 * The tag-independent features of token `i`, as hashes written into `out`; returns how
 * many. Only what exists when tagging new text: words, shapes, affixes, neighbours, the
 * sentence's casing, gazetteer flags and how the document writes the word elsewhere.
 */
export function tokenFeatures(s: PreparedSentence, doc: DocContext, i: number, out: Uint32Array): number {
  let n = 0;
  const w = s.words[i]!;
  const l = s.lowers[i]!;
  const sh = s.shorts[i]!;
  const mode = s.allCaps ? 'A' : s.titleCase ? 'T' : 'n';
  const first = i === 0 ? '1' : '0';
  out[n++] = seed(1);
  out[n++] = featureOf(2, w);
  out[n++] = featureOf(3, l);
  out[n++] = featureOf(4, s.longs[i]!);
  out[n++] = featureOf(5, sh);
  const len = l.length;
  for (let k = 1; k <= 4 && k < len; k++) {
    out[n++] = mixStr(seed(5 + k), l, 0, k);
    out[n++] = mixStr(seed(9 + k), l, len - k, len);
  }
  out[n++] = featureOf(14, at(s.lowers, i - 1));
  out[n++] = featureOf(15, at(s.lowers, i + 1));
  out[n++] = featureOf(16, at(s.lowers, i - 2));
  out[n++] = featureOf(17, at(s.lowers, i + 2));
  out[n++] = pair(18, at(s.shorts, i - 1), sh);
  out[n++] = pair(19, sh, at(s.shorts, i + 1));
  out[n++] = mixStr(pair(20, at(s.shorts, i - 1), sh), at(s.shorts, i + 1));
  out[n++] = pair(21, at(s.lowers, i - 1), l);
  out[n++] = pair(22, l, at(s.lowers, i + 1));
  out[n++] = pair(23, first, sh);
  out[n++] = pair(24, mode, sh);
  out[n++] = pair(25, at(s.lowers, i - 1), sh);
  out[n++] = pair(26, sh, at(s.lowers, i + 1));
  out[n++] = featureOf(27, at(s.shorts, i - 2));
  out[n++] = featureOf(28, at(s.shorts, i + 2));
  out[n++] = pair(29, mode, l);
  out[n++] = pair(37, at(s.lowers, i - 1), at(s.lowers, i + 1));
  out[n++] = featureOf(38, at(s.words, i - 1));
  out[n++] = featureOf(39, at(s.words, i + 1));
  if (isCapitalised(w)) {
    const lowerSeen = doc.lowerSeen.has(l);
    const capsMid = doc.capsMid.has(l);
    out[n++] = mixStr(mixInt(seed(30), (lowerSeen ? 1 : 0) | (capsMid ? 2 : 0)), first + mode);
    const ev = doc.evidence.get(l) ?? 0;
    for (let bit = 1; bit <= 256; bit <<= 1) if ((ev & bit) !== 0) out[n++] = mixInt(seed(35), bit);
  }
  const g = s.gaz[i]!;
  if (g !== 0) {
    out[n++] = mixInt(seed(31), g);
    out[n++] = mixStr(mixInt(seed(32), g), sh);
  }
  const gp = i > 0 ? s.gaz[i - 1]! : 0;
  const gn = i + 1 < s.gaz.length ? s.gaz[i + 1]! : 0;
  if (gp !== 0) out[n++] = mixInt(seed(33), gp);
  if (gn !== 0) out[n++] = mixInt(seed(34), gn);
  return n;
}
