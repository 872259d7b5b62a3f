import type { ConllDoc } from './iob-reader.js';
import { type Chunk, chunksOf } from './span-scorer.js';

/** A CoNLL document as the plain text `extract` would read, with its gold names as character spans. */
export interface ConllText {
  readonly text: string;
  /** Gold chunks; `start`/`end` are UTF-16 offsets into `text`. */
  readonly gold: Chunk[];
  /** Start offset of every token, in reading order (end = start + word length). */
  readonly tokenStarts: number[];
}

/**
 * Tokens joined by single spaces, sentences by newlines (one document between two
 * `-DOCSTART-` lines). Gold chunks are read with conlleval's rules and moved to offsets.
 */
export function conllText(doc: ConllDoc): ConllText {
  const lines: string[] = [];
  const gold: Chunk[] = [];
  const tokenStarts: number[] = [];
  let offset = 0;
  for (const s of doc.sentences) {
    const starts: number[] = [];
    let o = offset;
    for (const w of s.words) {
      starts.push(o);
      o += w.length + 1;
    }
    for (const c of chunksOf(s.tags)) {
      const last = c.end - 1;
      gold.push({ type: c.type, start: starts[c.start]!, end: starts[last]! + s.words[last]!.length });
    }
    tokenStarts.push(...starts);
    const line = s.words.join(' ');
    lines.push(line);
    offset += line.length + 1;
  }
  return { text: lines.join('\n'), gold, tokenStarts };
}
