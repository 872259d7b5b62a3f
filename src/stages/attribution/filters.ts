import type { Token } from '../../doc/layers.js';
import { IntervalIndex, NOWHERE } from '../shared/interval-index.js';
import { isCueLemma, RELATIVE_PRONOUNS } from './lexicon.js';
import { type LinkedSpans, within } from './linked-spans.js';

const SUBORDINATE = new Set(['when', 'if', 'unless', 'once', 'while']);
const FRAMING = /^(citing|according)\b/i;

/** The filters an ablation can leave out (`--off filters:NAME`). */
export const FILTERS = ['punct', 'determiner', 'relative', 'asked', 'infinitive', 'impression', 'relay', 'framing'] as const;

/**
 * Drops false attributions the tagger makes:
 * - a "content" of punctuation alone, or a cue of determiners alone ("an", "the");
 * - a sourceless "content" that opens with a relative pronoun before its cue ("which the
 *   mayor said …"): the cue is the relative clause's verb, not a report;
 * - "… when asked about …" with nobody named: a circumstance, not a report;
 * - "so-called “experts”": a hedge, not a speech verb;
 * - a verb outside the speech lexicon in an infinitive after another verb ("voted 7-2 to
 *   approve a new line"): an act, not a statement;
 * - an impression, not a statement: "…, which seemed timed to …", "it appears that …";
 * - a report that only relays another attribution: "The report said that officials
 *   confirmed that …" (the officials' statement is the attribution; the report its channel);
 * - a framing cue ("Citing officials, NBC reported…", "According to X, Y said…") whose content
 *   holds another attribution's cue: the framing names the sourcing of that attribution.
 * (The filters for other subordinate cues and for a content after its cue across a relative
 * pronoun were removed: neither gained across the 3 CV folds on train, docs/attribution.md.)
 */
export function dropFalseAttributions(tokens: readonly Token[], linked: readonly LinkedSpans[], off?: ReadonlySet<string>): LinkedSpans[] {
  const on = (name: string): boolean => !off?.has(`filters:${name}`);
  // the cues by token range, so that a framing cue reads only the cues near its content
  const cues = new IntervalIndex(linked.map((o) => (o.cue ? { start: o.cue.tokenStart, end: o.cue.tokenEnd } : NOWHERE)));
  return linked.filter((l) => {
    // a "content" of punctuation alone ("he added. ''")
    if (on('punct') && !hasWord(tokens, l.content)) return false;
    if (!l.cue) return true;
    // a cue of determiners alone ("an", "the") reports nothing
    if (on('determiner') && !hasCueWord(tokens, l.cue)) return false;
    if (
      on('relative') &&
      !l.source &&
      RELATIVE_PRONOUNS.has((tokens[l.content.tokenStart] as Token).text.toLowerCase()) &&
      l.cue.tokenStart > l.content.tokenStart
    )
      return false;
    const prev = tokens[l.cue.tokenStart - 1];
    const asked = (tokens[l.cue.tokenStart] as Token).lemma === 'ask';
    if (on('asked') && asked && !l.source && prev && SUBORDINATE.has(prev.text.toLowerCase())) return false;
    if (on('infinitive') && infinitiveAct(tokens, l.cue)) return false;
    if (on('impression') && impression(tokens, l.cue)) return false;
    if (on('relay') && relay(tokens, l, linked)) return false;
    if (on('framing') && FRAMING.test((tokens[l.cue.tokenStart] as Token).text)) {
      const holdsCue = cues.all(l.content.tokenEnd + 1, l.content.tokenStart - 1).some((i) => {
        const o = linked[i] as LinkedSpans;
        return o !== l && o.cue !== null && within(o.cue, l.content);
      });
      if (holdsCue) return false;
    }
    // "so-called “experts”": a hedge, not a speech verb
    const word = (k: number): string => (tokens[k]?.text ?? '').toLowerCase();
    const at = l.cue.tokenStart;
    if (word(at) === 'called' && word(at - 1) === '-' && word(at - 2) === 'so') return false;
    return true;
  });
}

function hasWord(tokens: readonly Token[], s: { tokenStart: number; tokenEnd: number }): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (/[\p{L}\p{N}]/u.test((tokens[i] as Token).text)) return true;
  return false;
}

const NOT_CUE_POS = new Set(['DET', 'PUNCT']);

function hasCueWord(tokens: readonly Token[], s: { tokenStart: number; tokenEnd: number }): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i] as Token;
    if (!NOT_CUE_POS.has(t.pos) || /^[:―—–-]$/.test(t.text)) return true;
  }
  return false;
}

/** "voted to approve": a one-verb cue outside the speech lexicon, the infinitive of another verb. */
function infinitiveAct(tokens: readonly Token[], cue: { tokenStart: number; tokenEnd: number }): boolean {
  // the cue's verb, with or without the "to" before it (`verb-group` gives the cue its "to")
  const at = cue.tokenEnd - 1;
  if (at - cue.tokenStart > 1 || (at > cue.tokenStart && (tokens[cue.tokenStart] as Token).text.toLowerCase() !== 'to')) return false;
  const verb = tokens[at] as Token;
  if (verb.pos !== 'VERB' || isCueLemma(verb.lemma)) return false;
  const to = tokens[at - 1];
  if (to?.text.toLowerCase() !== 'to' || to.sentence !== verb.sentence) return false;
  // the verb that governs the infinitive, a few words back in the sentence ("voted 7-2 on Wednesday to")
  for (let i = at - 2; i >= Math.max(0, at - 7); i--) {
    const t = tokens[i] as Token;
    if (t.sentence !== verb.sentence) return false;
    if (t.pos === 'VERB') return !isCueLemma(t.lemma);
  }
  return false;
}

/** "which seemed timed to …", "it appears that …": seeming has no speaker. */
function impression(tokens: readonly Token[], cue: { tokenStart: number; tokenEnd: number }): boolean {
  const verb = tokens[cue.tokenStart] as Token;
  if (verb.lemma !== 'seem' && verb.lemma !== 'appear') return false;
  const subject = (tokens[cue.tokenStart - 1]?.text ?? '').toLowerCase();
  return subject === 'which' || subject === 'it' || subject === 'that';
}

const CHANNEL = /^(report|story|article|account)$/;

/** A report noun as source whose content opens with another attribution's source and cue. */
function relay(tokens: readonly Token[], l: LinkedSpans, linked: readonly LinkedSpans[]): boolean {
  if (!l.source || !CHANNEL.test((tokens[l.source.tokenEnd - 1] as Token).lemma)) return false;
  let from = l.content.tokenStart;
  if ((tokens[from]?.text.toLowerCase() ?? '') === 'that') from++;
  return linked.some(
    (o) =>
      o !== l &&
      o.source !== null &&
      o.cue !== null &&
      o.source.tokenStart === from &&
      o.cue.tokenEnd <= l.content.tokenEnd &&
      o.content.tokenStart >= l.content.tokenStart,
  );
}
