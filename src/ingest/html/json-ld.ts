import { all, type DomDocument } from './dom.js';

/** What a JSON-LD article object says about the page (schema.org NewsArticle and kin). */
export interface JsonLdArticle {
  readonly headline?: string;
  readonly url?: string;
  readonly published?: string;
  readonly modified?: string;
  readonly authors: string[];
  readonly publisher?: string;
  readonly language?: string;
  readonly body?: string;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting|WebPage)$/;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v['@value'] ?? v.name ?? v['@id'] ?? v.url);
  return undefined;
}

function names(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'string') return [v];
  if (isObject(v) && typeof v.name === 'string') return [v.name];
  return [];
}

/** Every object in a JSON-LD value: arrays and `@graph`s flattened. */
function objects(v: unknown): Json[] {
  if (Array.isArray(v)) return v.flatMap(objects);
  if (!isObject(v)) return [];
  return [v, ...objects(v['@graph'])];
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/**
 * The page's article object from its JSON-LD scripts: the first news article, else any
 * article, else a web page. Scripts that are not valid JSON are skipped.
 */
export function readJsonLd(doc: DomDocument): JsonLdArticle | null {
  const found: Json[] = [];
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    try {
      found.push(...objects(JSON.parse(script.textContent ?? '')));
    } catch {
      // A broken script is the page's problem, not a reason to fail it.
    }
  }
  const rank = (o: Json): number => {
    const types = typesOf(o);
    if (types.some((t) => /NewsArticle$/.test(t))) return 3;
    if (types.some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) return 2;
    return types.includes('WebPage') ? 1 : 0;
  };
  const best = found.filter((o) => rank(o) > 0).sort((a, b) => rank(b) - rank(a))[0];
  if (!best) return null;
  const headline = str(best.headline) ?? str(best.name);
  const url = str(best.url) ?? str(best.mainEntityOfPage);
  const published = str(best.datePublished) ?? str(best.dateCreated);
  const modified = str(best.dateModified);
  const publisher = str(best.publisher) ?? str(best.sourceOrganization);
  const language = str(best.inLanguage);
  const body = str(best.articleBody);
  return {
    authors: names(best.author ?? best.creator),
    ...(headline !== undefined && { headline }),
    ...(url !== undefined && /^https?:/.test(url) && { url }),
    ...(published !== undefined && { published }),
    ...(modified !== undefined && { modified }),
    ...(publisher !== undefined && { publisher }),
    ...(language !== undefined && { language }),
    ...(body !== undefined && { body }),
  };
}
