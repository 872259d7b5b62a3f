import type { Token } from '../../doc/layers.js';
import type { Direction } from './types.js';

const FUTURE_AUX = /^(will|'ll|’ll|shall|wo|going|gon)$/i;
const PAST_AUX = /^(was|were|had|did|has|have|'ve|’ve|'d|’d)$/i;
const PLANNED = /^(due|scheduled|slated|set|expected|poised|likely|about|planned|going)$/i;
const MODAL = /^(may|might|could|can|should|must|would|ca)$/i;
const PRESENT_AUX = /^(is|are|am|'s|’s|'re|’re|be|being|does|do)$/i;
const PLANNING = /^(plan|expect|schedule|intend|hope|aim|set|due|prepare|propose|vow|promise|pledge|agree|decide|want|seek|threaten)$/;

function isPastForm(t: Token): boolean {
  const word = t.text.toLowerCase();
  if (word === t.lemma) return false;
  if (word.endsWith('ing')) return false;
  if (word === `${t.lemma}s` || word === `${t.lemma}es` || (word.endsWith('ies') && t.lemma.endsWith('y'))) return false;
  return true;
}

/**
 * The direction a date points in, from the verb group of its governing verb: "will meet" →
 * future, "met", "has met", "was met" → past, "meets" → none. "plans to meet" → future.
 */
export function tenseOf(tokens: readonly Token[], from: number, verb: number): Direction {
  if (verb < 0) return 'none';
  const head = tokens[verb] as Token;
  if (head.pos !== 'VERB' && head.pos !== 'AUX') return 'none';
  // Auxiliaries and adverbs just before the verb: "will not be sending", "has been".
  for (let i = verb - 1; i >= from && i >= verb - 4; i--) {
    const t = tokens[i] as Token;
    if (FUTURE_AUX.test(t.text)) return 'future';
    if (t.pos === 'PART' && t.text.toLowerCase() === 'to') {
      const governing = tokens[i - 1];
      if (governing && (PLANNING.test(governing.lemma) || FUTURE_AUX.test(governing.text))) return 'future';
      if (governing && governing.pos === 'VERB') return isPastForm(governing) ? 'past' : 'none';
      if (governing && /^(is|are|am|was|were)$/i.test(governing.text)) return 'future'; // "is to resume"
      return 'none';
    }
    // A modal before a perfect ("may have", "could have") leaves the time open.
    if (PAST_AUX.test(t.text)) return MODAL.test(tokens[i - 1]?.text ?? '') ? 'none' : 'past';
    if (MODAL.test(t.text)) return 'none';
    if (PRESENT_AUX.test(t.text)) return head.text.toLowerCase().endsWith('ing') || PLANNING.test(head.lemma) ? 'future' : 'none';
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  if (head.text.toLowerCase() === 'will') return 'future';
  // "are due in May", "is scheduled for Friday": a present copula before a word of planning looks ahead.
  const next = tokens[verb + 1];
  if (head.pos === 'AUX' && /^(is|are|am|'s|’s|'re|’re)$/i.test(head.text) && next && PLANNED.test(next.text)) return 'future';
  if (head.pos === 'AUX') return PAST_AUX.test(head.text) ? 'past' : 'none';
  return isPastForm(head) ? 'past' : 'none';
}

/** Direction words right before a time expression: "since" looks back, "by"/"until" ahead. */
export function prepositionDirection(tokens: readonly Token[], from: number, first: number): Direction | null {
  const before = tokens[first - 1];
  if (!before || first - 1 < from) return null;
  const word = before.text.toLowerCase();
  if (word === 'since') return 'past';
  if (word === 'by' || word === 'until' || word === 'till') return 'future';
  return null;
}
