import { all, type DomDocument, type DomElement, flatText } from './dom.js';

/**
 * Boilerplate removed before the body is picked: one named rule a line, each a CSS
 * selector or a pattern over an element's class and id. An element holding most of the
 * page's paragraph text is never removed, whatever its name says.
 */
export interface CleanRule {
  readonly name: string;
  /** Elements matched by selector. */
  readonly selector?: string;
  /** Elements whose class or id has a word matching this (words split on space, `-`, `_`). */
  readonly token?: RegExp;
}

export const CLEAN_RULES: readonly CleanRule[] = [
  { name: 'clean/non-content', selector: 'script, style, noscript, template, svg, iframe, form, button, select, textarea, object' },
  {
    name: 'clean/chrome',
    selector: 'nav, footer, aside, [role="navigation"], [role="complementary"], [role="contentinfo"], [aria-hidden="true"]',
  },
  { name: 'clean/caption', selector: 'figcaption, figure, picture, [class*="caption"], [class*="credit"]' },
  { name: 'clean/byline', selector: '[rel="author"], [itemprop="author"], address' },
  { name: 'clean/byline-class', token: /^(byline|bylines|author|authors|author-name|contributor|contributors)$/ },
  { name: 'clean/dates', token: /^(timestamp|published|pubdate|date|dates|updated|time)$/ },
  { name: 'clean/share', token: /^(share|sharing|social|sharebar|share-bar|share-tools|follow)$/ },
  {
    name: 'clean/related',
    token: /^(related|recommended|recommendations|more|outbrain|taboola|trending|popular|most-read|read-more|also|teaser|teasers)$/,
  },
  { name: 'clean/comments', token: /^(comments?|comment-section|disqus|discussion|replies)$/ },
  {
    name: 'clean/promo',
    token:
      /^(newsletter|subscribe|subscription|signup|promo|paywall|ad|ads|advert|advertisement|sponsored|banner|breadcrumbs?|tags|cookie|modal|popup)$/,
  },
  { name: 'clean/headline', selector: 'h1' },
];

function tokensOf(el: DomElement): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  const words = raw.split(/\s+/).filter((w) => w !== '');
  const parts = words.flatMap((w) => w.split(/[-_]+/));
  return [...words, ...parts];
}

function paragraphChars(root: DomElement | DomDocument): number {
  let n = 0;
  for (const p of all(root, 'p')) n += flatText(p).length;
  return n;
}

/**
 * Removes boilerplate from the page in place; returns the names of the rules that removed
 * something (for tests and `--explain`-style debugging).
 */
export function cleanPage(doc: DomDocument, rules: readonly CleanRule[] = CLEAN_RULES): string[] {
  const body = doc.body;
  if (!body) return [];
  const total = paragraphChars(body);
  const fired: string[] = [];
  for (const rule of rules) {
    const candidates = rule.selector ? all(body, rule.selector) : rule.token ? all(body, '[class], [id]') : [];
    let removed = false;
    for (const el of candidates) {
      if (!el.parentNode) continue;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BODY' || tag === 'MAIN' || tag === 'ARTICLE') continue;
      if (rule.token && !tokensOf(el).some((t) => rule.token?.test(t))) continue;
      // Never the container of the article itself: it holds most of the paragraph text.
      if (total > 0 && paragraphChars(el) > total * 0.5) continue;
      el.remove();
      removed = true;
    }
    if (removed) fired.push(rule.name);
  }
  return fired;
}
