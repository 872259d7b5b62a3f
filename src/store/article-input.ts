import type { PortableClaim } from '../doc/portable-claim.js';
import type { DocumentOutput } from '../output/schema.js';

/** An analysed article to store: its `dateline/1` object and what the reader knew. */
export interface ArticleInput {
  readonly output: DocumentOutput;
  readonly outlet?: string | null;
  readonly title?: string | null;
  readonly url?: string | null;
  /** Its claims, for pairs across articles (`claims` table); none: the article makes no such pairs. */
  readonly claims?: readonly PortableClaim[];
}

/** What storing one article did. */
export type AddOutcome = 'added' | 'new-version' | 'reanalysed' | 'unchanged' | 'copy';

/** The metadata columns of an article or a copy: the output's fields, else what the reader knew. */
export function articleMetadata(item: ArticleInput) {
  const out = item.output;
  return {
    outlet: out.outlet ?? item.outlet ?? null,
    title: out.title ?? item.title ?? null,
    url: out.url ?? item.url ?? null,
    authors: out.authors && out.authors.length > 0 ? JSON.stringify(out.authors) : null,
    published: out.published ?? null,
    published_raw: out.publishedRaw ?? null,
    language: out.language ?? null,
    feed: out.feed ? JSON.stringify(out.feed) : null,
  };
}
