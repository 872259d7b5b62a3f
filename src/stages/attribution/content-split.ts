import type { Token } from '../../doc/layers.js';
import type { TaggedSpan } from '../../learn/bio.js';
import type { LinkedSpans } from './linked-spans.js';

const OPENING = /^["“‘«„]$/;
const isPunct = (t: Token): boolean => t.pos === 'PUNCT' && !/^["“”«»„]$/.test(t.text);

/**
 * "“A,” he said, “B.”" is two statements, one per content fragment (as PolNeAR, citron and
 * CofeNet score them): A and B share the source and cue (B's rule
 * `attribution/split-continuation`), unless another statement's content holds B.
 */
export function splitAroundCue(tokens: readonly Token[], linked: readonly LinkedSpans[]): LinkedSpans[] {
  const out: LinkedSpans[] = [];
  for (const l of linked) {
    const { content, cue, source } = l;
    if (!cue || cue.tokenStart <= content.tokenStart || cue.tokenEnd >= content.tokenEnd) {
      out.push(l);
      continue;
    }
    const sourceInside = source !== null && source.tokenStart > content.tokenStart && source.tokenEnd < content.tokenEnd;
    const cut = Math.min(cue.tokenStart, sourceInside ? source.tokenStart : cue.tokenStart);
    let resume = Math.max(cue.tokenEnd, sourceInside ? source.tokenEnd : cue.tokenEnd);
    while (resume < content.tokenEnd && isPunct(tokens[resume] as Token)) resume++;
    const first: TaggedSpan = { ...content, tokenEnd: cut };
    if (cut - content.tokenStart < 1) {
      out.push(l);
      continue;
    }
    out.push({ ...l, content: first });
    // after a quotation, what continues it is the next quotation: "“A,” she told reporters
    // outside the hall. “B.”" — the addressee and the place are no statement
    if (OPENING.test((tokens[content.tokenStart] as Token).text)) {
      let open = resume;
      while (open < content.tokenEnd && !OPENING.test((tokens[open] as Token).text)) open++;
      resume = open;
    }
    // …unless another statement holds it already ("“A,” he said, confirming that … “B.”")
    const taken = linked.some((o) => o !== l && o.content.tokenStart < content.tokenEnd && o.content.tokenEnd > resume);
    if (content.tokenEnd - resume >= 2 && !taken) {
      out.push({ content: { ...content, tokenStart: resume }, cue, source, rule: 'attribution/split-continuation' });
    }
  }
  return out;
}
