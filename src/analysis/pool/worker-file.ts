import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the worker's code is and the Node options it starts with. */
export interface WorkerFile {
  readonly filename: string;
  /** undefined: the worker inherits the parent's Node options (V8 flags included, which an explicit list refuses). */
  readonly execArgv: readonly string[] | undefined;
}

/**
 * The worker file beside this module. Built (`dist/`, what the `dateline` bin runs): the
 * compiled `analysis-worker.js`, inheriting the parent's Node options (passing
 * `process.execArgv` as a list would make Node refuse V8 flags such as `node
 * --max-old-space-size=… dateline extract --jobs 2` with ERR_WORKER_INVALID_EXEC_ARGV). From the TypeScript
 * sources (vitest, `tsx` scripts): `analysis-worker-dev.mjs`, which registers tsx (a dev
 * dependency) inside the worker and loads `analysis-worker.ts`; Node 20 ignores loader
 * options (`--import tsx`) in worker threads, so the worker has to register it itself.
 */
export function analysisWorkerFile(): WorkerFile {
  const here = fileURLToPath(import.meta.url);
  const built = join(dirname(here), 'analysis-worker.js');
  if (here.endsWith('.js') && existsSync(built)) return { filename: built, execArgv: undefined };
  return { filename: join(dirname(here), 'analysis-worker-dev.mjs'), execArgv: [] };
}
