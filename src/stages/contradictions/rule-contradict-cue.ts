import type { Claim } from '../claims/claim.js';
import type { Candidate } from './candidate.js';
import { gist, narratorSide, type PairContext, sideOf, sideWithin, trimClause } from './context.js';
import { VERDICT_SENTENCES } from './rule-verdict.js';

/** Cues by which the article says one account goes against another. */
export const CONTRADICT_CUE = /\b(?:contradict(?:s|ed|ing)?|contrary to|at odds with|disputed|disputing)\b/i;

/** "did not contradict", "never disputed": the cue under negation grants the account. */
const NEGATED = /\b(?:not|n['’]t|never|no)\s+(?:\w+\s+)?$/i;

/** An account named right after the cue, whose words follow: "comments from X that …", "X's claim that …". */
const ACCOUNT_THAT =
  /\b(?:comments?|claims?|statements?|remarks?|assertions?|testimony|account|words|insistence|argument)\b[^.;]*?\b(?:that|saying)\b\s*/i;

/**
 * A fronted "contrary to" / "in contrast to" phrase naming an account, then the clause it sets
 * against it: "contrary to the claims of some candidates, he's not plotting …", "contrary to
 * X's arguments in court, he saw X carrying weapons".
 */
const FRONTED_ACCOUNT =
  /^\s*(?:the\s+|\w+['’]s?\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:claims?|reports?|statements?|assertions?|arguments?|accounts?|testimony|suggestions?|allegations?|insistence)\b[^,;.]{0,80}?,\s*/i;

/** What names an account after the cue ("what X said", "X's comments"). */
const ACCOUNT_WORDS =
  /\b(?:what\b[^.;]*?\b(?:said|says|say|told|claimed|asserted|insisted)|comments?|claims?|statements?|remarks?|account|assertions?)\b/i;

/** Whether `at` lies inside a source's quoted words (a quotation mark before it in its claim): the cue is then theirs, not the article's. */
function quoted(ctx: PairContext, at: number): boolean {
  return ctx.claims.some(
    (c) => c.holder !== null && c.span.start <= at && at < c.span.end && /["“”'']/.test(ctx.text.slice(c.span.start, at)),
  );
}

/** The ids of the entities mentioned in [start, end), in text order. */
function entitiesIn(ctx: PairContext, start: number, end: number): string[] {
  const hits: { id: string; at: number }[] = [];
  for (const e of ctx.entities) for (const m of e.mentions) if (m.start >= start && m.end <= end) hits.push({ id: e.id, at: m.start });
  return hits.sort((x, y) => x.at - y.at).map((h) => h.id);
}

/** The nearest claim of `entity` before `before`, within VERDICT_SENTENCES sentences back from sentence `index`. */
function earlierClaimOf(ctx: PairContext, entity: string, before: number, index: number): Claim | null {
  const from = ctx.sentences[Math.max(0, index - VERDICT_SENTENCES)]?.start ?? 0;
  let out: Claim | null = null;
  for (const c of ctx.claims)
    if (c.holder?.entity === entity && c.span.start >= from && c.span.end <= before && (!out || c.span.start > out.span.start)) out = c;
  return out;
}

/**
 * "contradict", "contrary to", "at odds with", "disputed" in the article's words, with both
 * accounts at hand:
 * - a source contradicting another ("Nieto, contradicting Trump, said …"): the source's claim in
 *   the sentence (its cue after the cue word) against the other's nearest claim before it;
 * - the account named after the cue ("appears to contradict comments from X that …"): its words
 *   against the part of the sentence before them;
 * - the account in the next sentence ("It contradicted what X said. They had asserted that …"):
 *   that sentence's claim of X against the cue sentence.
 * Not a cue inside a source's quoted words, nor one under negation ("did not contradict").
 * Rule `contradictions/contradict-cue`.
 */
export function contradictCuePairs(ctx: PairContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, index) => {
    const sentence = ctx.text.slice(s.start, s.end);
    const m = CONTRADICT_CUE.exec(sentence);
    if (!m || NEGATED.test(sentence.slice(0, m.index))) return;
    const at = s.start + m.index;
    if (quoted(ctx, at)) return;
    const after = at + m[0].length;
    const before = new Set(entitiesIn(ctx, s.start, at));
    const object = entitiesIn(ctx, after, s.end)[0];
    const reason = `the article says "${m[0]}"`;
    // a source contradicting another
    const source = ctx.claims.find(
      (c) => c.cue !== null && c.cue.start >= after && c.span.end <= s.end && c.holder?.entity && before.has(c.holder.entity),
    );
    if (source && object && object !== source.holder?.entity) {
      const other = earlierClaimOf(ctx, object, s.start, index);
      if (other) {
        out.push({
          kind: 'account-differs',
          a: sideOf(other),
          b: sideOf(source),
          reason: `${reason}: ${source.holder?.name} against ${other.holder?.name} — ${gist(other.span.text)}`,
          confidence: 0.75,
          rule: 'contradictions/contradict-cue',
        });
        return;
      }
    }
    // the account named after the cue, its words in the sentence
    const named = ACCOUNT_THAT.exec(ctx.text.slice(after, s.end));
    if (named) {
      const start = after + named.index + named[0].length;
      if (s.end - start > 12) {
        out.push({
          kind: 'statement-vs-report',
          a: narratorSide(ctx, trimClause(ctx, start, s.end, true)),
          b: narratorSide(ctx, trimClause(ctx, s.start, start, true)),
          reason: `${reason} against an account: ${gist(ctx.text.slice(start, s.end))}`,
          confidence: 0.7,
          rule: 'contradictions/contradict-cue',
        });
        return;
      }
    }
    // a fronted phrase naming an account ("contrary to the claims of …,"), against the clause after it
    const fronted = /^(?:contrary to|in contrast to)$/i.test(m[0]) ? FRONTED_ACCOUNT.exec(ctx.text.slice(after, s.end)) : null;
    if (fronted) {
      const clause = after + fronted[0].length;
      const account = trimClause(ctx, after, clause, true);
      const rest = trimClause(ctx, clause, s.end, true);
      if (rest.end - rest.start > 12) {
        out.push({
          kind: 'account-differs',
          a: narratorSide(ctx, account),
          b: sideWithin(ctx, rest),
          reason: `${reason} ${gist(account.text)}: ${gist(rest.text)}`,
          confidence: 0.7,
          rule: 'contradictions/contradict-cue',
        });
        return;
      }
    }
    // the account in the next sentence, held by the one named after the cue
    const next = ctx.sentences[index + 1];
    if (!next || !ACCOUNT_WORDS.test(ctx.text.slice(after, s.end))) return;
    const objectName = ctx.entities.find((e) => e.id === object)?.name ?? null;
    const account = ctx.claims.find(
      (c) =>
        c.span.start >= next.start &&
        c.span.end <= next.end &&
        c.holder !== null &&
        ((object !== undefined && c.holder.entity === object) ||
          (objectName !== null && c.holder.name.includes(objectName.split(' ').at(-1) as string))),
    );
    if (!account) return;
    out.push({
      kind: 'statement-vs-report',
      a: sideOf(account),
      b: narratorSide(ctx, trimClause(ctx, s.start, s.end, true)),
      reason: `${reason}: ${account.holder?.name} — ${gist(account.span.text)}`,
      confidence: 0.7,
      rule: 'contradictions/contradict-cue',
    });
  });
  return out;
}
