import type { Attribution, DocEvent, Entity, Timex, Token } from '../../doc/layers.js';
import { type Span, spanOf } from '../../doc/span.js';
import { tokenRange } from '../entities/token-index.js';
import { contentKeys, entityKey, readArguments } from './arguments.js';
import type { Claim, ClaimHolder, Modality } from './claim.js';
import { holderOf } from './holder.js';
import { CUE_MODALITY } from './lexicon.js';
import { readPredicate } from './predicate.js';
import { readQuantities } from './quantities.js';
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

/**
 * The words of the claim: the content, less a date the cue's time expression ran into
 * ("reported on Nov. | 3 that …") and the complementizer that opens it. Rule `claims/trim`.
 */
function claimSpan(input: ClaimInput, content: Span, after: Span | null): Span {
  let start = content.start;
  const end = trailingSource(input, content, after);
  for (const t of input.timexes) if (t.start < start && t.end > start && t.end < content.end) start = t.end;
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
  const modality =
    fromCue === 'deny' || fromCue === 'confirm' || reading.modality === 'assert' ? (fromCue ?? reading.modality) : reading.modality;
  const head = reading.head >= 0 ? (tokens[reading.head] as Token) : null;
  const inTimex = (s: number, e: number) => input.timexes.some((t) => t.start <= s && e <= t.end && t.type !== 'DURATION');
  const rules = [part.rule, ...reading.rules, ...(fromCue ? ['claims/cue-modality'] : [])];
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

/** Whether an event is already an attribution's (its trigger in the cue, source or content). */
function coveredByAttribution(e: DocEvent, attributions: readonly Attribution[]): boolean {
  const t = e.trigger;
  return attributions.some((a) => [a.cue, a.source, a.content].some((s) => s !== null && s.start <= t.start && t.end <= s.end));
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
  for (const e of input.events ?? []) {
    if (claims.some((c) => c.span.start <= e.trigger.start && e.trigger.end <= c.span.end)) continue;
    if (coveredByAttribution(e, input.attributions)) continue;
    const agent = e.participants.find((p) => p.role === 'agent' || p.role === 'speaker' || p.role === 'source');
    const entity = agent ? input.entities.find((x) => x.id === agent.entity) : undefined;
    const holder = entity ? { entity: entity.id, name: entity.name, key: entityKey(entity), anonymous: false, outlet: false } : null;
    const { a } = tokenRange(input.tokens, e.trigger.start, e.trigger.end);
    const sentence = (input.tokens[a] as Token).sentence;
    const inSentence = input.tokens.filter((t) => t.sentence === sentence);
    const span = spanOf(input.text, (inSentence[0] as Token).start, (inSentence[inSentence.length - 1] as Token).end);
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
