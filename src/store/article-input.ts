import type { DocumentOutput } from '../output/schema.js';

/** An analysed article to store: its `dateline/1` object and what the reader knew. */
export interface ArticleInput {
  readonly output: DocumentOutput;
  readonly outlet?: string | null;
  readonly title?: string | null;
  readonly url?: string | null;
}
