import type { SourceDoc } from '../doc/doc.js';
import { DatelineError } from '../errors/codes.js';
import { pickBody } from './html/body.js';
import { applyParagraphRules } from './html/body-rules.js';
import { joinParagraphs } from './html/body-text.js';
import { parsePage } from './html/dom.js';
import { readPageMeta } from './html/metadata.js';

export interface HtmlOptions {
  /** Where the page was fetched (its final URL after redirects), for relative links and the URL's date. */
  readonly url?: string | undefined;
  /** `--date`: the date when the page states none. */
  readonly date?: string | undefined;
  /** The path or URL as the user gave it, for `meta.source`. */
  readonly source?: string | undefined;
}

export { isHtmlPath } from './input-kinds.js';

/** True when a text looks like an HTML page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(text.slice(0, 2048));
}

/**
 * A news page as a document: its article body as the text (paragraphs separated by a
 * blank line), its metadata from JSON-LD, OpenGraph, `<meta>`, `<time>` and the URL, in that
 * order of trust. The publication day is the reference date. `id` is the path or URL given.
 */
export function htmlDocument(id: string, html: string, options: HtmlOptions = {}): SourceDoc {
  const page = parsePage(html);
  const meta = readPageMeta(page, options.url);
  const body = pickBody(page);
  const rules = [...body.rules];
  const paragraphs = applyParagraphRules(body.paragraphs, meta.title, rules);
  const text = joinParagraphs(paragraphs);
  if (text.trim() === '') throw new DatelineError('E_EMPTY', 'the page has no article text that could be found');
  return {
    id,
    date: meta.published?.day ?? options.date ?? null,
    text,
    meta: {
      source: options.source ?? id,
      kind: 'html',
      ...(meta.title !== null && { title: meta.title }),
      ...(meta.url !== null && { url: meta.url }),
      ...(meta.outlet !== null && { outlet: meta.outlet }),
      authors: meta.authors,
      ...(meta.published && { published: meta.published.iso, publishedRaw: meta.published.raw }),
      ...(meta.declaredLanguage !== null && { declaredLanguage: meta.declaredLanguage }),
      extraction: { rules, sources: meta.sources },
    },
  };
}
