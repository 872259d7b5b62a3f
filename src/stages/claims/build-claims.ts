import type { Attribution, DocEvent, Entity, Timex, Token } from '../../doc/layers.js';
import { type Span, spanOf } from '../../doc/span.js';
import { tokenRange } from '../entities/token-index.js';
import { IndexCache, IntervalIndex } from '../shared/interval-index.js';
import { contentKeys, entityKey, readArguments } from './arguments.js';
import type { Claim, ClaimHolder, Modality } from './claim.js';
import { holderOf } from './holder.js';
import { CUE_MODALITY } from './lexicon.js';
import { readPredicate } from './predicate.js';
import { readQuantities } from './quantities.js';
import { asksAt } from './question.js';
import type { Synonyms } from './synonyms.js';

/** What the claim builder reads: the document's layers. `events` is the optional second source. */
export interface ClaimInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
  readonly timexes: readonly Timex[];
  readonly attributions: readonly Attribution[];
  /** Reported events (an `events` layer), when a stage provides them. */
  readonly events?: readonly DocEvent[];
}

const timexIndex = new IndexCache<Timex>((t) => t);

/**
 * The words of the claim: the content, less a date the cue's time expression ran into
 * ("reported on Nov. | 3 that …") and the complementizer that opens it. Rule `claims/trim`.
 */
function claimSpan(input: ClaimInput, content: Span, after: Span | null): Span {
  let start = content.start;
  const end = trailingSource(input, content, after);
  // the timexes that can hold the start (by index, in list order; was every timex per claim)
  for (const i of timexIndex.of(input.timexes).all(content.end, content.start)) {
    const t = input.timexes[i] as Timex;
    if (t.start < start && t.end > start && t.end < content.end) start = t.end;
  }
  const rest = input.text.slice(start, end);
  const lead = /^\s*(that\s+)?/i.exec(rest)?.[0].length ?? 0;
  start += lead;
  if (start >= end) return content;
  return spanOf(input.text, start, end);
}

/**
 * "…, the city's Harbor Commissioner | Ana Lind said": a content that runs into the title before
 * its source ends at its last comma, when what follows holds no verb and reaches the source
 * or cue. Rule `claims/trim`.
 */
function trailingSource(input: ClaimInput, content: Span, after: Span | null): number {
  if (!after || after.start < content.end || after.start - content.end > 2) return content.end;
  const comma = content.text.lastIndexOf(',');
  if (comma <= 0) return content.end;
  const { a, b } = tokenRange(input.tokens, content.start + comma + 1, content.end);
  if (b - a > 6 || input.tokens.slice(a, b).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON')) return content.end;
  return content.start + comma;
}

/** The modality the cue gives ("denied", "confirmed", "reported"), from its verbs' lemmas. */
function cueModality(tokens: readonly Token[], cue: Span | null): Modality | null {
  if (!cue) return null;
  const { a, b } = tokenRange(tokens, cue.start, cue.end);
  for (let i = b - 1; i >= a; i--) {
    const m = CUE_MODALITY.get((tokens[i] as Token).lemma.toLowerCase());
    if (m) return m;
  }
  return null;
}

interface Part {
  readonly span: Span;
  readonly cue: Span | null;
  readonly holder: ClaimHolder | null;
  readonly date: string | null;
  readonly attribution: string | null;
  readonly event: string | null;
  readonly statement: string | null;
  readonly rule: string;
}

function toClaim(input: ClaimInput, synonyms: Synonyms, part: Part, id: string): Claim {
  const { tokens, text } = input;
  const { a, b } = tokenRange(tokens, part.span.start, part.span.end);
  const reading = readPredicate(tokens, a, b);
  const fromCue = cueModality(tokens, part.cue);
  const asks = reading.head >= 0 && asksAt(tokens, reading.head);
  const modality = asks
    ? 'ask'
    : fromCue === 'deny' || fromCue === 'confirm' || reading.modality === 'assert'
      ? (fromCue ?? reading.modality)
      : reading.modality;
  const head = reading.head >= 0 ? (tokens[reading.head] as Token) : null;
  const inTimex = (s: number, e: number) =>
    timexIndex
      .of(input.timexes)
      .all(s + 1, e - 1)
      .some((i) => {
        const t = input.timexes[i] as Timex;
        return t.start <= s && e <= t.end && t.type !== 'DURATION';
      });
  const rules = [part.rule, ...reading.rules, ...(fromCue ? ['claims/cue-modality'] : []), ...(asks ? ['claims/question'] : [])];
  return {
    id,
    attribution: part.attribution,
    event: part.event,
    statement: part.statement ?? id,
    span: part.span,
    cue: part.cue,
    holder: part.holder,
    date: part.date,
    polarity: reading.polarity,
    modality,
    predicate: head ? { lemma: head.lemma.toLowerCase(), start: head.start, end: head.end } : null,
    args: readArguments(text, tokens, a, b, input.entities),
    quantities: readQuantities(text, tokens, a, b, inTimex),
    keys: contentKeys(tokens, a, b, input.entities, synonyms),
    rule: rules.join('+'),
  };
}

/** Fragments of one statement share source and cue spans; the key is null without a cue. */
function statementKey(a: Attribution): string | null {
  if (!a.cue) return null;
  return `${a.source?.start ?? -1}:${a.source?.end ?? -1}|${a.cue.start}:${a.cue.end}`;
}

/**
 * Whether some span of a set holds [start, end): spans sorted by start with the running
 * maximum of their ends, so that a question costs a binary search (was: every span).
 */
class SpanCover {
  readonly #starts: number[] = [];
  readonly #maxEnds: number[] = [];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((x, y) => x.start - y.start);
    let max = Number.NEGATIVE_INFINITY;
    for (const s of sorted) {
      max = Math.max(max, s.end);
      this.#starts.push(s.start);
      this.#maxEnds.push(max);
    }
  }

  /** True when a span `s` has `s.start <= start && end <= s.end`. */
  holds(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#starts[mid] as number) <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.#maxEnds[lo - 1] as number) >= end;
  }
}

