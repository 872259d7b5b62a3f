/**
 * The progression of `bench:ingest-memory`: every `seconds`, the ingest process's peak RSS so
 * far (`VmHWM` in /proc/PID/status, workers included), its processor time (/proc/PID/stat,
 * every thread) and how many articles its store holds, one line each, so that the slope of the
 * peak with the store's size can be read from one run (issue #18, memory). Linux only: elsewhere
 * it prints nothing. The process is found by its command line, which names the store's folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/** Starts printing; returns the function that stops it. */
export function reportProgress(marker: string, storePath: string, seconds: number): () => void {
  const started = performance.now();
  const tick = () => {
    const pid = processWith(marker);
    if (pid === null) return;
    const status = read(`/proc/${pid}/status`);
    const stat = read(`/proc/${pid}/stat`);
    const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(fields[11]) + Number(fields[12])) / 100;
    const articles = countArticles(storePath);
    const t = ((performance.now() - started) / 1000).toFixed(0);
    console.log(`  ${t} s: ${articles} articles stored, peak RSS so far ${(hwmKb / 1024).toFixed(0)} MB, ${cpu.toFixed(0)} s CPU`);
  };
  const timer = setInterval(tick, seconds * 1000);
  return () => clearInterval(timer);
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function processWith(marker: string): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  const found = pids.find((p) => {
    const cmd = read(`/proc/${p}/cmdline`);
    return cmd.includes(marker) && cmd.includes('dist/cli/main.js');
  });
  return found === undefined ? null : Number(found);
}

function countArticles(storePath: string): number | string {
  try {
    const db = new BetterSqlite3(storePath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('select count(*) as n from articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return '?';
  }
}
