import type { Sentence } from '../../doc/layers.js';
import type { Span } from '../../doc/span.js';
import { type PairContext, trimClause } from './context.js';
import type { PairSide } from './pair.js';

/** Verbs of saying a verdict adverb can qualify ("falsely claimed", "wrongly suggesting"). */
const SPEECH = String.raw`(?:(?:suggest|claim|say|alleg|assert|insist|contend|proclaim|declar|argu|tweet|repeat)\w*|said|stated|stating|charged|charging|impl(?:ied|ying|ies))`;
/** Not "rightly or wrongly", which grants neither. */
const ADVERB = String.raw`(?<!\bor\s)(?:falsely|wrongly|erroneously|incorrectly|misleadingly|inaccurately)`;
const GAP = String.raw`\s*(?:[-–—,]\s*)?`;

/**
 * The article's verdict adverb on a verb of saying, with the words said after it: "he
 * erroneously suggested Curiel was …", "wrongly suggesting Curiel is …", "alleging - again
 * falsely - that …". The adverb next to the verb, or followed by "that".
 */
const VERDICT_ON_SPEECH = new RegExp(
  String.raw`(?:\b${SPEECH}${GAP}(?:again\s+)?${ADVERB}${GAP}(?:that\b\s*)?|\b${ADVERB}${GAP}${SPEECH}\s+(?:that\b\s*)?|\b${ADVERB}${GAP}that\b\s*)`,
  'i',
);

/** What ends the words said: a clause mark (a comma, colon, semicolon, dash) or the sentence's end. */
const CLAUSE_END = /(?<!\d),|,(?!\d)|[:;—–]|\s-\s/;

/**
 * A verb of saying or portraying, the words said, then the article's note that the source
 * gave no support: "claimed Clinton had helped …, but offered no proof", "portrayed protestors
 * as undocumented without offering proof".
 */
const SAID_WITHOUT_PROOF = new RegExp(
  String.raw`\b(?:${SPEECH}|portray\w*|describ\w*|accus\w*|call(?:s|ed|ing)?)\s+(?:that\s+)?(.{12,240}?),?\s+((?:but\s+)?(?:offer|provid|g[ai]v|cit|present)\w*\s+no\s+(?:evidence|proof)|without\s+(?:offer|provid|giv|cit|present)\w*\s+(?:any\s+)?(?:evidence|proof))\b`,
  'i',
);

/** Whether offset AT of a sentence lies inside a quotation (an odd number of quotation marks before it). */
function insideQuote(sentence: string, at: number): boolean {
  return (sentence.slice(0, at).match(/["“”]/g)?.length ?? 0) % 2 === 1;
}

/** Least characters of the words said for a side. */
const MIN_SAID = 12;

/**
 * A verdict adverb the article puts on a verb of saying in sentence S: the words said (to
 * the first clause mark) and the verdict (the sentence's words before them), or null. Not inside
 * a source's quoted words. Rule `contradictions/fact-check-speech`.
 */
export function speechVerdict(ctx: PairContext, s: Sentence): { said: Span; verdict: Span; at: number } | null {
  const sentence = ctx.text.slice(s.start, s.end);
  const w = SAID_WITHOUT_PROOF.exec(sentence);
  if (w && !insideQuote(sentence, w.index)) {
    const saidAt = s.start + w.index + w[0].indexOf(w[1] as string);
    const verdictAt = s.start + w.index + w[0].lastIndexOf(w[2] as string);
    const said = trimClause(ctx, saidAt, saidAt + (w[1] as string).length, true);
    if (said.end - said.start >= MIN_SAID)
      return { said, verdict: trimClause(ctx, verdictAt, verdictAt + (w[2] as string).length), at: s.start + w.index };
  }
  const m = VERDICT_ON_SPEECH.exec(sentence);
  if (!m) return null;
  const at = s.start + m.index;
  if (insideQuote(sentence, m.index)) return null;
  const from = at + m[0].length;
  const rest = ctx.text.slice(from, s.end);
  const stop = CLAUSE_END.exec(rest);
  const said = trimClause(ctx, from, stop ? from + stop.index : s.end, true);
  if (said.end - said.start < MIN_SAID) return null;
  const verdict = trimClause(ctx, s.start, from, true);
  return { said, verdict, at };
}

/** The source side of the words said: the nearest person or group named before the verdict in its sentence, else unknown. */
export function saidSide(ctx: PairContext, s: Sentence, said: Span, at: number): PairSide {
  let holder: { id: string; name: string; at: number } | null = null;
  for (const e of ctx.entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    for (const x of e.mentions)
      if (x.start >= s.start && x.end <= at && (!holder || x.start > holder.at)) holder = { id: e.id, name: e.name, at: x.start };
  }
  const claim = ctx.claims.find((c) => c.span.start <= said.start && said.end <= c.span.end) ?? null;
  return {
    attribution: claim?.attribution ?? null,
    claim: claim?.id ?? null,
    span: said,
    holder: { entity: holder?.id ?? null, name: holder?.name ?? 'unknown' },
    date: claim?.date ?? ctx.date,
  };
}
