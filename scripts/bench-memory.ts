/**
 * `npm run bench:memory`: memory stays flat while `extract` streams a large input.
 * Streams GB of generated JSON lines (text written here, no corpus) through the readers
 * and the output path (Doc, dateline/1 object, validation, serialisation), without the
 * analysis stages, whose cost depends on one document only, and samples the RSS.
 *
 *   npm run bench:memory [-- --mb 1024]
 */
import { parseArgs } from 'node:util';
import { Doc } from '../src/doc/doc.js';
import { readInputs } from '../src/ingest/read-inputs.js';
import { toOutput, validateOutput } from '../src/output/to-output.js';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '1024' } } });
const targetBytes = Number(values.mb) * 1024 * 1024;

const PARAGRAPH =
  'The city council met on Tuesday to discuss the budget, and the mayor said the plan would be ready by March. ' +
  '“We are not going to raise taxes this year,” she told reporters, adding that talks with the unions would go on. ';

async function* generated(): AsyncGenerator<Uint8Array> {
  let sent = 0;
  let n = 0;
  while (sent < targetBytes) {
    const lines: string[] = [];
    for (let i = 0; i < 256; i++, n++) {
      lines.push(JSON.stringify({ id: `gen-${n}`, date: '2025-11-14', text: PARAGRAPH.repeat(8 + (n % 8)) }));
    }
    const chunk = Buffer.from(`${lines.join('\n')}\n`);
    sent += chunk.length;
    yield chunk;
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const startRss = process.memoryUsage().rss;
let maxRss = startRss;
let docs = 0;
let outBytes = 0;
const t0 = performance.now();
for await (const r of readInputs(['-'], { stdin: generated() })) {
  if (!r.ok) throw new Error(`${r.where}: ${r.error.message}`);
  outBytes += JSON.stringify(validateOutput(toOutput(new Doc(r.doc)))).length;
  if (++docs % 2000 === 0) maxRss = Math.max(maxRss, process.memoryUsage().rss);
}
const s = (performance.now() - t0) / 1000;
console.log(
  `streamed ${mb(targetBytes)} MB of JSONL: ${docs.toLocaleString('en-US')} documents, ${mb(outBytes)} MB of output in ${s.toFixed(1)} s`,
);
console.log(`RSS at start ${mb(startRss)} MB, highest ${mb(maxRss)} MB (growth ${mb(maxRss - startRss)} MB)`);
