import type { Range } from '../../doc/span.js';
import { codePointToUtf16 } from './codepoints.js';

/** One gold attribution read from a PolNeAR brat file; ranges are UTF-16 offsets into the text. */
export interface GoldAttribution {
  readonly source: Range | null;
  readonly cue: Range | null;
  /** The content's extent: from its first fragment's start to its last fragment's end. */
  readonly content: Range | null;
  /** The content's fragments (discontinuous brat ranges and `Content2`), in text order. */
  readonly contentParts: Range[];
}

export interface BratProblem {
  readonly line: number;
  readonly reason: string;
}

interface TextBound {
  readonly label: string;
  readonly ranges: Range[];
}

const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/;
const EVENT = /^(E\d+)\t(.*)$/;

/** The extent of several ranges (null when there are none). */
export function extent(ranges: readonly Range[]): Range | null {
  if (ranges.length === 0) return null;
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const r of ranges) {
    start = Math.min(start, r.start);
    end = Math.max(end, r.end);
  }
  return { start, end };
}

/**
 * Parses a PolNeAR brat `.ann`: `T` lines (`Source|Cue|Content|Attribution start end[;start end]`)
 * and `E` lines (`Attribution:Tn Source:Tn Cue:Tn Content:Tn [Content2:Tn]`) that link them.
 * Lines of other kinds (notes, continuation lines of multi-line span text) are skipped.
 * Offsets are converted from code points to UTF-16 with `text`.
 */
export function parseBrat(ann: string, text: string): { attributions: GoldAttribution[]; problems: BratProblem[] } {
  const toUtf16 = codePointToUtf16(text);
  const bounds = new Map<string, TextBound>();
  const events: { line: number; args: string[] }[] = [];
  const problems: BratProblem[] = [];
  const lines = ann.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const t = TEXT_BOUND.exec(line);
    if (t) {
      const ranges = (t[3] as string).split(';').map((pair) => {
        const [s, e] = pair.split(' ').map(Number) as [number, number];
        return { start: toUtf16(s), end: toUtf16(e) };
      });
      bounds.set(t[1] as string, { label: t[2] as string, ranges });
      continue;
    }
    const e = EVENT.exec(line);
    if (e) events.push({ line: i + 1, args: (e[2] as string).trim().split(/\s+/) });
  }
  const attributions: GoldAttribution[] = [];
  for (const event of events) {
    const roles = new Map<string, Range[]>();
    for (const arg of event.args) {
      const [role, ref] = arg.split(':');
      if (role === undefined || ref === undefined) continue;
      const bound = bounds.get(ref);
      if (!bound) {
        problems.push({ line: event.line, reason: `argument ${arg} names no text-bound annotation` });
        continue;
      }
      const key = role.replace(/\d+$/, '');
      roles.set(key, [...(roles.get(key) ?? []), ...bound.ranges]);
    }
    const contentParts = (roles.get('Content') ?? []).slice().sort((a, b) => a.start - b.start);
    const content = extent(contentParts);
    if (content === null) problems.push({ line: event.line, reason: 'attribution without content' });
    attributions.push({
      source: extent(roles.get('Source') ?? []),
      cue: extent(roles.get('Cue') ?? []),
      content,
      contentParts,
    });
  }
  return { attributions, problems };
}
