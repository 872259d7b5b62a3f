import type { DocumentOutput } from '../../src/output/schema.js';
import type { ArticleInput } from '../../src/store/write-batch.js';

/** A small hand-made analysed article: entities by name, quotes by speaker. Texts are invented. */
export interface FixtureSpec {
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
  /** [name, type, [mention strings found in text (first occurrence after the previous)], roles?] */
  readonly entities?: readonly [string, 'PERSON' | 'ORG' | 'GPE', readonly string[], (readonly string[])?][];
  /** [quoted content (a substring), speaker entity name or null, date said or null] */
  readonly quotes?: readonly [string, string | null, string | null][];
  readonly timexes?: readonly [string, string][];
  readonly events?: readonly [string, string, string[]][];
  readonly outlet?: string;
  /** Fields beyond the contract, as stages add them: on every mention, timex and attribution. */
  readonly extras?: boolean;
}

function spanOf(text: string, part: string, from = 0): { start: number; end: number; text: string } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(part)} not in text`);
  return { start, end: start + part.length, text: part };
}

export function fixture(spec: FixtureSpec): ArticleInput {
  const text = spec.text;
  const entities = (spec.entities ?? []).map(([name, type, mentions, roles], i) => {
    let from = 0;
    return {
      id: `e${i}`,
      name,
      type,
      roles: [...(roles ?? [])],
      mentions: mentions.map((m) => {
        const s = spanOf(text, m, from);
        from = s.end;
        return spec.extras ? { ...s, kind: 'name', rule: 'fixture/mention' } : s;
      }),
      rule: 'fixture',
    };
  });
  const localOf = (name: string | null) => (name === null ? null : (entities.find((e) => e.name === name)?.id ?? null));
  const output: DocumentOutput = {
    schema: 'dateline/1',
    id: spec.id,
    date: spec.date,
    text,
    title: null,
    url: null,
    outlet: spec.outlet ?? null,
    authors: [],
    published: null,
    language: null,
    entities,
    attributions: (spec.quotes ?? []).map(([content, speaker, date], i) => ({
      id: `a${i}`,
      type: 'direct',
      content: spanOf(text, content),
      cue: spanOf(text, 'said'),
      source: null,
      speaker: speaker === null ? null : { entity: localOf(speaker), name: speaker },
      date,
      ...(spec.extras ? { speakerRule: 'fixture/speaker' } : {}),
    })),
    timexes: (spec.timexes ?? []).map(([t, value]) => ({
      ...spanOf(text, t),
      type: 'DATE',
      value,
      ...(spec.extras ? { anchor: { start: 0, end: 4 } } : {}),
    })),
    events: (spec.events ?? []).map(([trigger, date, who], i) => ({
      id: `v${i}`,
      type: 'meeting',
      trigger: spanOf(text, trigger),
      date,
      place: null,
      participants: who.map((w) => ({ entity: localOf(w) ?? 'none', role: 'agent' })),
    })),
    contradictions: [],
  };
  return { output, outlet: spec.outlet ?? null };
}
