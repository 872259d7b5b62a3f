/**
 * Runs the built CLI (`node dist/cli/main.js`) as a child process and measures it from the
 * inside: at exit the child writes `process.resourceUsage()` to a file (a preloaded module),
 * so the figures cover the whole process, worker threads included: peak RSS (`maxRSS`, the
 * kernel's high-water mark of the process) and processor time (user + system, every thread).
 */
import { spawn } from 'node:child_process';
import { openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  readonly status: number | null;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly maxRssMb: number;
  readonly stderr: string;
}

const REPORTER = `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.DATELINE_USAGE_FILE, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }));
});
`;

/** Runs `dateline ARGS` with stdout to `stdoutFile` (or discarded) and returns what it cost. */
export async function measureCli(args: readonly string[], stdoutFile?: string): Promise<Measured> {
  const dir = tmpdir();
  const usageFile = join(dir, `dateline-usage-${process.pid}-${Date.now()}.json`);
  const reporter = join(dir, `dateline-usage-${process.pid}.mjs`);
  writeFileSync(reporter, REPORTER);
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', reporter, 'dist/cli/main.js', ...args], {
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, DATELINE_USAGE_FILE: usageFile },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRSS: number; cpu: number };
  rmSync(usageFile, { force: true });
  return { status, wallSeconds, cpuSeconds: usage.cpu / 1e6, maxRssMb: usage.maxRSS / 1024, stderr };
}

/** The load averages (1, 5, 15 minutes), for the record of a timing. */
export function loadAverage(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}
