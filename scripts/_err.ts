import { Doc } from '../src/doc/doc.js';
import { overlapLength } from '../src/doc/span.js';
import { readBratSplit } from '../src/eval/attribution/corpus.js';
import { defaultPipeline } from '../src/pipeline/default-pipeline.js';

const p = defaultPipeline();
const kind = process.argv[2] as 'content' | 'source' | 'cue';
let shown = 0;
const stats: Record<string, number> = {};
for (const g of readBratSplit('/work/shared/corpus/polnear/dev', 40)) {
  const d = new Doc({ id: g.id, date: null, text: g.text, meta: {} });
  p.run(d);
  for (const a of d.get('attributions')) {
    const pr = a[kind];
    if (!pr) continue;
    const gold = g.attributions.map((x) => x[kind]).filter((x) => x && overlapLength(x, pr) > 0);
    if (gold.length === 0) {
      stats.spurious = (stats.spurious ?? 0) + 1;
      continue;
    }
    const gg = gold[0]!;
    const t = g.text;
    if (gg.start === pr.start && gg.end === pr.end) {
      stats.exact = (stats.exact ?? 0) + 1;
      continue;
    }
    const k = `${gg.start === pr.start ? 'S' : gg.start < pr.start ? 's<' : 's>'} ${gg.end === pr.end ? 'E' : gg.end < pr.end ? 'e<' : 'e>'}`;
    stats[k] = (stats[k] ?? 0) + 1;
    if (shown++ < 25)
      console.log(`GOLD ${JSON.stringify(t.slice(gg.start, gg.end).slice(0, 150))}\nPRED ${JSON.stringify(pr.text.slice(0, 150))}\n`);
  }
}
console.log(stats);
