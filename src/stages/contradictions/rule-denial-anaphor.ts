import type { Candidate } from './candidate.js';
import { gist, narratorSide, type PairContext, sentenceSpan, sideOf, trimClause } from './context.js';
import type { PairSide } from './pair.js';

/** A verb of denial, active: "denied", "disputes", "rejected", "pushed back on". */
const DENY = String.raw`(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|rebut(?:s|ted|ting)?|refut(?:e|es|ed|ing)|push(?:es|ed)? back (?:on|against))`;

/** What an account is called when it is denied: "the report", "those charges", "their account". */
const ACCOUNT_NOUN = String.raw`(?:reports?|charges?|accusations?|allegations?|claims?|account|story|stories|notion|idea|critiques?|criticism|rumou?rs?|wrongdoing|assertions?|suggestions?|characterization|narrative|remarks?|comments?)`;

/** "denied the report", "disputed their account", "denied it happened": the denial points back at an account. */
const DENIES_ACCOUNT = new RegExp(
  String.raw`\b${DENY}\s+(?:(?:the|those|these|their|his|her|its|such|any|all|both|this|that|each|every)\s+)?(?:[\w’'-]+\s+){0,2}?${ACCOUNT_NOUN}\b|\b${DENY}\s+(?:it|them)\b`,
  'i',
);

/** "…, which he has denied", "a charge that X strongly denied", "something he denied": a relative clause denies what precedes it. */
const RELATIVE_DENIAL = new RegExp(
  String.raw`(?:,\s*which|\b(?:a|the) (?:charge|claim|point|accusation|allegation|notion|suggestion) that|\bsomething)\s+(?:[\w’'.-]+\s+){0,10}?${DENY}\b(?!\s+(?:that|the|a|an|any|his|her|their|its)\b)`,
  'i',
);

/** Words by which a sentence gives another's account: accusations, reports, claims. */
const ACCOUNT_WORDS =
  /\b(?:accus\w*|alleg\w*|report(?:s|ed)?|charg(?:e|es|ed)|claim(?:s|ed)?|complain\w*|portray\w*|suggest\w*|rumou?rs?|said|says|told|wrote|describ\w*|believed?)\b/i;

/** Verbs of denial in the passive ("was denied", "were rejected"): something refused, not an account denied. */
const PASSIVE = /\b(?:was|were|been|being|be|is|are|get|got)\s+(?:\w+\s+)?$/i;

/** "denied both charges": the denial answers two accounts. Rule `contradictions/denial-anaphor-both`. */
const BOTH = /\bboth\b/i;

/** How many sentences back the account a denial answers may lie. */
const LOOK_BACK = 2;

/**
 * A denial that points back at an account instead of stating its own content: "BuzzFeed denied
 * the report", "the Trump campaign has denied it happened", "allegations that …, which he has
 * denied", "a charge that party leaders strongly denied". The account is the part of the
 * sentence before a relative denial, else the nearest of the two sentences before that gives
 * someone's account (accused, reported, said …). The denial is the sentence, or the relative
 * clause. Rule `contradictions/denial-anaphor`.
 */
export function denialAnaphorPairs(ctx: PairContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, index) => {
    const text = ctx.text.slice(s.start, s.end);
    const relative = RELATIVE_DENIAL.exec(text);
    // "a charge that X has always denied" names the account itself; ", which he denied" needs one before it
    const named = relative !== null && /^(?:a|the) /i.test(relative[0]);
    if (relative && relative.index > 0 && (named || ACCOUNT_WORDS.test(text.slice(0, relative.index)))) {
      const head = sentenceSpan(ctx, index);
      const cut = s.start + relative.index;
      const a = trimmed(ctx, head.start, cut);
      const b = trimmed(ctx, cut, head.end);
      if (a && b) out.push(pair(ctx, a, b, 0.7));
      return;
    }
    const m = DENIES_ACCOUNT.exec(text);
    if (!m || PASSIVE.test(text.slice(0, m.index))) return;
    // "disputed both critiques": each of the two accounts before it
    let wanted = BOTH.test(m[0]) ? 2 : 1;
    for (let back = 1; back <= LOOK_BACK && wanted > 0; back++) {
      const prev = ctx.sentences[index - back];
      if (!prev) break;
      if (!ACCOUNT_WORDS.test(ctx.text.slice(prev.start, prev.end))) continue;
      out.push(pair(ctx, sentenceSpan(ctx, index - back), sentenceSpan(ctx, index), back === 1 ? 0.7 : 0.6));
      wanted--;
    }
  });
  return out;
}

/** [start, end) without surrounding white space and punctuation; null when nothing is left. */
function trimmed(ctx: PairContext, start: number, end: number): { start: number; end: number; text: string } | null {
  const span = trimClause(ctx, start, end);
  return span.end - span.start >= 3 ? span : null;
}

function pair(
  ctx: PairContext,
  a: { start: number; end: number; text: string },
  b: { start: number; end: number; text: string },
  confidence: number,
): Candidate {
  const side = (span: { start: number; end: number; text: string }): PairSide => {
    const c = ctx.claims.find((x) => x.holder && span.start <= x.span.start && x.span.end <= span.end);
    return c ? { ...sideOf(c), attribution: null, claim: null, span } : narratorSide(ctx, span);
  };
  return {
    kind: 'denial',
    a: side(a),
    b: side(b),
    reason: `denied: ${gist(a.text)} — ${gist(b.text, 6)}`,
    confidence,
    rule: 'contradictions/denial-anaphor',
  };
}
