import type { DocumentOutput } from '../../src/output/schema.js';

/**
 * What a golden file keeps of an output: everything but the article text (it is in
 * samples/ already), so that a diff shows annotations only.
 */
export function goldenView(out: DocumentOutput): Omit<DocumentOutput, 'text' | 'id'> {
  const { text: _text, id: _id, ...rest } = out;
  return rest;
}
