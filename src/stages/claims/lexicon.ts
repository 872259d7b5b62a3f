import type { Modality } from './claim.js';

/**
 * Small word lists of the claims stage, each with the rule id its matches carry. General
 * English function words and reporting verbs only: nothing is drawn from any test article.
 */

/** Words that negate the predicate they stand with. Rule `claims/negation`. */
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'nobody', 'nothing', 'none', 'cannot']);

/** Auxiliaries and semi-modals and the modality they give. Rule `claims/modal-aux`. */
export const MODAL_AUX: ReadonlyMap<string, Modality> = new Map([
  ['will', 'will'],
  ['shall', 'will'],
  ["'ll", 'will'],
  ['may', 'may'],
  ['might', 'may'],
  ['could', 'may'],
  ['must', 'must'],
  ['should', 'must'],
]);

/** Predicates of intention: the claim is a plan to do what follows. Rule `claims/plan-verb`. */
export const PLAN_VERBS = new Set(['plan', 'prepare', 'intend', 'aim', 'consider', 'seek', 'propose', 'mean', 'expect']);

/** Reporting cues that set the modality of what they introduce. Rule `claims/cue-modality`. */
export const CUE_MODALITY: ReadonlyMap<string, Modality> = new Map([
  ['deny', 'deny'],
  ['reject', 'deny'],
  ['dismiss', 'deny'],
  ['refute', 'deny'],
  ['dispute', 'deny'],
  ['contest', 'deny'],
  ['rebut', 'deny'],
  ['debunk', 'deny'],
  ['confirm', 'confirm'],
  ['acknowledge', 'confirm'],
  ['admit', 'confirm'],
  ['concede', 'confirm'],
  ['verify', 'confirm'],
  ['report', 'report'],
  ['claim', 'claim'],
  ['allege', 'claim'],
  ['charge', 'claim'],
  ['accuse', 'claim'],
  ['promise', 'will'],
  ['vow', 'will'],
  ['pledge', 'will'],
  ['warn', 'will'],
  ['predict', 'will'],
]);

/** Nouns for documents and reports: a source so named is an outlet's account. Rule `claims/report-holder`. */
export const REPORT_NOUNS = new Set([
  'report',
  'story',
  'article',
  'investigation',
  'document',
  'documents',
  'memo',
  'reporting',
  'analysis',
  'leak',
]);

/** Function lemmas left out of a claim's frame. */
export const FRAME_STOP = new Set([
  'be',
  'have',
  'do',
  'say',
  'tell',
  'get',
  'make',
  'go',
  'thing',
  'way',
  'lot',
  'time',
  'year',
  'day',
  'week',
  'month',
  'people',
  'one',
  'also',
  'just',
  'very',
  'many',
  'much',
  'more',
  'most',
  'other',
  'such',
  'own',
  'new',
  'even',
  'still',
  'would',
  'will',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'not',
  "n't",
  'there',
  'here',
  'now',
  'then',
  'so',
  'that',
  'this',
  'these',
  'those',
  'what',
  'which',
  'who',
  'when',
  'where',
  'how',
  'why',
  'all',
  'any',
  'some',
  'every',
]);
