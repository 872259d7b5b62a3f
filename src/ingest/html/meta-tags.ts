import { all, type DomDocument, flatText } from './dom.js';

/** What the page's `<meta>`, `<link>`, `<title>`, `<html lang>` and `<time>` say. */
export interface MetaTags {
  /** OpenGraph and `article:` properties, by lower-case name (first value). */
  readonly og: ReadonlyMap<string, string>;
  /** `<meta name>` values, by lower-case name (all values). */
  readonly named: ReadonlyMap<string, readonly string[]>;
  readonly canonical?: string;
  readonly title?: string;
  readonly lang?: string;
  /** `datetime` of the `<time>` the page marks as its publication, else its first. */
  readonly time?: string;
}

export function readMetaTags(doc: DomDocument): MetaTags {
  const og = new Map<string, string>();
  const named = new Map<string, string[]>();
  for (const meta of all(doc, 'meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    const property = meta.getAttribute('property')?.toLowerCase();
    const name = (meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv'))?.toLowerCase();
    if (property && !og.has(property)) og.set(property, content);
    if (name) named.set(name, [...(named.get(name) ?? []), content]);
    if (name?.startsWith('og:') || name?.startsWith('article:')) if (!og.has(name)) og.set(name, content);
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const title = flatText(doc.querySelector('title')) || undefined;
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || undefined;
  const marked =
    doc.querySelector('time[itemprop="datePublished"]') ??
    doc.querySelector('time[pubdate]') ??
    doc.querySelector('[itemprop="datePublished"][datetime]') ??
    doc.querySelector('time[datetime]');
  const time = (marked?.getAttribute('datetime') ?? marked?.getAttribute('content'))?.trim() || undefined;
  return {
    og,
    named,
    ...(canonical && { canonical }),
    ...(title && { title }),
    ...(lang && { lang }),
    ...(time && { time }),
  };
}

/** The first `<meta name>` value among `names`. */
export function firstNamed(tags: MetaTags, names: readonly string[]): string | undefined {
  for (const n of names) {
    const v = tags.named.get(n)?.[0];
    if (v) return v;
  }
  return undefined;
}
