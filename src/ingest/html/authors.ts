/**
 * Clean author names from what pages put in bylines and metadata: "By Jane Doe and
 * John Roe", "Jane Doe, Staff Writer", "4 Minute Read", URLs of profile pages.
 */

/** Words that make a byline piece a role, a label or a reading time, not a name. */
const NOT_A_NAME =
  /\b(minutes?|min|read|reading|updated|published|posted|staff|writer|reporter|correspondent|editor|editors|editing|edited|contributor|contributing|columnist|photographer|photos?|video|share|follow|email|twitter|facebook|and more)\b/i;
const LEAD_IN = /^(?:(?:written|reported|reporting|words|text|story|analysis)\s+)?(?:by|from)\s*[:\-–—]?\s+/i;

function tidy(piece: string): string {
  return piece
    .replace(/\s+/g, ' ')
    .replace(LEAD_IN, '')
    .replace(/^[\s|,;:•·\-–—]+|[\s|,;:•·\-–—]+$/g, '')
    .trim();
}

function looksLikeName(s: string): boolean {
  if (s.length < 2 || s.length > 60) return false;
  if (/https?:|www\.|@|\d/.test(s)) return false;
  if (NOT_A_NAME.test(s)) return false;
  const words = s.split(' ');
  if (words.length > 5) return false;
  // A name has a capitalised word (or is one of the wire agencies' all-caps names).
  return words.some((w) => /^\p{Lu}/u.test(w));
}

/** Split one byline or metadata value into names. */
export function splitAuthors(raw: string): string[] {
  const cleaned = tidy(raw.replace(/\s+/g, ' '));
  return cleaned
    .split(/\s*(?:,|;|&|\band\b|\||\/|·|•|\bwith\b)\s*/i)
    .map(tidy)
    .filter(looksLikeName);
}

/** Clean, distinct author names from several raw values (first seen first). */
export function cleanAuthors(raws: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of raws) {
    for (const name of splitAuthors(raw)) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}
