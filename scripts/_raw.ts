import { Doc } from '../src/doc/doc.js';
import { readBratSplit } from '../src/eval/attribution/corpus.js';
import { loadModel } from '../src/stages/attribution/model-file.js';
import { tagAttributionSpans } from '../src/stages/attribution/tag.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const st = createTokensStage();
const c: Record<string, { tp: number; p: number; g: number }> = {
  S: { tp: 0, p: 0, g: 0 },
  C: { tp: 0, p: 0, g: 0 },
  Q: { tp: 0, p: 0, g: 0 },
};
for (const g of readBratSplit('/work/shared/corpus/polnear/dev')) {
  const d = new Doc({ id: g.id, date: null, text: g.text, meta: {} });
  st.run(d, { report: () => {} });
  const tokens = d.get('tokens');
  const r = tagAttributionSpans({ tokens, sentences: d.get('sentences'), paragraphs: d.get('paragraphs') }, loadModel()!);
  const gold: Record<string, Set<string>> = { S: new Set(), C: new Set(), Q: new Set() };
  for (const a of g.attributions) {
    if (a.source) gold.S!.add(`${a.source.start}:${a.source.end}`);
    if (a.cue) gold.C!.add(`${a.cue.start}:${a.cue.end}`);
    if (a.content) gold.Q!.add(`${a.content.start}:${a.content.end}`);
  }
  for (const k of ['S', 'C', 'Q']) c[k]!.g += gold[k]!.size;
  for (const s of r.spans) {
    const key = `${tokens[s.tokenStart]!.start}:${tokens[s.tokenEnd - 1]!.end}`;
    c[s.kind]!.p++;
    if (gold[s.kind]!.has(key)) c[s.kind]!.tp++;
  }
}
for (const [k, v] of Object.entries(c)) console.log(k, v, 'P', ((100 * v.tp) / v.p).toFixed(1), 'R', ((100 * v.tp) / v.g).toFixed(1));
