import { Doc } from '../../doc/doc.js';
import type { Token } from '../../doc/layers.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import { createTokensStage } from '../../stages/tokens/tokens-stage.js';
import type { PredictedMention } from './score.js';

export interface BaselineArticle {
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
}

/** Words that stand for the entity in the baseline: the whole name, and its words written with a capital. */
function patterns(name: string): RegExp[] {
  const words = name.split(/\s+/).filter((w) => w.length >= 4 && /\p{Lu}/u.test(w));
  return [name, ...words].map((w) => new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu'));
}

/**
 * The baseline of the issue: every verb in a sentence that names the entity, dated with the
 * article's date. `entity` is the task's spelling ("Steve Jobs", "iPhone 4").
 */
export function everyVerbNearName(articles: readonly BaselineArticle[], entity: string): PredictedMention[] {
  const pipeline = Pipeline.build([createTokensStage()]);
  const found = patterns(entity);
  const out: PredictedMention[] = [];
  for (const a of articles) {
    const doc = new Doc({ id: a.id, date: a.date, text: a.text, meta: {} });
    pipeline.run(doc);
    const tokens = doc.get('tokens');
    for (const s of doc.get('sentences')) {
      if (!found.some((re) => re.test(a.text.slice(s.start, s.end)))) continue;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = tokens[i] as Token;
        if (t.pos === 'VERB') out.push({ doc_id: a.id, start: t.start, end: t.end, date: a.date });
      }
    }
  }
  return out;
}