/** The spans of the attributions (cue, source, content): an event inside one is already theirs. */
function attributionSpans(attributions: readonly Attribution[]): Span[] {
  const spans: Span[] = [];
  for (const a of attributions) for (const s of [a.cue, a.source, a.content]) if (s !== null) spans.push(s);
  return spans;
}

/** Per sentence index, its first and last token (as `tokens.filter(t => t.sentence === s)` would give). */
function sentenceBounds(tokens: readonly Token[]): Map<number, [number, number]> {
  const bounds = new Map<number, [number, number]>();
  tokens.forEach((t, i) => {
    const b = bounds.get(t.sentence);
    if (b) b[1] = i;
    else bounds.set(t.sentence, [i, i]);
  });
  return bounds;
}

/**
 * One normalized claim per attribution (holder, date, polarity, modality, predicate and
 * arguments), fragments of one statement tied by `statement` (rule `claims/statement`), then
 * one per reported event that no attribution already covers (rule `claims/event`).
 */
export function buildClaims(input: ClaimInput, synonyms: Synonyms): Claim[] {
  const claims: Claim[] = [];
  const statements = new Map<string, string>();
  for (const a of input.attributions) {
    const key = statementKey(a);
    const first = key ? statements.get(key) : undefined;
    const id = `c${claims.length + 1}`;
    if (key && !first) statements.set(key, id);
    const { holder, rule } = holderOf(a, input.entities);
    const next =
      [a.source, a.cue].filter((x): x is Span => x !== null && x.start >= a.content.end).sort((x, y) => x.start - y.start)[0] ?? null;
    const span = claimSpan(input, a.content, next);
    claims.push(
      toClaim(
        input,
        synonyms,
        {
          span,
          cue: a.cue,
          holder,
          date: a.date,
          attribution: a.id,
          event: null,
          statement: first ?? null,
          rule: `claims/attribution+${rule}${first ? '+claims/statement' : ''}`,
        },
        id,
      ),
    );
  }
  const events = input.events ?? [];
  if (events.length === 0) return claims;
  const ofAttributions = new SpanCover(claims.map((c) => c.span));
  const inAttribution = new SpanCover(attributionSpans(input.attributions));
  // the sentences already claimed by an event, found by index (was: every claimed sentence per event)
  const bounds = sentenceBounds(input.tokens);
  const sentences = [...bounds.keys()];
  const sentenceAt = new Map(sentences.map((k, i) => [k, i]));
  const sentenceSpans = sentences.map((k) => {
    const [first, last] = bounds.get(k) as [number, number];
    return { start: (input.tokens[first] as Token).start, end: (input.tokens[last] as Token).end };
  });
  const sentenceIndex = new IntervalIndex(sentenceSpans);
  const claimed = new Uint8Array(sentences.length);
  const inClaimedSentence = (start: number, end: number): boolean =>
    sentenceIndex
      .all(start + 1, end - 1)
      .some(
        (i) =>
          claimed[i] === 1 && (sentenceSpans[i] as { start: number }).start <= start && end <= (sentenceSpans[i] as { end: number }).end,
      );
  const entityById = new Map<string, Entity>();
  for (const x of input.entities) if (!entityById.has(x.id)) entityById.set(x.id, x);
  for (const e of events) {
    const { start, end } = e.trigger;
    if (ofAttributions.holds(start, end) || inClaimedSentence(start, end)) continue;
    if (inAttribution.holds(start, end)) continue;
    const agent = e.participants.find((p) => p.role === 'agent' || p.role === 'speaker' || p.role === 'source');
    const entity = agent ? entityById.get(agent.entity) : undefined;
    const holder = entity ? { entity: entity.id, name: entity.name, key: entityKey(entity), anonymous: false, outlet: false } : null;
    const { a } = tokenRange(input.tokens, start, end);
    const sentence = (input.tokens[a] as Token).sentence;
    const [first, last] = bounds.get(sentence) as [number, number];
    const span = spanOf(input.text, (input.tokens[first] as Token).start, (input.tokens[last] as Token).end);
    claimed[sentenceAt.get(sentence) as number] = 1;
    claims.push(
      toClaim(
        input,
        synonyms,
        { span, cue: null, holder, date: e.date, attribution: null, event: e.id, statement: null, rule: 'claims/event' },
        `c${claims.length + 1}`,
      ),
    );
  }
  return claims;
}
