import type { Doc } from '../../doc/doc.js';
import type { Entity, Sentence, Token } from '../../doc/layers.js';
import { type Span, spanOf } from '../../doc/span.js';
import { contentKeys } from '../claims/arguments.js';
import type { Claim } from '../claims/claim.js';
import type { Synonyms } from '../claims/synonyms.js';
import { tokenRange } from '../entities/token-index.js';
import { CONTRAST_MARKERS } from './markers.js';
import type { PairSide } from './pair.js';
import type { KeyBag } from './similarity.js';

/** What the pair rules read. */
export interface PairContext {
  readonly text: string;
  readonly date: string | null;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly claims: readonly Claim[];
  readonly synonyms: Synonyms;
  /** Who speaks where no source is named: the outlet of the document, else "the article". */
  readonly narrator: string;
}

/** What the pair rules read of an analysed DOC, with NARRATOR speaking where no source is named. */
export function pairContext(doc: Doc, synonyms: Synonyms, narrator: string): PairContext {
  return {
    text: doc.text,
    date: doc.date,
    tokens: doc.get('tokens'),
    sentences: doc.get('sentences'),
    entities: doc.get('entities'),
    claims: doc.get('claims'),
    synonyms,
    narrator,
  };
}

/** One side of a pair made from a claim. */
export function sideOf(c: Claim): PairSide {
  return {
    attribution: c.attribution,
    claim: c.id,
    span: c.span,
    holder: { entity: c.holder?.entity ?? null, name: c.holder?.name ?? 'unknown', ...(c.holder?.anonymous ? { anonymous: true } : {}) },
    date: c.date,
  };
}

/** One side held by the article itself (a fact-check, a narrated account), dated by the document. */
export function narratorSide(ctx: PairContext, span: Span): PairSide {
  return { attribution: null, claim: null, span, holder: { entity: null, name: ctx.narrator }, date: ctx.date };
}

/** A side of SPAN: held by the claim whose words hold it (its holder, attribution and date), else by the article. */
export function sideWithin(ctx: PairContext, span: Span): PairSide {
  const c = ctx.claims.find((x) => x.span.start <= span.start && span.end <= x.span.end);
  return c ? { ...sideOf(c), span } : narratorSide(ctx, span);
}

/** The frame keys of the words in [start, end). */
export function keysOf(ctx: PairContext, start: number, end: number): KeyBag {
  const { a, b } = tokenRange(ctx.tokens, start, end);
  return contentKeys(ctx.tokens, a, b, ctx.entities, ctx.synonyms);
}

/** The span of sentence `index`, without trailing white space. */
export function sentenceSpan(ctx: PairContext, index: number): Span {
  const s = ctx.sentences[index] as Sentence;
  const raw = ctx.text.slice(s.start, s.end);
  return spanOf(ctx.text, s.start, s.start + raw.trimEnd().length);
}

/** Punctuation and white space a side's clause is cut past at its start ("…, but she said"). */
const LEADING = /[\s,;:—–-]/;
/** …and at its end; `stop` also drops a final full stop. */
const TRAILING = /[\s,;:—–-]/;
const TRAILING_STOP = /[\s,;:.—–-]/;

/** `[start, end)` of the text without white space and clause punctuation at either end (and a final full stop with `stop`). */
export function trimClause(ctx: PairContext, start: number, end: number, stop = false): Span {
  const trailing = stop ? TRAILING_STOP : TRAILING;
  let x = start;
  let y = end;
  while (x < y && LEADING.test(ctx.text[x] as string)) x++;
  while (y > x && trailing.test(ctx.text[y - 1] as string)) y--;
  return spanOf(ctx.text, x, y);
}

/** Index of the sentence holding offset `at`. */
export function sentenceAt(ctx: PairContext, at: number): number {
  return ctx.sentences.findIndex((s) => s.start <= at && at < s.end);
}

/**
 * Whether a claim lies in a sentence that sets two accounts apart ("… in contrast to a report
 * that …"): the article restating both sides, which the marker rule reads; other rules skip it.
 */
export function inContrastSentence(ctx: PairContext, c: Claim): boolean {
  const s = ctx.sentences[sentenceAt(ctx, c.span.start)];
  return s !== undefined && CONTRAST_MARKERS.test(ctx.text.slice(s.start, s.end));
}

/** Short form of a claim for reasons: its first words. */
export function gist(text: string, words = 8): string {
  const w = text.replace(/[“”"]/g, '').trim().split(/\s+/);
  return w.length <= words ? w.join(' ') : `${w.slice(0, words).join(' ')} …`;
}
