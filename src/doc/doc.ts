import { DatelineError } from '../errors/codes.js';
import type { LayerMap, LayerName } from './layers.js';
import { type Span, spanOf } from './span.js';

/** What a reader knows about a document besides its text. */
export interface DocMeta {
  /** Where it came from: a path, `-` for standard input. */
  readonly source?: string;
  /** 1-based line of a JSONL record. */
  readonly line?: number;
  readonly title?: string;
  readonly url?: string;
  readonly outlet?: string;
  /** Which reader made it: `dateline-text`, `plain-text`, `jsonl`, `html`. */
  readonly kind?: string;
  /** Clean author names (HTML pages and feeds). */
  readonly authors?: readonly string[];
  /** Publication time, ISO 8601, and the string it was read from. */
  readonly published?: string;
  readonly publishedRaw?: string;
  /** The language the page declares (`en`, `es`), before detection. */
  readonly declaredLanguage?: string;
  /** The document's language as detected (ISO 639-1 where there is one). */
  readonly language?: string;
  /** Where a feed listed it: the feed's URL, the item's GUID and its date as the feed gave it. */
  readonly feed?: FeedRef;
  /** How an HTML page was read: the rules that fired and where each metadata field came from. */
  readonly extraction?: { readonly rules: readonly string[]; readonly sources: Readonly<Record<string, string>> };
}

/** A feed item's identity, kept with the article it led to. */
export interface FeedRef {
  readonly url: string;
  readonly guid: string | null;
  readonly date: string | null;
  /** What identifies this version of the item (GUID, date, title); kept by the store, not printed. */
  readonly fingerprint?: string;
}

/** What every reader yields: one article, its text never changed afterwards. */
export interface SourceDoc {
  readonly id: string;
  /** Publication date `YYYY-MM-DD`, the reference for relative dates; null when unknown. */
  readonly date: string | null;
  readonly text: string;
  readonly meta: DocMeta;
}

/**
 * One article and its standoff layers. The text is set once; stages add layers,
 * each a plain JSON array of data pointing into the text.
 */
export class Doc implements SourceDoc {
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
  readonly meta: DocMeta;
  readonly #layers = new Map<LayerName, unknown>();

  constructor(source: SourceDoc) {
    this.id = source.id;
    this.date = source.date;
    this.text = source.text;
    this.meta = source.meta;
  }

  /** The layer `name`. Throws when no stage has set it: the pipeline runner prevents that. */
  get<K extends LayerName>(name: K): LayerMap[K] {
    const layer = this.#layers.get(name);
    if (layer === undefined) {
      throw new DatelineError('E_PIPELINE', `layer '${name}' is not set on document '${this.id}': add a stage that provides it`);
    }
    return layer as LayerMap[K];
  }

  /** The layer `name`, or `undefined` when no stage has set it. */
  find<K extends LayerName>(name: K): LayerMap[K] | undefined {
    return this.#layers.get(name) as LayerMap[K] | undefined;
  }

  has(name: LayerName): boolean {
    return this.#layers.has(name);
  }

  set<K extends LayerName>(name: K, layer: LayerMap[K]): void {
    this.#layers.set(name, layer);
  }

  /** Names of the layers set so far, in the order they were set. */
  layerNames(): LayerName[] {
    return [...this.#layers.keys()];
  }

  /** The span `[start, end)` of this document's text. */
  span(start: number, end: number): Span {
    return spanOf(this.text, start, end);
  }
}
