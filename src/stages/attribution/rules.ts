import type { Token } from '../../doc/layers.js';
import type { QuoteState } from '../../doc/quotes.js';
import type { TaggedSpan } from '../../learn/bio.js';
import type { StageContext } from '../../pipeline/stage.js';
import type { TaggerInput } from './features.js';
import { attributionType } from './found.js';
import { CUE_VERBS } from './lexicon.js';
import type { LinkedSpans } from './linked-spans.js';
import { orphanCues } from './orphan-cues.js';
import { paragraphTokens } from './paragraph-tokens.js';

/** The parts of `ruleSpans` an ablation can leave out (`--off rules:NAME`). */
export const RULE_PARTS = ['cueless', 'title', 'orphan'] as const;

/** Fewer tokens than this, a quotation without a cue is no speech (a scare quote, a title, a nickname). */
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
  off?: ReadonlySet<string>,
): LinkedSpans[] {
  const on = (name: string): boolean => !off?.has(`rules:${name}`);
  const out: LinkedSpans[] = [];
  for (const l of linked) {
    const quote = wholeQuote(inside, l.content);
    const short = l.content.tokenEnd - l.content.tokenStart < MIN_CUELESS_QUOTE;
    if (l.cue === null) {
      if ((quote && !short) || !on('cueless')) out.push({ ...l, rule: 'attribution/continuing-quote' });
    } else if (!on('title') || !quote || !short || CUE_VERBS.has((input.tokens[l.cue.tokenStart] as Token).lemma)) {
      // (not "watched “The Godfather”": a short quotation after a word that is no speech verb is a title)
      out.push(l);
    }
  }
  if (on('orphan')) out.push(...orphanCues(input.tokens, input.sentences, spans, out, learned));
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
