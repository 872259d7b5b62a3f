import type { Doc } from '../../doc/doc.js';
import type { Attribution, NonStatement, Token } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';
import { tokenAtOrAfter } from '../entities/token-index.js';

const NEGATION = new Set(['not', "n't", 'n’t', 'never']);
/** States of mind, not sayings: "X thought …", "X knows nothing", "X needed …", "X no doubt …". */
const MENTAL = new Set(['think', 'know', 'need', 'doubt']);
/** A refusal to speak: "declined to say whether …", "refused to comment" (the verb, then "to"). */
const REFUSE = new Set(['decline', 'refuse']);
/** Words before or inside a cue that are not its verb: "has", "also", "n't". */
const LEAD = new Set(['AUX', 'ADV', 'PART', 'DET']);
/**
 * Deeds, not sayings: "released her returns", "unveiled a list", "addressed the symposium",
 * "debated Obama", "has embraced", "plans to call on", "enjoyed support" (general English;
 * a that-clause or a quotation after the cue makes it a statement again: "disclosed that …").
 */
const ACTS = new Set([
  'release',
  'unveil',
  'address',
  'debate',
  'embrace',
  'enjoy',
  'ignore',
  'attend',
  'visit',
  'host',
  'deliver',
  'present',
  'plan',
  'support',
]);

/**
 * Whether an attribution's cue says that nothing was said: a negated cue ("has not
 * mentioned", "did n't address", "never commented"), a refusal ("declined to comment"), a state of mind ("thought",
 * "knows") or a deed ("released", "unveiled", "addressed the symposium"). `tokens` are in
 * text order; the cue's tokens are found by binary search (`tokenAtOrAfter`).
 */
export function nonStatement(tokens: readonly Token[], cue: Span | null): NonStatement | null {
  if (!cue) return null;
  const from = tokenAtOrAfter(tokens, cue.start);
  let head: Token | undefined;
  let deed = false;
  for (let i = from; i < tokens.length && (tokens[i] as Token).start < cue.end; i++) {
    const t = tokens[i] as Token;
    if (NEGATION.has(t.text.toLowerCase())) return 'negated';
    if (refusalAt(tokens, i)) return 'refusal';
    if (!head && !LEAD.has(t.pos)) head = t;
    if ((t.pos === 'VERB' || t.pos === 'NOUN' || afterModal(tokens, i)) && ACTS.has(t.lemma.toLowerCase())) deed = true;
  }
  // "refused to comment on …" read as its own cue ("comment on", or "to comment on" with its
  // verb group): the refusal just before it
  const first = tokens[from];
  for (const at of [from - 2, from - 1]) if (first && refusalAt(tokens, at) && tokens[at]?.sentence === first.sentence) return 'refusal';
  // "has not mentioned": the negation just before the cue, after at most one auxiliary
  for (let i = from - 1; first && i >= Math.max(0, from - 2); i--) {
    const t = tokens[i] as Token;
    if (t.sentence !== first.sentence) break;
    if (NEGATION.has(t.text.toLowerCase())) return 'negated';
    if (t.pos !== 'AUX') break;
  }
  if (head && MENTAL.has(head.lemma)) return 'mental-state';
  // "has embraced …" with the cue on "has" alone: the verb right after is the deed
  if (!head) {
    const next = tokens[tokenAtOrAfter(tokens, cue.end)];
    deed = next !== undefined && next.pos === 'VERB' && ACTS.has(next.lemma);
  }
  return deed && !statedAfter(tokens, cue) ? 'act' : null;
}

/** "declined to", "refused to": a refusal verb at `i` with "to" right after it. */
function refusalAt(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i];
  return verb !== undefined && REFUSE.has(verb.lemma.toLowerCase()) && tokens[i + 1]?.text.toLowerCase() === 'to';
}

const MODALS = new Set(['will', "'ll", '’ll', 'would', 'shall', 'can', 'could', 'may', 'might', 'must', 'should']);

/** A word right after a modal is its verb whatever the tagger says: "She’ll present [ADJ] her proposals". */
function afterModal(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && (tokens[i] as Token).pos === 'ADJ' && MODALS.has(prev.text.toLowerCase());
}

/** Whether a that-clause or a quotation opens right after the cue: what was said ("disclosed that …"). */
function statedAfter(tokens: readonly Token[], cue: Span): boolean {
  const t = tokens[tokenAtOrAfter(tokens, cue.end)]?.text.toLowerCase() ?? '';
  return t === 'that' || /^["“”'‘’]+$/.test(t);
}

/**
 * Where a plain-text article's title block ends (its first paragraph, when more follow and
 * it is at most two lines): the first line of a `.txt` is the title, not a sentence of the
 * body. -1 for other documents (a web page's title is kept apart from its text).
 */
export function titleEnd(doc: Doc | undefined): number {
  if (!doc || (doc.meta as { kind?: string }).kind !== 'plain-text') return -1;
  const paragraphs = doc.find('paragraphs');
  const first = paragraphs?.[0];
  if (!first || (paragraphs?.length ?? 0) < 2) return -1;
  const block = doc.text.slice(first.start, first.end).trim();
  return block.split('\n').length <= 2 && block.length <= 300 ? first.end : -1;
}

/**
 * The attributions, each whose cue says nothing was said marked with `nonStatement`; with
 * the document, those wholly inside a plain-text article's title (`titleEnd`) marked `headline`.
 */
export function markNonStatements<A extends Pick<Attribution, 'content' | 'cue' | 'nonStatement'>>(
  tokens: readonly Token[],
  attributions: readonly A[],
  doc?: Doc,
): A[] {
  const title = titleEnd(doc);
  return attributions.map((a) => {
    const why = a.content.end <= title ? 'headline' : nonStatement(tokens, a.cue);
    return why ? { ...a, nonStatement: why } : a;
  });
}
