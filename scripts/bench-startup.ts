/**
 * Start-up of `extract` on one article (docs/scale.md, "Start-up"): processor time (user +
 * system, all threads) and peak RSS of the built CLI, first run with an empty start-up cache
 * (it writes the cache), a later run (it reads it), and `--help`, alternated `--runs` times,
 * with the medians and the load average. Build first (`npm run build`).
 *
 *   npx tsx scripts/bench-startup.ts [--file samples/sample-01-port-strike.txt --runs 5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAverage, type Measured, measureCli } from './measure-cli.js';

const { values } = parseArgs({
  options: {
    file: { type: 'string', default: 'samples/sample-01-port-strike.txt' },
    runs: { type: 'string', default: '5' },
  },
});
const cache = mkdtempSync(join(tmpdir(), 'dateline-bench-startup-'));
process.env.DATELINE_CACHE_DIR = cache;

const kinds = ['cold', 'warm', 'help'] as const;
const seen: Record<(typeof kinds)[number], Measured[]> = { cold: [], warm: [], help: [] };
const show = (m: Measured): string => `${m.cpuSeconds.toFixed(2)} s CPU, ${m.maxRssMb.toFixed(0)} MB`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

console.log(`extract ${values.file}; load average before: ${loadAverage()}`);
for (let run = 1; run <= Number(values.runs); run++) {
  rmSync(cache, { recursive: true, force: true });
  for (const kind of kinds) {
    const m = await measureCli(kind === 'help' ? ['--help'] : ['extract', values.file]);
    if (m.status !== 0) throw new Error(`${kind} exited ${m.status}: ${m.stderr.slice(0, 500)}`);
    seen[kind].push(m);
  }
  console.log(`run ${run}: ${kinds.map((k) => `${k} ${show(seen[k].at(-1) as Measured)}`).join(' | ')}`);
}
for (const kind of kinds) {
  const ms = seen[kind];
  console.log(
    `${kind}: median ${median(ms.map((m) => m.cpuSeconds)).toFixed(2)} s CPU, ${median(ms.map((m) => m.maxRssMb)).toFixed(0)} MB peak RSS`,
  );
}
console.log(`load average after: ${loadAverage()}`);
rmSync(cache, { recursive: true, force: true });
