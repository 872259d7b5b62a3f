/**
 * Pages per second for HTML: reading alone (parse, metadata, body, language) and the whole
 * of `extract` (reading and the analysis pipeline), over the fixture pages or a folder.
 *
 *   npm run bench:html [-- DIR] [--rounds N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/analysis/analyse.js';
import { defaultPipeline } from '../src/analysis/default-pipeline.js';
import { decodePage } from '../src/ingest/html/charset.js';
import { htmlDocument } from '../src/ingest/html.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 20;
const dir = args.find((a, i) => !a.startsWith('--') && i !== roundsAt + 1) ?? join('test', 'fixtures', 'web', 'pages');
const pages = readdirSync(dir)
  .filter((f) => /\.html?$/.test(f))
  .map((f) => ({ id: f, bytes: readFileSync(join(dir, f)) }));
const bytes = pages.reduce((n, p) => n + p.bytes.length, 0);

function time(label: string, work: () => void): void {
  work(); // warm-up: models loaded, code compiled
  const started = performance.now();
  for (let r = 0; r < rounds; r++) work();
  const seconds = (performance.now() - started) / 1000;
  const n = pages.length * rounds;
  process.stdout.write(
    `${label.padEnd(34)} ${(n / seconds).toFixed(1)} pages/s  (${n} pages, ${((bytes * rounds) / seconds / 1e6).toFixed(2)} MB/s)\n`,
  );
}

const pipeline = defaultPipeline();
process.stdout.write(`${pages.length} pages, ${(bytes / 1024).toFixed(1)} KiB, ${rounds} rounds, node ${process.version}\n`);
time('HTML reading (no analysis)', () => {
  for (const p of pages) htmlDocument(p.id, decodePage(p.bytes).text);
});
time('extract: reading + analysis', () => {
  for (const p of pages) analyse(pipeline, htmlDocument(p.id, decodePage(p.bytes).text));
});
