import type { Token } from '../../doc/layers.js';
import type { Modality, Polarity } from './claim.js';
import { MODAL_AUX, NEGATORS, PLAN_VERBS } from './lexicon.js';

/** The main predicate of a content, its polarity and the modality its verb chain gives. */
export interface PredicateReading {
  /** Index of the main verb in `tokens`, or -1 when the content has none. */
  readonly head: number;
  readonly polarity: Polarity;
  readonly modality: Modality;
  readonly rules: string[];
}

/** Clause openers after which a verb belongs to a subordinate clause, not the main one. */
const SUBORDINATORS = new Set([
  'if',
  'unless',
  'because',
  'although',
  'though',
  'while',
  'when',
  'whether',
  'since',
  'after',
  'before',
  'who',
  'which',
]);

/** "there was no money left", "has nothing to hide": a negative word at the predicate negates it. */
const NEGATIVE_DETERMINERS = new Set(['no', 'nothing', 'none', 'never', 'nobody']);

const CHAIN = new Set(['AUX', 'PART', 'ADV', 'VERB']);

/**
 * "not paying taxes made him smart": a content opening with a gerund (after "not" / "never")
 * has it as its subject; returns the index after the gerund, or `from`. Rule `claims/gerund-subject`.
 */
function afterGerundSubject(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  if (['not', 'never'].includes(tokens[i]?.text.toLowerCase() ?? '')) i++;
  const t = tokens[i];
  if (i >= to || !t || t.pos !== 'VERB' || !/ing$/i.test(t.text)) return from;
  for (let j = i + 1; j < to; j++) {
    const u = tokens[j] as Token;
    if (u.pos === 'PUNCT' || SUBORDINATORS.has(u.text.toLowerCase())) return from;
    if ((u.pos === 'VERB' || u.pos === 'AUX') && !/ing$/i.test(u.text)) return i + 1;
  }
  return from;
}

/** First verb of the content outside a leading subordinate clause: "that [the U.S.] will not be sending". */
function mainVerb(tokens: readonly Token[], start: number, to: number): number {
  const from = afterGerundSubject(tokens, start, to);
  let fallback = -1;
  let subordinate = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    const lower = t.text.toLowerCase();
    if (i > from && SUBORDINATORS.has(lower)) subordinate = true;
    if (subordinate && t.pos === 'PUNCT' && t.text === ',') subordinate = false;
    if (t.pos === 'VERB' && !subordinate && !MODAL_AUX.has(t.lemma) && !MODAL_AUX.has(lower)) return i;
    if (fallback < 0 && (t.pos === 'VERB' || t.pos === 'AUX') && !subordinate) fallback = i;
  }
  return fallback;
}

/** "will not close" with "close" tagged ADJ: after a modal and its negation, the next word is the verb. */
function afterModal(tokens: readonly Token[], head: number, to: number): number {
  if (head < 0 || !MODAL_AUX.has((tokens[head] as Token).lemma)) return head;
  let i = head + 1;
  while (i < to && ((tokens[i] as Token).pos === 'PART' || (tokens[i] as Token).pos === 'ADV')) i++;
  const next = tokens[i];
  return i < to && next && ['VERB', 'ADJ', 'NOUN', 'AUX'].includes(next.pos) ? i : head;
}

/** A verb or noun of intention at the predicate or just after it ("has begun planning a mission"). */
function planNear(tokens: readonly Token[], head: number, to: number): boolean {
  for (let i = head; i < Math.min(to, head + 4); i++) {
    const t = tokens[i] as Token;
    if (PLAN_VERBS.has(t.lemma) || t.lemma === 'planning') return true;
    if (i > head && (t.pos === 'VERB' || t.pos === 'PUNCT')) return false;
  }
  return false;
}

/**
 * Negation scope over the content's main predicate: a negator in its auxiliary chain ("will
 * not be sending", "didn't say"), or a negative determiner opening its object ("there is no
 * evidence"). Modality: the chain's modal ("will", "may"), "going to", or a verb of intention
 * whose complement is the real predicate ("preparing a mission to send").
 */
