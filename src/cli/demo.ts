import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { defaultPipeline } from '../pipeline/default-pipeline.js';
import { analyseInputs } from './analyse.js';
import { reportError } from './stdio.js';
import { summarize } from './summary.js';

/** The sample articles shipped with dateline (fictional, written for the demo). */
export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');

/** The samples folder as a user would type it from here. */
function samplesPath(): string {
  const rel = relative(process.cwd(), SAMPLES_DIR);
  return rel.startsWith('..') ? SAMPLES_DIR : rel;
}

/** `dateline demo`: analyses the sample articles and prints what dateline found in each. */
export async function runDemo(paths: readonly string[]): Promise<number> {
  const pipeline = defaultPipeline();
  pipeline.timed = true;
  const started = performance.now();
  let documents = 0;
  let failed = 0;
  for await (const result of analyseInputs(pipeline, paths.length > 0 ? paths : [samplesPath()])) {
    if (!result.ok) {
      failed++;
      reportError(result.where, result.error.code, result.error.message);
      continue;
    }
    documents++;
    process.stdout.write(`${summarize(result.doc, result.output)}\n\n`);
  }
  const ms = performance.now() - started;
  const stages = [...pipeline.timings].map(([name, t]) => `${name} ${t.toFixed(1)} ms`).join(', ');
  process.stdout.write(
    `${documents} articles analysed in ${ms.toFixed(0)} ms (${stages}). Full output: npx dateline extract ${paths.length > 0 ? paths.join(' ') : samplesPath()}\n`,
  );
  return failed > 0 ? 1 : 0;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('analyse the bundled sample articles (or PATHS) and print a readable summary')
    .argument('[paths...]', 'articles to use instead of the samples', [])
    .action(async (paths: string[]) => {
      process.exitCode = await runDemo(paths);
    });
}
