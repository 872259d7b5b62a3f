import { readFileSync } from 'node:fs';

/** One gold event mention of a timeline: its article, character range (and other places of the same surface). */
export interface GoldMention {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly alts?: readonly (readonly [number, number])[];
  readonly repeat?: boolean;
}

/** A gold timeline: the target entity and its dated entries. */
export interface GoldTimeline {
  readonly entity: string;
  readonly name: string;
  readonly entries: readonly { readonly date: string; readonly mentions: readonly GoldMention[] }[];
}

/** The JSON lines of `timelines.jsonl` (SemEval-2015 Task 4, converted to character offsets). */
export function readTimelines(path: string): GoldTimeline[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldTimeline);
}

/** A gold date as a TimeML value at its own granularity: `2008-02-XX` → `2008-02`, `XXXX-XX-XX` → null. */
export function goldDate(value: string): string | null {
  if (value.startsWith('XXXX')) return null;
  return value.replace(/(-XX)+$/, '');
}