export function readPredicate(tokens: readonly Token[], from: number, to: number): PredicateReading {
  const rules: string[] = [];
  const head = afterModal(tokens, mainVerb(tokens, from, to), to);
  if (head < 0) return { head, polarity: 'affirmed', modality: 'assert', rules: ['claims/no-predicate'] };
  let negated = false;
  let modality: Modality = 'assert';
  for (let i = head - 1; i >= from && CHAIN.has((tokens[i] as Token).pos); i--) {
    const t = tokens[i] as Token;
    if (t.pos === 'VERB' && !MODAL_AUX.has(t.lemma) && !MODAL_AUX.has(t.text.toLowerCase())) break;
    const lower = t.text.toLowerCase();
    if (NEGATORS.has(lower) || NEGATORS.has(t.lemma)) negated = true;
    const modal = MODAL_AUX.get(t.lemma) ?? MODAL_AUX.get(lower);
    if (modal && modality === 'assert') modality = modal;
  }
  if (negated) rules.push('claims/negation');
  if (modality !== 'assert') rules.push('claims/modal-aux');
  const headToken = tokens[head] as Token;
  const next = tokens[head + 1];
  if (headToken.lemma === 'go' && next?.text.toLowerCase() === 'to' && tokens[head - 1]?.lemma === 'be') {
    modality = 'will';
    rules.push('claims/going-to');
  } else if (planNear(tokens, head, to)) {
    modality = 'plan';
    rules.push('claims/plan-verb');
  }
  const copula = negatedCopula(tokens, from, head);
  if (!negated && copula >= 0) {
    negated = true;
    rules.push('claims/negated-copula');
    return { head: copula, polarity: 'negated', modality, rules };
  }
  if (!negated && negativeSubject(tokens, from, head)) {
    negated = true;
    rules.push('claims/negative-subject');
  }
  for (let i = Math.max(from, head - 3); !negated && i <= Math.min(to - 1, head + 1); i++) {
    if (i !== head && NEGATIVE_DETERMINERS.has((tokens[i] as Token).text.toLowerCase())) {
      negated = true;
      rules.push('claims/negation-object');
    }
  }
  if (negated && comparativeAt(tokens, head, to)) {
    negated = false;
    rules.push('claims/negated-comparative');
  }
  return { head, polarity: negated ? 'negated' : 'affirmed', modality, rules };
}

/** Comparatives that, negated, praise: "nobody more qualified than her", "never been better than". */
const COMPARATIVES = new Set(['more', 'better', 'less', 'fewer', 'greater', 'worse']);

/**
 * "there has never been … nobody more qualified than Hillary Clinton": a comparative just
 * before the predicate and "than" just after it make the negation a superlative, which
 * affirms. Rule `claims/negated-comparative`.
 */
function comparativeAt(tokens: readonly Token[], head: number, to: number): boolean {
  const before = tokens[head - 1];
  if (!before || !COMPARATIVES.has(before.text.toLowerCase())) return false;
  for (let i = head + 1; i < Math.min(to, head + 3); i++) if ((tokens[i] as Token).text.toLowerCase() === 'than') return true;
  return false;
}

/** Words that negate a clause from its subject: "none of her emails were …", "no one has …", "neither … nor". */
const NEGATIVE_SUBJECTS = new Set(['none', 'no', 'neither', 'nobody', 'nothing', 'never', 'nor']);

/**
 * "none of her emails were marked", "she neither sent nor received": a negative word opening
 * the content or standing just before its predicate negates it. Rule `claims/negative-subject`.
 */
function negativeSubject(tokens: readonly Token[], from: number, head: number): boolean {
  const first = tokens[from];
  if (first && NEGATIVE_SUBJECTS.has(first.text.toLowerCase())) return true;
  for (let i = Math.max(from, head - 2); i < head; i++) if (NEGATIVE_SUBJECTS.has((tokens[i] as Token).text.toLowerCase())) return true;
  return false;
}

/** Negators after a copula that negate its predicate ("was not classified"); "there was no money" is not one. */
const COPULA_NEGATORS = new Set(['not', "n't", 'never']);

/**
 * "the information was not classified at the time the emails were sent": before the verb found,
 * a form of "be" and a negator, then the adjective or participle that is the real predicate.
 * Returns that word's index, or -1. Rule `claims/negated-copula`.
 */
function negatedCopula(tokens: readonly Token[], from: number, head: number): number {
  for (let i = from; i < head - 1; i++) {
    const t = tokens[i] as Token;
    if (t.lemma !== 'be') continue;
    const neg = tokens[i + 1] as Token;
    if (!COPULA_NEGATORS.has(neg.text.toLowerCase())) continue;
    const next = tokens[i + 2];
    if (next && i + 2 <= head && (next.pos === 'ADJ' || next.pos === 'VERB')) return i + 2;
  }
  return -1;
}
