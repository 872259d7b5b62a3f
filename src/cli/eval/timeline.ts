import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { io, setExitCode } from '../io.js';

interface TimelineEvalOptions {
  readonly corpus?: string;
  readonly json?: boolean;
}

function f(n: number): string {
  return n.toFixed(1).padStart(5);
}

/** `dateline eval timeline --corpus DIR`: SemEval-2015 Task 4 timelines through ingest + timeline. */
export function registerEvalTimeline(evalCommand: Command): void {
  evalCommand
    .command('timeline')
    .description('score entity timelines (SemEval-2015 Task 4, track A): ingest the articles, then timeline each target entity')
    .option('--corpus <dir>', 'folder with docs.jsonl and timelines.jsonl, e.g. ../shared/corpus/timeline-dev')
    .option('--json', 'print the scores as JSON')
    .action(async (options: TimelineEvalOptions) => {
      const dir = options.corpus;
      if (!dir || !existsSync(join(dir, 'docs.jsonl')) || !existsSync(join(dir, 'timelines.jsonl'))) {
        io().stderr.write(`dateline: E_USAGE: --corpus needs a folder holding docs.jsonl and timelines.jsonl (got ${dir ?? 'none'})\n`);
        setExitCode(2);
        return;
      }
      const { evaluateTimelines } = await import('../../eval/timeline/run-eval.js');
      const r = await evaluateTimelines(dir);
      if (options.json) {
        io().stdout.write(`${JSON.stringify(r)}\n`);
        return;
      }
      const line = (name: string, s: typeof r.dateline): string =>
        `${name.padEnd(26)} ${f(s.linked.p)} ${f(s.linked.r)} ${f(s.linked.f)}   ${f(s.dated.p)} ${f(s.dated.r)} ${f(s.dated.f)}   ${s.counts.predicted}`;
      const lines = [
        `${r.articles} articles, ${r.timelines} timelines, ${r.dateline.counts.gold} gold event mentions  (${r.seconds.toFixed(0)} s)`,
        `${''.padEnd(26)} linked to the entity      with the right date     predicted`,
        `${''.padEnd(26)}     P     R    F1       P     R    F1`,
        line('dateline', r.dateline),
        line('every verb near the name', r.baseline),
        ...r.perEntity.map((e) => line(`  ${e.entity}`, e.dateline)),
      ];
      io().stdout.write(`${lines.join('\n')}\n`);
    });
}
