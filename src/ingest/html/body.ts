import { Readability } from '@mozilla/readability';
import { paragraphsOf } from './body-text.js';
import { cleanPage } from './clean-rules.js';
import { all, type DomDocument, type DomElement, flatText } from './dom.js';

/** The article body's paragraphs and the rules that shaped them. */
export interface PickedBody {
  readonly paragraphs: string[];
  /** `body/itemprop`, `body/readability` or `body/fallback`, then the cleaning rules that fired. */
  readonly rules: string[];
}

const MIN_BODY_CHARS = 200;

function charsOf(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.length, 0);
}

/** The element the page marks as the article body (schema.org microdata), if it holds enough text. */
function markedBody(doc: DomDocument): DomElement | null {
  const marked = all(doc, '[itemprop="articleBody"], [itemprop="articlebody"]');
  const best = marked.sort((a, b) => flatText(b).length - flatText(a).length)[0];
  return best && flatText(best).length >= MIN_BODY_CHARS ? best : null;
}

/**
 * Picks the article body of a parsed page (which it changes: boilerplate is removed first).
 * A block the page marks as the body wins; else Readability's pick; else the paragraphs
 * of the page's `<article>` or `<body>`.
 */
export function pickBody(doc: DomDocument): PickedBody {
  const rules = cleanPage(doc);
  const marked = markedBody(doc);
  if (marked) return { paragraphs: paragraphsOf(marked), rules: ['body/itemprop', ...rules] };
  let picked: DomElement | null = null;
  try {
    const reader = new Readability(doc as never, { serializer: (node: unknown) => node as DomElement, charThreshold: 300 });
    picked = reader.parse()?.content ?? null;
  } catch {
    picked = null; // Readability gives up on some broken trees; the fallback reads them
  }
  const fromReader = picked ? paragraphsOf(picked) : [];
  if (charsOf(fromReader) >= MIN_BODY_CHARS) return { paragraphs: fromReader, rules: ['body/readability', ...rules] };
  const container = doc.querySelector('article') ?? doc.body;
  const fallback = container
    ? all(container, 'p')
        .map(flatText)
        .filter((p) => p !== '')
    : [];
  const best = charsOf(fallback) > charsOf(fromReader) ? fallback : fromReader;
  return { paragraphs: best, rules: ['body/fallback', ...rules] };
}
