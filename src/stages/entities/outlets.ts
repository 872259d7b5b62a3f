import type { Token } from '../../doc/layers.js';
import { OUTLET_ENDINGS, OUTLETS } from './lexicon/outlets.js';
import type { WorkMention } from './mention.js';
import { tokenRange } from './token-index.js';

const CREDIT_LINE = /\b(?:[Ww]ith )?(?:additional )?(?:reports?|information) (?:from|by) ([^\n.;()]+)/g;
const LIST_SEPARATOR = /\s*,\s*|\s+and\s+|\s*&\s*/g;

/**
 * Outlets credited in a line such as "With reports from El País, Border Report and
 * Milenio": each capitalised item is an ORG mention (a news outlet), whatever the NER said.
 */
export function creditLineOutlets(text: string, tokens: readonly Token[], sentenceOf: (tok: number) => number): WorkMention[] {
  const out: WorkMention[] = [];
  for (const m of text.matchAll(CREDIT_LINE)) {
    const list = m[1]!;
    const listStart = m.index + m[0].length - list.length;
    let from = 0;
    const items: [number, number][] = [];
    for (const sep of list.matchAll(LIST_SEPARATOR)) {
      items.push([from, sep.index]);
      from = sep.index + sep[0].length;
    }
    items.push([from, list.length]);
    for (const [s, e] of items) {
      const item = list.slice(s, e).trim();
      if (!/^\p{Lu}/u.test(item) || item.split(/\s+/).length > 5) continue;
      const start = listStart + s + list.slice(s, e).indexOf(item);
      const end = start + item.length;
      const { a, b } = tokenRange(tokens, start, end);
      if (a >= b) continue;
      out.push({
        start,
        end,
        tokStart: a,
        tokEnd: b,
        sentence: sentenceOf(a),
        kind: 'name',
        type: 'ORG',
        rule: 'outlet/credit-line',
        name: item,
        cluster: -1,
      });
    }
  }
  return out;
}

/** True when a name is a known news outlet or is shaped like one ("… News", "… Times"). */
export function isOutletName(name: string, type: string): boolean {
  const lower = name.toLowerCase();
  if (OUTLETS.has(lower)) return true;
  return type === 'ORG' && OUTLET_ENDINGS.test(name);
}

/** True when the tokens after a mention say it reported ("NBC News reported", "Reuters reports"). */
export function reportsAfter(tokens: readonly Token[], m: WorkMention): boolean {
  const next = tokens[m.tokEnd];
  return next !== undefined && next.lemma === 'report' && next.pos === 'VERB';
}
