import type { DocumentOutput } from '../output/schema.js';

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

/**
 * The article text with its annotations coloured: entity mentions by type, time
 * expressions yellow, quoted content green, cues bold, sources underlined. Without
 * colour it is the text unchanged.
 */
export function renderArticle(doc: DocumentOutput, colour: boolean): string {
  if (!colour) return doc.text;
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
    const piece = doc.text.slice(start, end);
    const codes = [...new Set(marks.filter((m) => m.start <= start && m.end >= end).map((m) => STYLE[m.style]))];
    out += codes.length > 0 ? piece.replace(/[^\n]+/g, (run) => `\x1b[${codes.join(';')}m${run}\x1b[0m`) : piece;
  }
  return out;
}

/** The key to the colours, for the end of `show`. */
export function legend(colour: boolean): string {
  if (!colour) return '';
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
