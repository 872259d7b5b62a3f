import { Doc } from '../src/doc/doc.js';
import { loadModel } from '../src/stages/attribution/model-file.js';
import { tagAttributionSpans } from '../src/stages/attribution/tag.js';
import { Q_LABELS, SC_LABELS } from '../src/stages/attribution/tagger.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const st = createTokensStage();
for (const text of process.argv.slice(2)) {
  const d = new Doc({ id: 't', date: null, text, meta: {} });
  st.run(d, { report: () => {} });
  const tokens = d.get('tokens');
  const r = tagAttributionSpans({ tokens, sentences: d.get('sentences'), paragraphs: d.get('paragraphs') }, loadModel()!);
  console.log(tokens.map((t, i) => `${t.text}/${SC_LABELS[r.sourceCueTags[i]!]}/${Q_LABELS[r.contentTags[i]!]}`).join(' '));
}
