import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the worker's code is and the Node options it starts with. */
export interface WorkerFile {
  readonly filename: string;
  readonly execArgv: readonly string[];
}

/**
 * The worker file beside this module. Built (`dist/`, what the `dateline` bin runs): the
 * compiled `analysis-worker.js`, with the parent's Node options. From the TypeScript
 * sources (vitest, `tsx` scripts): `analysis-worker-dev.mjs`, which registers tsx (a dev
 * dependency) inside the worker and loads `analysis-worker.ts`; Node 20 ignores loader
 * options (`--import tsx`) in worker threads, so the worker has to register it itself.
 */
export function analysisWorkerFile(): WorkerFile {
  const here = fileURLToPath(import.meta.url);
  const built = join(dirname(here), 'analysis-worker.js');
  if (here.endsWith('.js') && existsSync(built)) return { filename: built, execArgv: process.execArgv };
  return { filename: join(dirname(here), 'analysis-worker-dev.mjs'), execArgv: [] };
}
