import type { Token } from '../../doc/layers.js';
import { grammarOf } from '../../stages/events/grammar.js';
import type { EventDoc } from './corpus.js';

/** Accuracy of the rule-read tense, aspect and polarity on the gold triggers that are tokens. */
export interface GrammarAccuracy {
  readonly events: number;
  readonly tense: number;
  readonly aspect: number;
  readonly polarity: number;
}

export function grammarAccuracy(docs: readonly EventDoc[]): GrammarAccuracy {
  let n = 0;
  let tense = 0;
  let aspect = 0;
  let polarity = 0;
  for (const d of docs) {
    const byStart = new Map<number, number>();
    d.tokens.forEach((t, i) => {
      byStart.set(t.start, i);
    });
    const sentences = d.doc.get('sentences');
    for (const e of d.events) {
      const i = byStart.get(e.start);
      if (i === undefined || e.tense === undefined) continue;
      const t = d.tokens[i] as Token;
      const g = grammarOf(d.tokens, i, (sentences[t.sentence] as { tokenStart: number }).tokenStart);
      n++;
      if (g.tense === e.tense) tense++;
      if (g.aspect === (e.aspect ?? 'NONE')) aspect++;
      if (g.polarity === (e.polarity ?? 'POS')) polarity++;
    }
  }
  const pct = (x: number): number => (n === 0 ? 0 : (100 * x) / n);
  return { events: n, tense: pct(tense), aspect: pct(aspect), polarity: pct(polarity) };
}
