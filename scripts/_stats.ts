import { Doc } from '../src/doc/doc.js';
import { readBratSplit } from '../src/eval/attribution/corpus.js';
import { createTokensStage } from '../src/stages/tokens/tokens-stage.js';

const st = createTokensStage();
const stats: Record<string, number> = {};
const inc = (k: string) => (stats[k] = (stats[k] ?? 0) + 1);
let n = 0;
for (const g of readBratSplit('/work/shared/corpus/polnear/dev')) {
  const d = new Doc({ id: g.id, date: null, text: g.text, meta: {} });
  st.run(d, { report: () => {} });
  const tokens = d.get('tokens');
  const sents = d.get('sentences');
  const tokAt = (c: number) => tokens.findIndex((t) => t.end > c);
  for (const a of g.attributions) {
    if (!a.cue || !a.content) continue;
    n++;
    const cs = tokAt(a.cue.start),
      ce = tokAt(a.cue.end - 1) + 1;
    const qs = tokAt(a.content.start),
      qe = tokAt(a.content.end - 1) + 1;
    const sq = sents[tokens[qs]!.sentence]!,
      eq = sents[tokens[qe - 1]!.sentence]!;
    let sentEnd = eq.tokenEnd;
    while (sentEnd > eq.tokenStart && tokens[sentEnd - 1]!.pos === 'PUNCT') sentEnd--;
    const endRel = qe === eq.tokenEnd ? 'sentEnd' : qe === sentEnd ? 'beforePunct' : qe < sentEnd ? 'inside' : 'punctPartial';
    const multi = sq !== eq ? 'multi' : 'one';
    if (qs >= ce) {
      const srcAfter = a.source && a.source.start >= a.cue.end && a.source.end <= a.content.start;
      const gap = qs - ce;
      inc(`after gap=${gap > 3 ? '4+' : gap}${srcAfter ? '+src' : ''} end=${endRel} ${multi}`);
    } else if (qe <= cs) {
      const startRel = qs === sq.tokenStart ? 'sentStart' : 'mid';
      inc(`before start=${startRel} gapToCue=${Math.min(cs - qe, 5)} ${multi}`);
    } else inc('around');
  }
}
console.log(
  n,
  Object.entries(stats)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25),
);
