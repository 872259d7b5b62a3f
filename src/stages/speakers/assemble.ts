import type { Attribution, Entity, Sentence, Speaker, Timex, Token } from '../../doc/layers.js';
import { type Span, spanOf } from '../../doc/span.js';
import type { TaggedSpan } from '../../learn/bio.js';
import type { FoundAttribution } from '../attribution/found.js';
import { RELATIVE_PRONOUNS } from '../attribution/lexicon.js';
import { refineSpeaker } from './context.js';
import { type DateSource, presentTenseCue, statedDate } from './date.js';
import type { PreviousStatement } from './gender.js';
import { type ResolvedSpeaker, resolveSpeaker } from './resolve.js';

/** An attribution with how its speaker and date were found (extra fields the contract allows). */
export interface AttributionRecord extends Attribution {
  readonly speakerRule: string;
  readonly dateSource: DateSource | null;
}

export interface AssembleInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[] | undefined;
  readonly timexes: readonly Timex[] | undefined;
  readonly sentences: readonly Sentence[];
  /** The article's publication date (YYYY-MM-DD), when known. */
  readonly published?: string | null;
}

/** A statement inherits its speaker's occasion only from one at most this many paragraphs before it. */
const INHERIT_PARAGRAPHS = 2;

function speakerKey(s: Speaker | null): string | null {
  return s ? (s.entity ?? `name:${s.name.toLowerCase()}`) : null;
}

/**
 * Turns found attributions into attributions in text order: speaker (with the
 * previous speaker carried along for pronouns and continuing quotes) and date: stated by a
 * timex that governs the cue; else inherited from the same speaker's statement a paragraph
 * or two before (one occasion told over several paragraphs), never from further away; else,
 * for a present-tense cue ("says"), the publication date; never later than publication.
 */
export function assemble(input: AssembleInput, found: readonly FoundAttribution[]): AttributionRecord[] {
  const { text, tokens, entities, timexes } = input;
  const out: AttributionRecord[] = [];
  let previous: Speaker | null = null;
  let statement: PreviousStatement | null = null;
  const occasion = new Map<string, { date: string; paragraph: number }>();
  const published = input.published ?? null;
  const paragraphOf = (s: TaggedSpan): number => (input.sentences[(tokens[s.tokenStart] as Token).sentence] as Sentence).paragraph;
  for (const f of found) {
    const { type, content, cue, source, tokenSpans: l } = f;
    const continuing = cue === null && (type === 'direct' || l.rule === 'attribution/split-continuation');
    // "…, adding that …", "confirming that …": a participle cue shares the clause's subject
    const subjectless = cue !== null && /ing$/i.test(cue.text.split(/\s/)[0] ?? '');
    const antecedent = l.source ? relativeAntecedent(text, tokens, l.source) : null;
    const paragraph = paragraphOf(l.content);
    const resolved: ResolvedSpeaker = antecedent
      ? resolveSpeaker(antecedent, entities, previous, false)
      : refineSpeaker(resolveSpeaker(source, entities, previous, continuing, subjectless), source, entities, statement, paragraph, content);
    const key = speakerKey(resolved.speaker);
    let date = statedDate(cue, timexes, content, published);
    let dateSource: DateSource | null = date ? 'stated' : null;
    const before = key ? occasion.get(key) : undefined;
    if (!date && before && paragraph - before.paragraph <= INHERIT_PARAGRAPHS) {
      date = before.date;
      dateSource = 'inherited';
    }
    if (!date && published && presentTenseCue(cue)) {
      date = published.slice(0, 10);
      dateSource = 'published';
    }
    // the occasion moves on with the speaker: an undated statement ends the run
    if (key) {
      if (date && dateSource !== 'published') occasion.set(key, { date, paragraph });
      else occasion.delete(key);
    }
    if (resolved.speaker) {
      previous = resolved.speaker;
      statement = { speaker: resolved.speaker, paragraph, end: content.end, start: content.start };
    }
    out.push({
      id: `a${out.length + 1}`,
      type,
      content,
      cue,
      source,
      speaker: resolved.speaker,
      date,
      rule: f.rule,
      speakerRule: resolved.rule,
      dateSource,
      ...(f.nonStatement ? { nonStatement: f.nonStatement } : {}),
    });
  }
  return reportOutlets(out);
}

const REPORT_SOURCE = /^(?:a|an|the|this|that)\s+(?:\S+\s+)?(?:report|story|article)$/i;

/**
 * "… in contrast to a recent report that …" then "X News reported on …": a report named by
 * a common noun, with no entity of its own, is the report of the outlet that reports next
 * (within three statements), else of the one that reported last (rule `speaker/report-outlet`).
 */
function reportOutlets(out: AttributionRecord[]): AttributionRecord[] {
  const reporter = (a: AttributionRecord | undefined): boolean =>
    a !== undefined && a.speaker !== null && a.speaker.entity !== null && /^report/i.test(a.cue?.text ?? '');
  return out.map((a, i) => {
    if (a.speakerRule !== 'speaker/source-text' || !a.source || !REPORT_SOURCE.test(a.source.text.trim())) return a;
    const next =
      out.slice(i + 1, i + 4).find(reporter) ??
      out
        .slice(Math.max(0, i - 3), i)
        .reverse()
        .find(reporter);
    return next ? { ...a, speaker: next.speaker, speakerRule: 'speaker/report-outlet' } : a;
  });
}

const ANTECEDENT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PRON']);

/** "One of them, who asked …, said": the phrase before ", who" is who the relative pronoun stands for. */
function relativeAntecedent(text: string, tokens: readonly Token[], s: TaggedSpan): Span | null {
  if (s.tokenEnd - s.tokenStart !== 1 || !RELATIVE_PRONOUNS.has((tokens[s.tokenStart] as Token).text.toLowerCase())) return null;
  const comma = s.tokenStart - 1;
  if (comma < 1 || (tokens[comma] as Token).text !== ',') return null;
  const sentence = (tokens[comma] as Token).sentence;
  let a = comma;
  while (a > 0 && a > comma - 8) {
    const t = tokens[a - 1] as Token;
    if (t.sentence !== sentence || !ANTECEDENT.has(t.pos)) break;
    a--;
  }
  return a === comma ? null : spanOf(text, (tokens[a] as Token).start, (tokens[comma - 1] as Token).end);
}
