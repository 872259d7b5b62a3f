import { Doc } from '../src/doc/doc.js';
import { readBratSplit } from '../src/eval/attribution/corpus.js';
import { matchContents } from '../src/eval/attribution/score.js';
import { defaultPipeline } from '../src/pipeline/default-pipeline.js';

const p = defaultPipeline();
const sd: Record<string, number> = {},
  ed: Record<string, number> = {};
let shown = 0;
for (const g of readBratSplit('/work/shared/corpus/polnear/dev')) {
  const d = new Doc({ id: g.id, date: null, text: g.text, meta: {} });
  p.run(d);
  const tokens = d.get('tokens');
  const ti = (c: number) => tokens.findIndex((t) => t.end > c);
  const preds = d.get('attributions');
  const golds = g.attributions.filter((a) => a.content);
  for (const [gi, pi] of matchContents(
    golds.map((a) => a.content!),
    preds.map((a) => a.content),
    0.3,
  )) {
    const G = golds[gi]!.content!,
      P = preds[pi]!.content;
    const s = ti(P.start) - ti(G.start),
      e = ti(P.end - 1) - ti(G.end - 1);
    const k1 = String(Math.max(-4, Math.min(4, s))),
      k2 = String(Math.max(-4, Math.min(4, e)));
    sd[k1] = (sd[k1] ?? 0) + 1;
    ed[k2] = (ed[k2] ?? 0) + 1;
    if (e !== 0 && Math.abs(e) <= 2 && shown++ < 12)
      console.log(
        'END',
        JSON.stringify(g.text.slice(G.end - 30, G.end + 15)),
        '| pred end:',
        JSON.stringify(g.text.slice(P.end - 30, P.end)),
      );
  }
}
console.log('start delta', sd, '\nend delta', ed);
