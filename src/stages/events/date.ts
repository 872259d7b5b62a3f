import type { Attribution, Timex, Token } from '../../doc/layers.js';
import { closesClause, type EventContext } from './context.js';
import type { EventGrammar } from './grammar.js';

/** An event's date with the rule that gave it. */
export interface EventDate {
  readonly value: string | null;
  readonly rule: string;
}

/** A timex value an event can take as its date: a calendar date (the day part of a time). */
export function calendarValue(t: Timex): string | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  const m = /^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q\d)?/.exec(t.value);
  return m ? m[0] : null;
}

/** Per document: the dated timexes, with the token range each covers. */
export interface DatedTimex {
  readonly value: string;
  readonly first: number;
  readonly last: number;
  readonly sentence: number;
  readonly anchor: number | undefined;
}

export function datedTimexes(ctx: EventContext, timexes: readonly Timex[]): DatedTimex[] {
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  ctx.tokens.forEach((t, i) => {
    byStart.set(t.start, i);
    byEnd.set(t.end, i);
  });
  const out: DatedTimex[] = [];
  for (const t of timexes) {
    const value = calendarValue(t);
    const first = byStart.get(t.start);
    const last = byEnd.get(t.end);
    if (value === null || first === undefined || last === undefined) continue;
    out.push({
      value,
      first,
      last,
      sentence: (ctx.tokens[first] as Token).sentence,
      anchor: t.anchor ? byStart.get(t.anchor.start) : undefined,
    });
  }
  return out;
}

/** A timex in the same clause as token `i`: nothing that closes a clause, and no other verb, between them. */
function sameClause(tokens: readonly Token[], i: number, t: DatedTimex): boolean {
  const [from, to] = i < t.first ? [i + 1, t.first] : [t.last + 1, i];
  for (let k = from; k < to; k++) if (closesClause(tokens[k] as Token) || (tokens[k] as Token).pos === 'VERB') return false;
  return to - from <= 8;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const STORY_DAYS = 7;

/**
 * The day a news story's past events happened when an earlier sentence named it: the last
 * day-precise date before token `i`, in the week up to the publication date ("On Monday,
 * Apple unveiled … The phone was praised …": both on Monday's date). Null when none.
 */
function storyDay(dated: readonly DatedTimex[], i: number, published: string): string | null {
  const index = storyDayIndex(dated, published);
  // the scan stops at the first timex at or after `i`: the first k whose running maximum of `first` reaches i
  let lo = 0;
  let hi = dated.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.maxFirst[mid] as number) >= i) hi = mid;
    else lo = mid + 1;
  }
  return lo === 0 ? null : (index.last[lo - 1] as string | null);
}

interface StoryDayIndex {
  readonly published: string;
  /** Per timex, the largest `first` up to it. */
  readonly maxFirst: Int32Array;
  /** Per timex, the story day a scan up to it (inclusive) would have found. */
  readonly last: (string | null)[];
}

const storyDayIndexes = new WeakMap<readonly DatedTimex[], StoryDayIndex>();

/** What `storyDay` would find for every prefix of `dated`, built once per document (was: a scan per event). */
function storyDayIndex(dated: readonly DatedTimex[], published: string): StoryDayIndex {
  const hit = storyDayIndexes.get(dated);
  if (hit && hit.published === published) return hit;
  const maxFirst = new Int32Array(dated.length);
  const last: (string | null)[] = new Array(dated.length);
  let max = -1;
  let found: string | null = null;
  dated.forEach((d, k) => {
    max = Math.max(max, d.first);
    maxFirst[k] = max;
    if (DAY.test(d.value) && d.value <= published) {
      const days = (Date.parse(published) - Date.parse(d.value)) / 86_400_000;
      if (days <= STORY_DAYS) found = d.value;
    }
    last[k] = found;
  });
  const index = { published, maxFirst, last };
  storyDayIndexes.set(dated, index);
  return index;
}

/** The dated timexes by anchor token (the first in list order) and by sentence (in list order). */
interface DatedIndex {
  readonly byAnchor: Map<number, DatedTimex>;
  readonly bySentence: Map<number, DatedTimex[]>;
}

const datedIndexes = new WeakMap<readonly DatedTimex[], DatedIndex>();

/** Built once per document (was: a scan of every dated timex per event, twice). */
function datedIndex(dated: readonly DatedTimex[]): DatedIndex {
  const hit = datedIndexes.get(dated);
  if (hit) return hit;
  const byAnchor = new Map<number, DatedTimex>();
  const bySentence = new Map<number, DatedTimex[]>();
  for (const d of dated) {
    if (d.anchor !== undefined && !byAnchor.has(d.anchor)) byAnchor.set(d.anchor, d);
    const list = bySentence.get(d.sentence);
    if (list) list.push(d);
    else bySentence.set(d.sentence, [d]);
  }
  const index = { byAnchor, bySentence };
  datedIndexes.set(dated, index);
  return index;
}

/**
 * The date of the event at token `i`, by the first rule that gives one:
 * `events/date-governing-timex` (the time stage anchored a date on this trigger: "said on
 * Thursday", "the Nov. 1 murder", "In February, … designated"), `events/date-same-clause`
 * (a date in the trigger's clause, no other verb nor anything opening another clause between
 * them), `events/date-statement`
 * (a reporting trigger that is an attribution's cue takes its date), `events/date-story-day`
 * (a past main event on the day an earlier sentence named, within the week before publication),
 * `events/date-publication` (the sentence's main event, past or present, on the article's
 * date), else null.
 */
export function eventDate(
  ctx: EventContext,
  i: number,
  dated: readonly DatedTimex[],
  cue: Attribution | undefined,
  grammar: EventGrammar,
  main: boolean,
): EventDate {
  const t = ctx.tokens[i] as Token;
  const index = datedIndex(dated);
  const governing = index.byAnchor.get(i);
  if (governing) return { value: governing.value, rule: 'events/date-governing-timex' };
  const near = (index.bySentence.get(t.sentence) ?? [])
    .filter((d) => d.anchor !== undefined && sameClause(ctx.tokens, i, d))
    .sort((a, b) => Math.abs(a.first - i) - Math.abs(b.first - i))[0];
  if (near) return { value: near.value, rule: 'events/date-same-clause' };
  if (cue?.date) return { value: cue.date, rule: 'events/date-statement' };
  const finite = grammar.tense === 'PAST' || grammar.tense === 'PRESENT';
  if (main && finite && grammar.modality === undefined && ctx.doc.date) {
    const story = grammar.tense === 'PAST' ? storyDay(dated, i, ctx.doc.date) : null;
    if (story) return { value: story, rule: 'events/date-story-day' };
    return { value: ctx.doc.date, rule: 'events/date-publication' };
  }
  return { value: null, rule: 'events/date-none' };
}
