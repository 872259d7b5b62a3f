import type { DocumentOutput } from '../output/schema.js';
import { printable } from './printable.js';

/** ANSI styles per annotation kind. */
const STYLE = {
  PERSON: '36', // cyan
  ORG: '35', // magenta
  GPE: '34', // blue
  LOC: '34',
  NORP: '34',
  OTHER: '34',
  timex: '33', // yellow
  quote: '32', // green
  cue: '1', // bold
  source: '4', // underline
} as const;

type StyleName = keyof typeof STYLE;

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly style: StyleName;
}

function marksOf(doc: DocumentOutput): Mark[] {
  const marks: Mark[] = [];
  for (const a of doc.attributions) {
    marks.push({ start: a.content.start, end: a.content.end, style: 'quote' });
    if (a.cue) marks.push({ start: a.cue.start, end: a.cue.end, style: 'cue' });
    if (a.source) marks.push({ start: a.source.start, end: a.source.end, style: 'source' });
  }
  for (const t of doc.timexes) marks.push({ start: t.start, end: t.end, style: 'timex' });
  for (const e of doc.entities) for (const m of e.mentions) marks.push({ start: m.start, end: m.end, style: e.type });
  return marks;
}

/** The label of a mark in the plain rendering. */
const LABEL: Record<StyleName, string> = {
  PERSON: 'PERSON',
  ORG: 'ORG',
  GPE: 'GPE',
  LOC: 'LOC',
  NORP: 'NORP',
  OTHER: 'OTHER',
  timex: 'time',
  quote: 'quote',
  cue: 'cue',
  source: 'source',
};

/**
 * The article text with its annotations coloured: entity mentions by type, time
 * expressions yellow, quoted content green, cues bold, sources underlined. Without
 * colour (a pipe, a file, NO_COLOR) each annotation is in brackets followed by its labels:
 * `[Teresa Okafor]{PERSON source}`. Control characters of the text are shown, not obeyed.
 */
export function renderArticle(doc: DocumentOutput, colour: boolean): string {
  if (!colour) return plainArticle(doc);
  const marks = marksOf(doc);
  const cuts = new Set<number>([0, doc.text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    const piece = printable(doc.text.slice(start, end));
    const codes = [...new Set(marks.filter((m) => m.start <= start && m.end >= end).map((m) => STYLE[m.style]))];
    out += codes.length > 0 ? piece.replace(/[^\n]+/g, (run) => `\x1b[${codes.join(';')}m${run}\x1b[0m`) : piece;
  }
  return out;
}

/**
 * The text with `[` where annotations start and `]{labels}` where they end; spans with
 * the same range share one pair of brackets. Nested spans nest; crossing ones (rare)
 * close in the order they end.
 */
export function plainArticle(doc: DocumentOutput): string {
  const byRange = new Map<string, { start: number; end: number; labels: string[] }>();
  for (const m of marksOf(doc)) {
    if (m.end <= m.start) continue;
    const key = `${m.start}:${m.end}`;
    const range = byRange.get(key) ?? { start: m.start, end: m.end, labels: [] };
    if (!range.labels.includes(LABEL[m.style])) range.labels.push(LABEL[m.style]);
    byRange.set(key, range);
  }
  const opens = new Map<number, number>();
  const closes = new Map<number, { end: number; start: number; labels: string[] }[]>();
  for (const r of byRange.values()) {
    opens.set(r.start, (opens.get(r.start) ?? 0) + 1);
    closes.set(r.end, [...(closes.get(r.end) ?? []), r]);
  }
  const cuts = [...new Set([0, doc.text.length, ...opens.keys(), ...closes.keys()])].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i] ?? 0;
    // The innermost (latest start) closes first.
    for (const r of (closes.get(at) ?? []).sort((a, b) => b.start - a.start)) out += `]{${r.labels.join(' ')}}`;
    out += '['.repeat(opens.get(at) ?? 0);
    out += printable(doc.text.slice(at, cuts[i + 1] ?? at));
  }
  return out;
}

/** The key to the colours (to the labels without colour), for the end of `show`. */
export function legend(colour: boolean): string {
  if (!colour)
    return '[text]{labels}: PERSON, ORG, GPE, LOC, NORP, OTHER entity mentions; time expressions; quote (quoted or attributed content), its cue and source';
  const item = (style: StyleName, label: string) => `\x1b[${STYLE[style]}m${label}\x1b[0m`;
  return [
    item('PERSON', 'person'),
    item('ORG', 'organisation'),
    item('GPE', 'place'),
    item('timex', 'time'),
    item('quote', 'quoted/attributed'),
    item('cue', 'cue'),
    item('source', 'source'),
  ].join('  ');
}

/** Whether to colour standard output: a terminal, and NO_COLOR unset (FORCE_COLOR forces it). */
export function useColour(stream: { readonly isTTY?: boolean } = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.NO_COLOR === undefined;
}
