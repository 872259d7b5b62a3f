import { Doc } from '../src/doc/doc.js';
import { readBratSplit } from '../src/eval/attribution/corpus.js';
import { goldTags } from '../src/eval/attribution/gold-tags.js';
import { formatScores } from '../src/eval/attribution/run-eval.js';
import { emptyScores, scoreDocument } from '../src/eval/attribution/score.js';
import { assemble } from '../src/stages/attribution/assemble.js';
import { linkSpans } from '../src/stages/attribution/link.js';
import { quoteState } from '../src/stages/attribution/quotes.js';
import { ruleSpans } from '../src/stages/attribution/rules.js';
import { Q_LABELS, SC_LABELS, tagsToSpans } from '../src/stages/attribution/tagger.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const st = createTokensStage();
const scores = emptyScores();
for (const g of readBratSplit('/work/shared/corpus/polnear/dev')) {
  const d = new Doc({ id: g.id, date: null, text: g.text, meta: {} });
  st.run(d, { report: () => {} });
  const tokens = d.get('tokens');
  const { sc, q } = goldTags(tokens, g.attributions);
  const spans = [...tagsToSpans(SC_LABELS, sc), ...tagsToSpans(Q_LABELS, q)].sort((a, b) => a.tokenStart - b.tokenStart);
  const input = { tokens, sentences: d.get('sentences'), paragraphs: d.get('paragraphs') };
  const inside = quoteState(tokens, input.paragraphs).inside;
  const linked =
    process.argv[2] === 'raw' ? linkSpans(tokens, spans) : ruleSpans(input, inside, spans, linkSpans(tokens, spans), { report: () => {} });
  scoreDocument(
    scores,
    g.text,
    g.attributions,
    assemble({ text: g.text, tokens, inside, entities: undefined, timexes: undefined }, linked),
  );
}
console.log(formatScores(scores));
