import { DatelineError } from '../../errors/codes.js';

/**
 * dateline's search language, the same on SQLite and PostgreSQL (docs/search.md):
 * words are ANDed; `"a quoted phrase"` matches the words next to each other in that
 * order; `a OR b` matches either (OR binds tighter than the AND between words);
 * `-word` or `-"a phrase"` excludes. Case is ignored; accents are not; there is no
 * stemming. A word is a run of letters and digits: `e-mail` is the phrase `"e mail"`.
 */
export type SearchTerm = readonly string[]; // a phrase: one word or more, next to each other

/** An alternative of terms (one or more, joined by OR). */
export type SearchAlternative = readonly SearchTerm[];

export interface SearchQuery {
  /** Every alternative must match. */
  readonly all: readonly SearchAlternative[];
  /** No term may match. */
  readonly none: readonly SearchTerm[];
}

/** Most words a query may hold: more is refused with E_USAGE, not sent to the database. */
export const MAX_SEARCH_WORDS = 64;

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** Reads a query; an empty one (no word to find) gives `all: []`. Too many words: E_USAGE. */
export function parseSearch(text: string): SearchQuery {
  const tokens = [...text.matchAll(/(-?)"([^"]*)"?|(\S+)/g)].map((m) =>
    m[2] !== undefined ? { minus: m[1] === '-', phrase: wordsOf(m[2]), bare: '' } : { minus: false, phrase: [], bare: m[3] ?? '' },
  );
  const all: SearchTerm[][] = [];
  const none: SearchTerm[] = [];
  let joinNext = false;
  for (const token of tokens) {
    let minus = token.minus;
    let phrase = token.phrase;
    if (token.bare !== '') {
      if (token.bare === 'OR') {
        joinNext = all.length > 0;
        continue;
      }
      minus = token.bare.startsWith('-');
      phrase = wordsOf(minus ? token.bare.slice(1) : token.bare);
    }
    if (phrase.length === 0) continue;
    if (minus) {
      none.push(phrase);
      joinNext = false;
    } else if (joinNext) {
      all[all.length - 1]?.push(phrase);
      joinNext = false;
    } else {
      all.push([phrase]);
    }
  }
  const count = [...all.flat(), ...none].reduce((n, t) => n + t.length, 0);
  if (count > MAX_SEARCH_WORDS)
    throw new DatelineError('E_USAGE', `a search takes at most ${MAX_SEARCH_WORDS} words (this one has ${count})`);
  return { all, none };
}

/** The query in FTS5's syntax (every word quoted, so nothing in it is FTS5 syntax). */
export function toFts5(q: SearchQuery): string {
  const term = termFts5;
  const alternative = (a: SearchAlternative) => (a.length === 1 ? term(a[0] ?? []) : `(${a.map(term).join(' OR ')})`);
  const found = q.all.map(alternative).join(' AND ');
  return q.none.reduce((query, t) => `(${query}) NOT ${term(t)}`, found);
}

/** The query in PostgreSQL's `to_tsquery` syntax (every word quoted: only letters and digits inside). */
export function toTsquery(q: SearchQuery): string {
  const term = termTsquery;
  const alternative = (a: SearchAlternative) => `(${a.map(term).join(' | ')})`;
  return [...q.all.map(alternative), ...q.none.map((t) => `!${term(t)}`)].join(' & ');
}

/**
 * The terms a hit is ranked by (docs/search.md, "Order"): every term of the alternatives to
 * find, each once (`strike OR ferries` has two; an excluded term none).
 */
export function rankTerms(q: SearchQuery): SearchTerm[] {
  const seen = new Map<string, SearchTerm>();
  for (const t of q.all.flat()) seen.set(t.join(' '), seen.get(t.join(' ')) ?? t);
  return [...seen.values()];
}

/** One term in FTS5's syntax. */
export function termFts5(t: SearchTerm): string {
  return `"${t.join(' ')}"`;
}

/** One term in `to_tsquery` syntax. */
export function termTsquery(t: SearchTerm): string {
  return `(${t.map((w) => `'${w}'`).join(' <-> ')})`;
}
