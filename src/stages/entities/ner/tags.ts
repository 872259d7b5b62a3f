/** The IOB2 tags the NER model predicts, CoNLL-2003 types. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerTag = (typeof TAGS)[number];
export const NTAGS = TAGS.length;
/** The "previous tag" before a sentence's first token. */
export const START = NTAGS;

const INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

export function tagIndex(tag: string): number {
  const i = INDEX.get(tag);
  if (i === undefined) throw new Error(`unknown NER tag '${tag}'`);
  return i;
}

/** `I-X` may only follow `B-X` or `I-X` (IOB2). */
export function allowed(prev: number, cur: number): boolean {
  if (cur === 0 || cur % 2 === 1) return true;
  return prev === cur || prev === cur - 1;
}

/** ALLOWED[prev * NTAGS + cur], prev in 0..START. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NTAGS + 1) * NTAGS);
  for (let p = 0; p <= NTAGS; p++) for (let c = 0; c < NTAGS; c++) a[p * NTAGS + c] = allowed(p, c) ? 1 : 0;
  return a;
})();
