import type { Reported } from './score-pairs.js';

const DENIAL = /\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|disput(?:e|es|ed)|false|not true|refut(?:e|es|ed))\b/i;

/**
 * The baseline the issue names: every sentence holding a denial word, paired with the
 * sentence before it. Sentences are the pipeline's.
 */
export function denialBaseline(doc: string, text: string, sentences: readonly { start: number; end: number }[]): Reported[] {
  const out: Reported[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i] as { start: number; end: number };
    if (!DENIAL.test(text.slice(s.start, s.end))) continue;
    const prev = sentences[i - 1] as { start: number; end: number };
    out.push({ doc, kind: 'denial', a: [prev.start, prev.end], b: [s.start, s.end] });
  }
  return out;
}
