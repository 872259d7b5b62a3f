import type { Doc } from '../../doc/doc.js';
import type { Sentence, Timex } from '../../doc/layers.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { governorOf, tokensOf } from './anchor.js';
import { parseDay } from './calendar.js';
import { newsChrono } from './chrono-layer.js';
import { detectTimexes } from './detect.js';
import { directionOf, type LastTimex } from './direction.js';

declare module '../../doc/layers.js' {
  interface Timex {
    /** The character range of the verb or noun whose date the expression gives ("said", "murder"). */
    readonly anchor?: { readonly start: number; readonly end: number };
  }
}

/**
 * The `time` stage: TIMEX3 expressions with TimeML values. The news layer's parsers and
 * chrono-node find them sentence by sentence; the document date, the tense of the governing
 * verb and the dates before resolve what the text leaves open.
 */
export function createTimeStage(): Stage {
  const engine = newsChrono();
  return {
    name: 'time',
    requires: ['sentences', 'tokens'],
    provides: ['timexes'],
    run(doc: Doc, ctx: StageContext) {
      const dct = parseDay(doc.date);
      const tokens = doc.get('tokens');
      const timexes: Timex[] = [];
      let previous: string | null = null;
      let last: LastTimex | null = null;
      for (const sentence of doc.get('sentences') as Sentence[]) {
        const text = doc.text.slice(sentence.start, sentence.end);
        const found = detectTimexes(text, engine);
        for (const d of found) {
          const start = sentence.start + d.start;
          const end = sentence.start + d.end;
          const covered = tokensOf(tokens, sentence.tokenStart, sentence.tokenEnd, { start, end });
          const direction = directionOf(doc.text, tokens, sentence, covered, d, start, last);
          let anchor: { start: number; end: number } | undefined;
          if (covered) {
            const governor = governorOf(tokens, sentence.tokenStart, sentence.tokenEnd, covered[0], covered[1]);
            const g = governor >= 0 ? tokens[governor] : undefined;
            if (g) anchor = { start: g.start, end: g.end };
          }
          const before = covered && covered[0] > sentence.tokenStart ? tokens[covered[0] - 1]?.text.toLowerCase() : undefined;
          const value = d.resolve({ dct, direction, previous, ...(before ? { before } : {}) });
          if (d.type === 'DATE' && /^\d{4}/.test(value) && !d.carried) previous = value;
          last = { end, direction };
          timexes.push({ start, end, text: doc.text.slice(start, end), type: d.type, value, rule: d.rule, ...(anchor ? { anchor } : {}) });
        }
      }
      const open = dct ? [] : timexes.filter((t) => t.value.startsWith('XXXX'));
      if (open.length > 0) {
        ctx.report({
          reason: `the document has no date: ${open.length} relative time expression(s) left underspecified (XXXX-…); pass --date to resolve them`,
          rule: 'time/no-document-date',
          span: { start: (open[0] as Timex).start, end: (open[0] as Timex).end },
        });
      }
      doc.set('timexes', timexes);
    },
  };
}
