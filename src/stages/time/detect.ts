import type { Chrono } from 'chrono-node';
import { chronoDetections } from './chrono-layer.js';
import { NEWS_PARSERS } from './parsers/index.js';
import type { Detection, NewsParser } from './types.js';

/** Cheap test for a sentence worth parsing: a digit, a month or weekday name, or a time word. */
export const TRIGGER =
  /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\b(?:now|current|recent|previous|formerly|lately|soon|future|past|ago|today|tonight|yesterday|tomorrow|overnight|morning|afternoon|evening|night|noon|midnight|day|week|month|year|decade|centur|hour|minute|second|quarter|half|period|spring|summer|fall|autumn|winter|daily|nightly|hourly|annually|yearly|christmas|thanksgiving|easter|election|labor|memorial|independence|veterans|halloween|valentine|new year|season|eighties|nineties|seventies|sixties|fifties|forties|thirties|twenties|present|these days|once|nineteen|thousand)/i;
/** Clock times and numeric dates: where chrono's stated-date grammar is worth running. */
const CHRONO_TRIGGER = /\d\s*(?:[ap]\.?m\b|:\d\d)|\b(?:noon|midnight)\b|\b\d{1,4}[/-]\d{1,2}[/-]\d{2,4}\b/i;

/** Rank of each parser by its place in NEWS_PARSERS: the tie-break of the merge (first place wins for a name used twice). */
const PARSER_RANK = new Map([...NEWS_PARSERS].reverse().map((p, i) => [p.name, NEWS_PARSERS.length - 1 - i]));

function runParser(parser: NewsParser, text: string, out: Detection[]): void {
  if (parser.gate && !parser.gate.test(text)) return;
  parser.pattern.lastIndex = 0;
  for (let match = parser.pattern.exec(text); match !== null; match = parser.pattern.exec(text)) {
    if (match[0].length === 0) {
      parser.pattern.lastIndex++;
      continue;
    }
    const found = parser.extract(match, text);
    if (!found) continue;
    let start = found.start ?? match.index;
    let end = found.end ?? match.index + match[0].length;
    if (/['’]s$/.test(text.slice(start, end))) end -= 2; // TimeML leaves the possessive out: "Friday's"
    // "the third-quarter results", "the two-week strike": the article belongs to the noun, not the timex.
    if (/^the [\w-]+-(?:quarter|half|year|month|week|day|hour|minute)$/i.test(text.slice(start, end))) start += 4;
    if (end <= start) continue;
    out.push({
      start,
      end,
      type: found.type,
      rule: parser.name,
      resolve: found.resolve,
      ...(found.direction ? { direction: found.direction } : {}),
      ...(found.carried ? { carried: true } : {}),
    });
  }
}

/** Longest span first, then parser order; a find overlapping a kept one is dropped. */
export function mergeDetections(found: readonly Detection[], rank: (d: Detection) => number): Detection[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const kept: Detection[] = [];
  for (const d of sorted) {
    if (kept.some((k) => k.start < d.end && d.start < k.end)) continue;
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Every time expression in one sentence's text; offsets relative to that text. */
export function detectTimexes(text: string, engine: Chrono): Detection[] {
  if (!TRIGGER.test(text)) return [];
  const found: Detection[] = [];
  for (const parser of NEWS_PARSERS) runParser(parser, text, found);
  if (CHRONO_TRIGGER.test(text)) found.push(...chronoDetections(engine, text));
  return mergeDetections(found, (d) => PARSER_RANK.get(d.rule) ?? NEWS_PARSERS.length);
}
