import { countryNames } from '../lexicon/countries.js';
import { CONTINENTS, DEMONYMS, LOC_HEADS, MONTHS_DAYS, ORG_HEADS, TITLES } from '../lexicon/words.js';
import { trainedFirstNames } from './first-name-feature.js';
import { isAllCaps, isCapitalised } from './shape.js';
import { F, poolFor, type WordPool, wordId } from './word-pool.js';

/** Gazetteer flags of a token (bits). */
export const GAZ = {
  country: 1,
  capital: 2,
  title: 4,
  demonym: 8,
  orgHead: 16,
  locHead: 32,
  monthDay: 64,
  continent: 128,
  firstName: 256,
} as const;

/** A sentence made ready for feature extraction: every per-token string computed once. */
export interface PreparedSentence {
  readonly words: readonly string[];
  readonly lowers: readonly string[];
  readonly longs: readonly string[];
  readonly shorts: readonly string[];
  readonly gaz: Uint16Array;
  /** History key of each token: the lower-cased word when capitalised, else undefined. */
  readonly historyKeys: readonly (string | undefined)[];
  /** Most letters upper case: a CoNLL headline or shouted text. */
  readonly allCaps: boolean;
  /** Most words capitalised: a headline in title case. */
  readonly titleCase: boolean;
  /** The pool the words are numbered in (`word-pool.ts`), and each word's id there. */
  readonly pool: WordPool;
  readonly ids: Int32Array;
}

/** What the whole document tells about its words (how they are written elsewhere). */
export interface DocContext {
  readonly lowerSeen: ReadonlySet<string>;
  readonly capsMid: ReadonlySet<string>;
  /** Per lower-cased capitalised word, bits of EVIDENCE seen around its occurrences in the document. */
  readonly evidence: ReadonlyMap<string, number>;
  /** What the tagger said about each capitalised word so far (filled while tagging, in order). */
  readonly history: Map<string, number>;
}

/** What the neighbours of a capitalised word say about it, anywhere in the document. */
export const EVIDENCE = {
  afterTitle: 1,
  afterPlacePrep: 2,
  beforeSaid: 4,
  lastOfCapRun: 8,
  firstOfCapRun: 16,
  beforeOrgHead: 32,
  afterThe: 64,
  afterOf: 128,
  beforePossessive: 256,
} as const;
const PLACE_PREPS = new Set(['in', 'at', 'from', 'to', 'near', 'into']);
const SAID = new Set(['said', 'says', 'told', 'added', 'stated']);

let wordBits: Map<string, number> | undefined;

/**
 * The word-level gazetteer flags of a lower-cased word (title, demonym, organisation and
 * place heads, months and days, trained first names) in one look-up: the six lists merged
 * into one map on first use (six look-ups a token were ~2% of the entities stage).
 */
function wordGazetteer(lower: string): number {
  if (wordBits === undefined) {
    const bits = new Map<string, number>();
    const add = (words: Iterable<string>, bit: number): void => {
      for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
    };
    add(TITLES, GAZ.title);
    add(DEMONYMS, GAZ.demonym);
    add(ORG_HEADS, GAZ.orgHead);
    add(LOC_HEADS, GAZ.locHead);
    add(MONTHS_DAYS, GAZ.monthDay);
    add(trainedFirstNames(), GAZ.firstName);
    wordBits = bits;
  }
  return wordBits.get(lower) ?? 0;
}

const MAX_PHRASE = 4;

function markPhrases(lowers: readonly string[], words: readonly string[], gaz: Uint16Array): void {
  const { countries, capitals } = countryNames();
  for (let i = 0; i < lowers.length; i++) {
    if (!isCapitalised(words[i]!)) continue;
    let phrase = '';
    for (let n = 1; n <= MAX_PHRASE && i + n <= lowers.length; n++) {
      const next = lowers[i + n - 1]!;
      // gazetteer names are capitalised words, with "of", "and", "the" between them
      if (n > 1 && !isCapitalised(words[i + n - 1]!) && next !== 'of' && next !== 'and' && next !== 'the') break;
      phrase = n === 1 ? next : `${phrase} ${next}`;
      let bit = 0;
      if (countries.has(phrase)) bit |= GAZ.country;
      if (capitals.has(phrase)) bit |= GAZ.capital;
      if (CONTINENTS.has(phrase)) bit |= GAZ.continent;
      if (bit !== 0) for (let k = i; k < i + n; k++) gaz[k]! |= bit;
    }
  }
}

