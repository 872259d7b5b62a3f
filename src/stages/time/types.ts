import type { TimexType } from '../../doc/layers.js';
import type { Day } from './calendar.js';

/**
 * Which way an underspecified date points, from the tense of its governing verb and the
 * words around it ("next", "last", "by", "until"): `none` means take the nearest.
 */
export type Direction = 'past' | 'future' | 'none';

/** What a value is resolved against: the document date, the tense, the dates before it. */
export interface ResolveContext {
  /** The document (publication) date; null when unknown: values stay underspecified. */
  readonly dct: Day | null;
  readonly direction: Direction;
  /** The value of the last DATE timex before this one in the document, for "a year earlier". */
  readonly previous: string | null;
  /** The word right before the expression, lower-cased ("on", "since", "to"), if any. */
  readonly before?: string;
}

/** A time expression found in a text, its value still to be resolved (chrono's parse/refine split). */
export interface Detection {
  /** Offsets into the text the parser ran on. */
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  /** Parser that found it, e.g. `time/weekday`. */
  readonly rule: string;
  /** Fixed word of direction in the expression itself ("next", "last", "ago"), if any. */
  readonly direction?: Direction;
  /** Counted back from the previous date ("a year earlier"): it does not become the previous date. */
  readonly carried?: boolean;
  resolve(ctx: ResolveContext): string;
}

/** What a parser's extract returns; offsets default to the whole match. */
export interface Found {
  readonly type: TimexType;
  readonly resolve: (ctx: ResolveContext) => string;
  readonly start?: number;
  readonly end?: number;
  readonly direction?: Direction;
  readonly carried?: boolean;
}

/**
 * One parser of the news layer: a global regex and an extract that returns a
 * finding or null (chrono's parser shape). `match.index` is relative to the text searched.
 */
export interface NewsParser {
  readonly name: string;
  readonly pattern: RegExp;
  /** A cheap test a sentence must pass before `pattern` runs on it (speed only, never meaning). */
  readonly gate?: RegExp;
  extract(match: RegExpExecArray, text: string): Found | null;
}

/** A value that needs no context. */
export function fixed(value: string): (ctx: ResolveContext) => string {
  return () => value;
}
