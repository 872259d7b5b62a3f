import type { Token } from '../../doc/layers.js';
import type { QuoteState } from '../../doc/quotes.js';
import type { TaggedSpan } from '../../learn/bio.js';
import type { StageContext } from '../../pipeline/stage.js';
import { continuingQuotes } from './continuing-quotes.js';
import type { TaggerInput } from './features.js';
import { attributionType } from './found.js';
import { CUE_VERBS } from './lexicon.js';
import type { LinkedSpans } from './link.js';
import { orphanCues } from './orphan-cues.js';
import { paragraphTokens } from './paragraph-tokens.js';
import { reportNounClauses } from './report-nouns.js';

/** Fewer tokens than this inside quotation marks, with no cue, is a scare quote or a title. */
const MIN_CUELESS_QUOTE = 6;

const wholeQuote = (inside: Uint8Array, s: TaggedSpan): boolean => attributionType(inside, s) === 'direct';

/**
 * Rules over the model's linked spans: a content without a cue is kept only when it is a
 * whole quotation long enough to be speech (a quote continuing the previous speaker); short
 * cue-less quotes (scare quotes, titles, nicknames) are dropped. Unbalanced quotation marks
 * are reported.
 */
export function ruleSpans(
  input: TaggerInput,
  inside: Uint8Array,
  spans: readonly TaggedSpan[],
  linked: readonly LinkedSpans[],
  learned = false,
): LinkedSpans[] {
  const out: LinkedSpans[] = [];
  for (const l of linked) {
    if (l.cue === null) {
      const length = l.content.tokenEnd - l.content.tokenStart;
      if (!wholeQuote(inside, l.content) || length < MIN_CUELESS_QUOTE) continue;
      out.push({ ...l, rule: 'attribution/continuing-quote' });
      continue;
    }
    const length = l.content.tokenEnd - l.content.tokenStart;
    const cueLemma = (input.tokens[l.cue.tokenStart] as Token).lemma;
    // "watched “The Godfather”": a short quotation after a word that is no speech verb is a title
    if (wholeQuote(inside, l.content) && length < MIN_CUELESS_QUOTE && !CUE_VERBS.has(cueLemma)) continue;
    out.push(l);
  }
  out.push(...orphanCues(input.tokens, input.sentences, spans, out, learned));
  out.push(
    ...reportNounClauses(
      input.tokens,
      input.sentences,
      out.map((l) => l.content),
    ),
  );
  out.push(
    ...continuingQuotes(
      input.tokens,
      inside,
      out.map((l) => l.content),
    ),
  );
  return out.sort((x, y) => x.content.tokenStart - y.content.tokenStart);
}

/**
 * A paragraph that ends inside a quotation whose next paragraph does not reopen one. The
 * closing mark itself counts as inside, so a paragraph ending on a closing mark is balanced.
 */
export function reportUnbalanced(input: TaggerInput, quotes: QuoteState, ctx: StageContext): void {
  const { tokens, paragraphs } = input;
  const { marks, inside } = quotes;
  paragraphTokens(tokens, paragraphs).forEach(([a, b], p) => {
    const para = paragraphs[p];
    if (!para || b <= a || inside[b - 1] !== 1 || marks[b - 1] === 2) return;
    const next = tokens[b];
    if (next !== undefined && /^["“«„]$/.test(next.text)) return;
    ctx.report({
      reason: 'a quotation opened in this paragraph is never closed',
      rule: 'attribution/unbalanced-quote',
      span: { start: para.start, end: para.end },
    });
  });
}