export function prepareSentence(raw: readonly string[]): PreparedSentence {
  const n = raw.length;
  const pool = poolFor(n);
  const ids = new Int32Array(n);
  const words: string[] = new Array(n);
  const lowers: string[] = new Array(n);
  const longs: string[] = new Array(n);
  const shorts: string[] = new Array(n);
  const historyKeys: (string | undefined)[] = new Array(n);
  const gaz = new Uint16Array(n);
  let upper = 0;
  let capital = 0;
  let alpha = 0;
  for (let i = 0; i < n; i++) {
    const id = wordId(pool, raw[i]!, wordGazetteer);
    ids[i] = id;
    words[i] = pool.words[id]!;
    const l = pool.lowers[id]!;
    lowers[i] = l;
    longs[i] = pool.longs[id]!;
    shorts[i] = pool.shorts[id]!;
    const f = pool.flags[id]!;
    if ((f & F.hasCase) !== 0) {
      alpha++;
      if ((f & F.allCaps) !== 0) upper++;
      if ((f & F.capitalised) !== 0) capital++;
    }
    historyKeys[i] = (f & F.capitalised) !== 0 ? l : undefined;
    gaz[i] = pool.gaz[id]!;
  }
  markPhrases(lowers, words, gaz);
  return {
    words,
    lowers,
    longs,
    shorts,
    gaz,
    historyKeys,
    allCaps: alpha >= 2 && upper * 10 >= alpha * 8,
    titleCase: alpha >= 3 && capital * 10 >= alpha * 8,
    pool,
    ids,
  };
}

/** Collects how each word is written across the document's sentences. */
export function docContext(sentences: readonly PreparedSentence[]): DocContext {
  const lowerSeen = new Set<string>();
  const capsMid = new Set<string>();
  const evidence = new Map<string, number>();
  for (const s of sentences) {
    const headline = s.allCaps || s.titleCase;
    const n = s.words.length;
    for (let i = 0; i < n; i++) {
      const w = s.words[i]!;
      const c = w.charCodeAt(0);
      if (c >= 97 && c <= 122) lowerSeen.add(w);
      else if (i > 0 && !headline && isCapitalised(w) && !isAllCaps(w)) capsMid.add(s.lowers[i]!);
      if (headline || !isCapitalised(w)) continue;
      let bits = 0;
      const prev = i > 0 ? s.lowers[i - 1]! : '';
      const next = i + 1 < n ? s.lowers[i + 1]! : '';
      const prevCap = i > 0 && isCapitalised(s.words[i - 1]!);
      const nextCap = i + 1 < n && isCapitalised(s.words[i + 1]!);
      if (i > 0 && (s.gaz[i - 1]! & GAZ.title) !== 0) bits |= EVIDENCE.afterTitle;
      if (PLACE_PREPS.has(prev)) bits |= EVIDENCE.afterPlacePrep;
      if (SAID.has(next)) bits |= EVIDENCE.beforeSaid;
      if (prevCap && i > 1 && !nextCap) bits |= EVIDENCE.lastOfCapRun;
      if (nextCap && !prevCap) bits |= EVIDENCE.firstOfCapRun;
      if (i + 1 < n && (s.gaz[i + 1]! & GAZ.orgHead) !== 0) bits |= EVIDENCE.beforeOrgHead;
      if (prev === 'the') bits |= EVIDENCE.afterThe;
      if (prev === 'of') bits |= EVIDENCE.afterOf;
      if (next === "'s") bits |= EVIDENCE.beforePossessive;
      const key = s.lowers[i]!;
      evidence.set(key, (evidence.get(key) ?? 0) | bits);
    }
  }
  return { lowerSeen, capsMid, evidence, history: new Map() };
}
