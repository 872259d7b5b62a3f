import { Doc } from '../src/doc/doc.js';
import { defaultPipeline } from '../src/pipeline/default-pipeline.js';

const p = defaultPipeline();
for (const text of process.argv.slice(2)) {
  const d = new Doc({ id: 't', date: null, text, meta: {} });
  p.run(d);
  console.log(text);
  for (const a of d.get('attributions'))
    console.log('  ', a.type, '|', a.source?.text, '|', a.cue?.text, '|', a.content.text, '|', a.speaker?.name, a.rule);
}
