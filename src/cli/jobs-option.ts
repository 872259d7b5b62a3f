import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { io } from './io.js';
import { positiveInt } from './store-command.js';

/** Adds `--jobs <n>` to a command that analyses documents. */
export function jobsOption(command: Command): Command {
  return command.option(
    '--jobs <n>',
    `threads that analyse documents (default: $DATELINE_JOBS, else the number of cores: ${availableParallelism()} here; 1: no worker threads); the output is the same for any number`,
    positiveInt,
  );
}

/**
 * How many threads analyse: `--jobs` when given; else one for a single article file (workers
 * would only add their start-up); else `DATELINE_JOBS` when set (a positive whole number),
 * else the number of cores.
 */
export function jobsFor(jobs: number | undefined, paths: readonly string[] = []): number {
  if (jobs !== undefined) return jobs;
  if (paths.length === 1 && isSingleArticle(paths[0] as string)) return 1;
  const fromEnv = Number(io().env.DATELINE_JOBS);
  return Number.isInteger(fromEnv) && fromEnv >= 1 ? fromEnv : availableParallelism();
}

function isSingleArticle(path: string): boolean {
  if (path === '-' || /^https?:/i.test(path) || /\.(jsonl|ndjson)$/i.test(path)) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
