/**
 * Rules over the body's paragraphs, after the block is picked: what extractors keep that
 * is not the article (the headline again, a byline, a date line, a reading time, sharing
 * and newsletter prompts at the end). Each rule is named; order is this list's.
 */
export interface ParagraphRule {
  readonly name: string;
  /** Where it looks: the leading or trailing paragraphs, or every one. */
  readonly where: 'lead' | 'tail' | 'any';
  readonly drop: (paragraph: string, context: { readonly title: string | null }) => boolean;
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

export const PARAGRAPH_RULES: readonly ParagraphRule[] = [
  { name: 'body/headline-repeat', where: 'lead', drop: (p, { title }) => title !== null && norm(p) === norm(title) },
  {
    name: 'body/byline',
    where: 'lead',
    drop: (p) =>
      p.length < 120 &&
      /^(?:[Ww]ritten |[Rr]eported |[Ww]ords |[Ss]tory )?(?:By|BY|by)\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)*(?:\s*(?:,|and|&)\s*\p{Lu}\S*(?:\s+\p{Lu}\S*)*)*$/u.test(
        p,
      ),
  },
  { name: 'body/reading-time', where: 'any', drop: (p) => p.length < 40 && /^\d+\s*(?:-\s*)?(?:min|minute)s?(?:\s+read)?$/i.test(p) },
  {
    name: 'body/date-line',
    where: 'lead',
    drop: (p) =>
      p.length < 80 &&
      (new RegExp(
        `^(?:(?:published|updated|posted)[: ]+)?(?:\\w+day,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[ ,]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?$`,
        'i',
      ).test(p) ||
        /^(?:published|updated|posted)\b.{0,60}\d/i.test(p)),
  },
  {
    name: 'body/share-prompt',
    where: 'tail',
    drop: (p) =>
      p.length < 160 &&
      /^(?:share this|share on|follow us|sign up|subscribe|read more|related:|more from|recommended|click here|©|copyright|all rights reserved|this article was|advertisement$)/i.test(
        p,
      ),
  },
  {
    name: 'body/advertisement',
    where: 'any',
    drop: (p) => /^(?:advertisement|sponsored content|story continues below(?: advertisement)?)$/i.test(p.trim()),
  },
];

/** The paragraphs with what the rules drop taken away; `fired` gets each rule that dropped one. */
export function applyParagraphRules(
  paragraphs: readonly string[],
  title: string | null,
  fired: string[] = [],
  rules: readonly ParagraphRule[] = PARAGRAPH_RULES,
): string[] {
  let list = [...paragraphs];
  const context = { title };
  for (const rule of rules) {
    const before = list.length;
    const beforeChars = list.join('\n\n').length;
    if (rule.where === 'any') list = list.filter((p) => !rule.drop(p, context));
    else if (rule.where === 'lead') list = dropLead(list, (p) => rule.drop(p, context));
    else while (list.length > 1 && rule.drop(list.at(-1) as string, context)) list.pop();
    if (list.length < before || list.join('\n\n').length < beforeChars) fired.push(rule.name);
  }
  return list;
}

/**
 * Drops leading paragraphs the test matches; a leading paragraph of several lines (a
 * headline and a date set apart by `<br>`) loses its matching first lines one by one.
 */
function dropLead(list: string[], drop: (p: string) => boolean): string[] {
  const out = [...list];
  while (out.length > 1) {
    const first = out[0] as string;
    if (drop(first)) {
      out.shift();
      continue;
    }
    const lines = first.split('\n');
    if (lines.length > 1 && drop(lines[0] as string)) {
      out[0] = lines.slice(1).join('\n');
      continue;
    }
    break;
  }
  return out;
}
