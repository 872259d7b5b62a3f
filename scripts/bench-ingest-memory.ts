/**
 * `npm run bench:ingest-memory`: peak memory of `ingest` over 8,400 articles. Writes PolNeAR
 * train ×10 (840 texts from ../shared, each copy with its own id and date, so that every one
 * is analysed and stored, none a syndicated copy) to a temporary JSONL file, ingests it into
 * a temporary SQLite store with the built CLI (`npm run build` first), and prints the peak
 * RSS of the whole process, worker threads included (`process.resourceUsage().maxRSS`, read in
 * the child at exit), with wall and processor time. The corpus text stays in the temp folder.
 *
 * With `--every S`, prints the peak RSS so far, processor time and articles stored every S
 * seconds (`bench-ingest-memory-progress.ts`).
 *
 *   npm run bench:ingest-memory [-- --copies 10 --jobs 2 --batch 1000 --every 60]
 */
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { reportProgress } from './bench-ingest-memory-progress.js';
import { loadAverage, measureCli } from './measure-cli.js';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: '../shared/corpus/polnear/train/text' },
    copies: { type: 'string', default: '10' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    batch: { type: 'string' },
    every: { type: 'string' },
  },
});
const copies = Number(values.copies);
const temp = mkdtempSync(join(tmpdir(), 'dateline-ingest-memory-'));
try {
  const input = join(temp, 'articles.jsonl');
  const files = readdirSync(values.dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const out = createWriteStream(input);
  for (let copy = 0; copy < copies; copy++) {
    const date = `2016-${String(1 + (copy % 12)).padStart(2, '0')}-15`;
    for (const file of files) {
      const text = readFileSync(join(values.dir, file), 'utf8');
      if (!out.write(`${JSON.stringify({ id: `${file}#${copy}`, date, text })}\n`))
        await new Promise<void>((r) => out.once('drain', () => r()));
    }
  }
  await new Promise<void>((r) => out.end(() => r()));
  const args = ['ingest', input, '--db', join(temp, 'store.db'), '--jobs', values.jobs, ...(values.batch ? ['--batch', values.batch] : [])];
  console.log(
    `dateline ingest ${files.length * copies} articles (--jobs ${values.jobs}${values.batch ? ` --batch ${values.batch}` : ''}), load average before: ${loadAverage()}`,
  );
  const stop = values.every ? reportProgress(temp, join(temp, 'store.db'), Number(values.every)) : () => {};
  const m = await measureCli(args, join(temp, 'summary.txt')).finally(stop);
  if (m.status !== 0) console.log(`exit status ${m.status}: ${m.stderr.slice(-500)}`);
  console.log(readFileSync(join(temp, 'summary.txt'), 'utf8').trim());
  console.log(
    `peak RSS ${m.maxRssMb.toFixed(0)} MB (whole process, workers included), ${m.wallSeconds.toFixed(0)} s wall, ${m.cpuSeconds.toFixed(0)} s CPU; load average after: ${loadAverage()}`,
  );
} finally {
  rmSync(temp, { recursive: true, force: true });
}
