/**
 * `npm run bench:jobs`: `extract --jobs 1` against `--jobs N` on the same folder (default
 * PolNeAR train, 840 articles): wall time, processor time, peak RSS, the speed-up, and
 * whether the two outputs are byte for byte the same. Runs the built CLI (`npm run build`
 * first). Measure on a quiet machine: the speed-up is wall time, and other work shares it.
 *
 *   npm run bench:jobs [-- --dir ../shared/corpus/polnear/train/text --jobs 2 --runs 1]
 */
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAverage, type Measured, measureCli } from './measure-cli.js';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: '../shared/corpus/polnear/train/text' },
    jobs: { type: 'string', default: String(Math.max(2, availableParallelism())) },
    runs: { type: 'string', default: '1' },
  },
});
const jobs = Number(values.jobs);
const runs = Number(values.runs);

async function extract(n: number, run: number): Promise<Measured & { file: string }> {
  const file = join(tmpdir(), `dateline-bench-jobs-${n}-${run}.jsonl`);
  const m = await measureCli(['extract', '--jobs', String(n), values.dir], file);
  if (m.status !== 0) throw new Error(`extract --jobs ${n} exited ${m.status}: ${m.stderr.slice(0, 500)}`);
  return { ...m, file };
}

const line = (n: number, m: Measured) =>
  `--jobs ${n}: ${m.wallSeconds.toFixed(1)} s wall, ${m.cpuSeconds.toFixed(1)} s CPU (all threads), peak RSS ${m.maxRssMb.toFixed(0)} MB`;

console.log(`extract ${values.dir}, ${availableParallelism()} cores, load average before: ${loadAverage()}`);
for (let run = 1; run <= runs; run++) {
  // Alternate the order so that a change of load hurts both sides alike.
  const first = run % 2 === 1 ? 1 : jobs;
  const a = await extract(first, run);
  const b = await extract(first === 1 ? jobs : 1, run);
  const [one, many] = first === 1 ? [a, b] : [b, a];
  const same = readFileSync(one.file).equals(readFileSync(many.file));
  const lines = readFileSync(one.file, 'utf8').split('\n').length - 1;
  console.log(`run ${run}: ${line(1, one)}`);
  console.log(`run ${run}: ${line(jobs, many)}`);
  console.log(
    `run ${run}: speed-up ×${(one.wallSeconds / many.wallSeconds).toFixed(2)} (wall), ${lines} documents, output ${same ? 'byte-identical' : 'DIFFERENT'}; load average after: ${loadAverage()}`,
  );
  rmSync(one.file);
  rmSync(many.file);
  if (!same) process.exitCode = 1;
}
