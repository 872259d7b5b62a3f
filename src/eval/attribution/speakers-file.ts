import { readFileSync } from 'node:fs';
import { DatelineError } from '../../errors/codes.js';

/** Hand-resolved speakers: `doc\tstart\tend` (the gold source, UTF-16) → the person's name. */
export type HandSpeakers = Map<string, string>;

/** One hand-resolved source: where it is and who it is. */
export interface HandSpeaker {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/**
 * Reads a TSV of hand-resolved sources (`doc  start  end  name`, `#` comments; offsets into
 * the article's text, UTF-16; names only, no text of the article).
 */
export function readHandSpeakers(path: string): HandSpeaker[] {
  const out: HandSpeaker[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [doc, start, end, name] = line.split('\t');
    if (doc === undefined || name === undefined || !/^\d+$/.test(start ?? '') || !/^\d+$/.test(end ?? '')) {
      throw new DatelineError('E_FIELD', `${path}: a line is doc<TAB>start<TAB>end<TAB>name: ${line.slice(0, 60)}`);
    }
    out.push({ doc, start: Number(start), end: Number(end), name: name.trim() });
  }
  return out;
}

export function handSpeakerMap(rows: readonly HandSpeaker[]): HandSpeakers {
  return new Map(rows.map((r) => [`${r.doc}\t${r.start}\t${r.end}`, r.name]));
}
