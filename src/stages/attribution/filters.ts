import type { Token } from '../../doc/layers.js';
import type { LinkedSpans } from './link.js';

const RELATIVE = new Set(['which', 'that', 'who', 'whom', 'whose']);
const FRAMING = /^(citing|according)\b/i;

/**
 * Drops two kinds of false attributions the tagger makes:
 * - a "content" that ends in a relative pronoun right before its cue ("the comments, which
 *   seemed…"): the cue is the relative clause's verb, not a report;
 * - a framing cue ("Citing officials, NBC reported…", "According to X, Y said…") whose content
 *   holds another attribution's cue: the framing names the sourcing of that attribution.
 */
export function dropFalseAttributions(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  return linked.filter((l) => {
    if (!l.cue) return true;
    const last = tokens[l.content.tokenEnd - 1] as Token;
    if (l.content.tokenEnd <= l.cue.tokenStart && RELATIVE.has(last.text.toLowerCase())) return false;
    const cueText = (tokens[l.cue.tokenStart] as Token).text;
    if (FRAMING.test(cueText)) {
      const holdsCue = linked.some(
        (o) => o !== l && o.cue && o.cue.tokenStart >= l.content.tokenStart && o.cue.tokenEnd <= l.content.tokenEnd,
      );
      if (holdsCue) return false;
    }
    return true;
  });
}
