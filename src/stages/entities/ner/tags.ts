import { bioTable } from '../../../learn/bio.js';

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

/** The IOB2 constraint over TAGS (`learn/bio.ts`): an `I-X` only after `B-X` or `I-X`. */
export const NER_ALLOWED: Uint8Array = bioTable(TAGS);
