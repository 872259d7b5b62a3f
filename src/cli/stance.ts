import type { Command } from 'commander';
import { io, setExitCode } from './io.js';
import { LineWriter, reportError } from './stdio.js';

export interface StanceOptions {
  readonly json?: boolean;
}

/** `dateline stance PAIRS.jsonl`: FNC-1 stance of each article toward its claim. */
export async function runStance(path: string, options: StanceOptions): Promise<number> {
  const { readStancePairs, judgeStances } = await import('../stance/run-stance.js');
  const pairs = await readStancePairs(path);
  if (!pairs.ok) {
    reportError(path, pairs.code, pairs.message);
    return pairs.code === 'E_READ' ? 1 : 2;
  }
  const out = new LineWriter(io().stdout);
  for (const r of judgeStances(pairs.items)) {
    await out.line(options.json ? JSON.stringify(r) : `${r.id}\t${r.stance}\t${r.score.toFixed(3)}`);
    if (out.closed) break;
  }
  await out.flush();
  return 0;
}

export function registerStance(program: Command): void {
  program
    .command('stance')
    .description('FNC-1 stance of articles toward claims: agree, disagree, discuss or unrelated')
    .argument('<pairs>', 'JSON lines {"id", "claim", "text"}')
    .option('--json', 'one JSON object a line: {"id", "stance", "score"}')
    .action(async (path: string, options: StanceOptions) => {
      setExitCode(await runStance(path, options));
    });
}
