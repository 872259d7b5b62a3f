import type { DocumentOutput } from '../../src/output/schema.js';

type Metadata = 'title' | 'url' | 'outlet' | 'authors' | 'published' | 'language';

/**
 * What a golden file keeps of an output: everything but the article text (it is in
 * samples/ already) and the reader's metadata, so that a diff shows annotations only.
 */
export function goldenView(out: DocumentOutput): Omit<DocumentOutput, 'text' | 'id' | Metadata> {
  const { text: _text, id: _id, title: _t, url: _u, outlet: _o, authors: _a, published: _p, language: _l, ...rest } = out;
  return rest;
}
