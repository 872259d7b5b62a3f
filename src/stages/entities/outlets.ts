import type { Token } from '../../doc/layers.js';
import { OUTLET_ENDINGS, OUTLETS } from './lexicon/outlets.js';
import type { WorkMention } from './mention.js';

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
